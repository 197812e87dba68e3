package org.basewatch.processor.dedup;

import org.apache.kafka.common.errors.SerializationException;
import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.DatePrecision;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.Status;
import org.basewatch.processor.extract.ClaimExtractor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code story-slim-claims} gives back exactly the claims it was given, and in far fewer bytes than JSON. */
class StoryClaimsSerdeTest {
    private static final StoryClaimsSerde SERDE = new StoryClaimsSerde();

    @Test
    void shouldRebuildTheSlimClaimsOfEverySampleArticle() {
        ClaimExtractor extractor = new ClaimExtractor();
        int claims = 0;
        long binary = 0;
        long json = 0;
        for (Article article : DedupFixtures.articles(DedupFixtures.SAMPLES.resolve("articles.jsonl"))) {
            List<Claim> slim = extractor.extract(article).stream()
                    .map(c -> ExtractClaims.slim(c.withStory(article.id(), 3, c.notBefore())))
                    .toList();
            StoryClaims story = new StoryClaims(slim, 3);
            byte[] bytes = roundTrip(story);
            claims += slim.size();
            binary += bytes.length;
            json += Json.bytes(story).length;
        }
        assertTrue(claims > 20, "the samples make claims: " + claims);
        assertTrue(binary * 8 < json, "binary " + binary + " bytes against JSON " + json);
    }

    @Test
    void shouldRebuildRandomSlimClaimsWithNullsEqual() {
        Random random = new Random(20261128);
        for (int story = 0; story < 2_000; story++) {
            List<Claim> claims = new ArrayList<>();
            int n = random.nextInt(14);
            for (int i = 0; i < n; i++) {
                claims.add(ExtractClaims.slim(randomClaim(random)));
            }
            roundTrip(new StoryClaims(claims, random.nextInt(6)));
        }
    }

    @Test
    void shouldRebuildClaimsThatStillCarryEvidenceAndSpeaker() {
        Random random = new Random(7);
        for (int story = 0; story < 500; story++) {
            List<Claim> claims = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(6); i++) {
                claims.add(randomClaim(random));
            }
            roundTrip(new StoryClaims(claims, random.nextInt(3)));
        }
    }

    @Test
    void shouldKeepStringsThatOnlyLookLikeDates() {
        List<String> tricky = Arrays.asList("2021-02-30", "2021-13", "0000", "9999-12-31", "2021-1-05", "٢٠٢١", "2021-00",
                "+10000-01-01", "2021-12-31T10:00:00Z", "", "2021", "2021-07", null);
        List<Claim> claims = new ArrayList<>();
        for (String s : tricky) {
            claims.add(new Claim(s, s, Status.WITHDRAWN, Modality.PLANNED, s, DatePrecision.MONTH, null, 0, 0, 0.5,
                    null, s, s, 1, s, s));
        }
        roundTrip(new StoryClaims(claims, 1));
    }

    @Test
    void shouldRejectAValueCutShort() {
        Claim claim = new Claim("a1", "k1-air-base", Status.WITHDRAWN, Modality.ASSERTED, "2021-12-09", DatePrecision.DAY,
                null, 10, 90, 0.83, null, "a1", "منفذ", 2, "2021-12-10", null);
        byte[] bytes = SERDE.serializer().serialize("t", new StoryClaims(List.of(claim), 2));
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 1);
        assertThrows(SerializationException.class, () -> SERDE.deserializer().deserialize("t", cut));
        byte[] json = Json.bytes(new StoryClaims(List.of(claim), 2));
        assertThrows(SerializationException.class, () -> SERDE.deserializer().deserialize("t", json),
                "a JSON value of the earlier layout is refused, not misread");
    }

    private static byte[] roundTrip(StoryClaims story) {
        byte[] bytes = SERDE.serializer().serialize("t", story);
        StoryClaims back = SERDE.deserializer().deserialize("t", bytes);
        assertEquals(story.sources(), back.sources());
        assertEquals(story.claims(), back.claims());
        for (int i = 0; i < story.claims().size(); i++) {
            // records compare doubles with Double.compare; the bits must survive too
            assertEquals(Double.doubleToRawLongBits(story.claims().get(i).confidence()),
                    Double.doubleToRawLongBits(back.claims().get(i).confidence()));
        }
        assertFalse(bytes.length == 0);
        return bytes;
    }

    private static Claim randomClaim(Random r) {
        String article = pick(r, null, "a-" + r.nextInt(3), "sample-0" + r.nextInt(9), "text-" + Long.toHexString(r.nextLong()));
        String story = pick(r, null, article, "a-" + r.nextInt(3));
        return new Claim(article,
                pick(r, null, "ain-al-asad", "k1-air-base", "harir", "iq", "قاعدة " + r.nextInt(4)),
                pick(r, null, Status.values()), pick(r, null, Modality.values()),
                pick(r, null, "2021", "2021-12", "2021-12-09", "1999-01-01", "late 2021"),
                pick(r, null, DatePrecision.values()),
                pick(r, null, "انسحبت القوات " + r.nextInt(5), ""),
                r.nextInt(4) == 0 ? r.nextInt() : r.nextInt(4_000), r.nextInt(4) == 0 ? r.nextInt() : r.nextInt(4_000),
                pick(r, 0.83, 0.7 + 0.08 * r.nextInt(3) + 0.03, 0.95, r.nextDouble(), -0.0, 0.0, Double.NaN, 1e300, -1.5),
                pick(r, null, "المتحدث", "a spokesman"),
                story, pick(r, null, "منفذ " + r.nextInt(3), "Outlet A"),
                pick(r, 1, 2, r.nextInt(), -1),
                pick(r, null, "2021-12-10", "2021-12-10T08:30:00+03:00", "2021"),
                pick(r, null, "2021-12-10", "2020-01"));
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... options) {
        return options[r.nextInt(options.length)];
    }

    private static <T> T pick(Random r, T none, T[] values) {
        int i = r.nextInt(values.length + 1);
        return i == values.length ? none : values[i];
    }
}
