package org.basewatch.app;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thousands of articles made from the project's sample articles, the same for the same seed: copies
 * carried by other outlets, and variants with another base named, the years moved or the paragraphs
 * shuffled, so a run has originals, syndicated copies and near-duplicates to decide.
 */
final class VariedArticles {
    private static final List<String> OUTLETS = List.of("وكالة الأنباء العراقية", "السومرية نيوز", "شفق نيوز",
            "بغداد اليوم", "الغد برس", "رووداو", "المدى", "الصباح", "العربي الجديد", "الجزيرة نت");
    private static final List<String> BASES = List.of("عين الأسد", "حرير", "القائم", "التاجي", "بسماية",
            "القيارة", "بلد", "التقدم");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9٠-٩])(20[12][0-9]|٢٠[١٢][٠-٩])(?![0-9٠-٩])");

    private VariedArticles() {
    }

    static List<Article> generate(int count, long seed) {
        List<Article> samples = samples();
        Random random = new Random(seed);
        List<Article> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Article base = samples.get(random.nextInt(samples.size()));
            String text = base.text();
            String publishedAt = base.publishedAt();
            int variant = random.nextInt(10);
            // 0–2: a verbatim copy from another outlet (a syndicated story); otherwise a variant of its own
            if (variant >= 3) {
                text = swapBase(text, random);
            }
            if (variant >= 5) {
                // back in time only: a sample published this year moved forward would be published in the future,
                // which the processor rightly dead-letters (published-in-future)
                int shift = -random.nextInt(3);
                text = shiftYears(text, shift);
                publishedAt = publishedAt == null ? null : shiftYears(publishedAt, shift);
            }
            if (variant >= 8) {
                text = shuffleParagraphs(text, random);
            }
            String outlet = OUTLETS.get(random.nextInt(OUTLETS.size()));
            String url = "https://outlet" + OUTLETS.indexOf(outlet) + ".example.org/news/" + i;
            out.add(new Article("crash-" + i, url, outlet, publishedAt, base.language(), base.title(), text));
        }
        return out;
    }

    private static List<Article> samples() {
        try (InputStream in = VariedArticles.class.getResourceAsStream(LocalCommand.SAMPLES)) {
            if (in == null) {
                throw new IllegalStateException(LocalCommand.SAMPLES + " is missing from the test classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(l -> !l.isBlank()).map(l -> Json.read(l, Article.class)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String swapBase(String text, Random random) {
        List<String> named = BASES.stream().filter(text::contains).toList();
        if (named.isEmpty()) {
            return text;
        }
        String from = named.get(random.nextInt(named.size()));
        String to = BASES.get(random.nextInt(BASES.size()));
        return text.replace(from, to);
    }

    private static String shiftYears(String text, int shift) {
        if (shift == 0) {
            return text;
        }
        Matcher m = YEAR.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String year = m.group(1);
            boolean indic = year.charAt(0) == '٢';
            int value = Integer.parseInt(indic ? toLatin(year) : year) + shift;
            m.appendReplacement(sb, indic ? toIndic(Integer.toString(value)) : Integer.toString(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String shuffleParagraphs(String text, Random random) {
        List<String> paragraphs = new ArrayList<>(Arrays.asList(text.split("\n")));
        Collections.shuffle(paragraphs, random);
        return String.join("\n", paragraphs);
    }

    private static String toLatin(String digits) {
        StringBuilder sb = new StringBuilder();
        digits.chars().forEach(c -> sb.append((char) (c - '٠' + '0')));
        return sb.toString();
    }

    private static String toIndic(String digits) {
        StringBuilder sb = new StringBuilder();
        digits.chars().forEach(c -> sb.append((char) (c - '0' + '٠')));
        return sb.toString();
    }
}
