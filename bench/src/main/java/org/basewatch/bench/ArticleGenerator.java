package org.basewatch.bench;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.Place;
import org.basewatch.contracts.Places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a deterministic stream of realistic articles (~3,000 characters) from the project's sample
 * articles: a sample's opening sentence, then paragraphs of sentences rebuilt from clauses drawn across
 * all samples, bases, months, years and sources varied, and a share of syndicated copies (an earlier
 * article's body under another source and headline, lightly edited).
 * <p>Clauses, not sentences: the samples hold ~105 Arabic sentences, so originals drawn from whole
 * sentences share enough of them that, over thousands of articles, deduplication rightly groups many
 * as copies (515 of 1,192 originals at 1,500 articles), and the bench would extract far fewer articles
 * than it claims. From ~250 clauses two originals share ~8 of ~45 (similarity ~0.1, the threshold is
 * 0.3). For the same reason English originals are made only when the English samples hold enough
 * clauses ({@link #MIN_CLAUSES}); the project's two English samples do not, so the stream is Arabic.
 * Article {@code i} depends only on the seed and {@code i}, so any slice of the stream can be made alone.
 * <p>Two mixes ({@link Mix}): every article on topic (the worst case, the default), or a firehose of mostly
 * off-topic news of the same length with a few percent of on-topic wire copy.
 */
public final class ArticleGenerator {
    /** What the stream is made of. */
    public enum Mix {
        /** Every article about the coalition's bases, with ~12 claims each: the worst case. */
        ON_TOPIC,
        /** {@value #FIREHOSE_ON_TOPIC_SHARE} of the articles on topic (a short wire item padded to length), the rest other news. */
        FIREHOSE
    }

    /** In the firehose, the share of on-topic articles: a few percent, as in a real news feed. */
    static final double FIREHOSE_ON_TOPIC_SHARE = 0.04;
    /** An on-topic article of the firehose keeps this many paragraphs of its story (the lead and one more: 2–4 claims). */
    static final int WIRE_PARAGRAPHS = 2;
    static final String SAMPLES = "/samples/articles.jsonl";
    private static final String[] SYRIAC_MONTHS = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
            "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"};
    private static final String[] ARABIC_MONTHS = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
            "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
    private static final String[] OUTLET_KINDS = {"وكالة", "صحيفة", "شبكة", "موقع", "بوابة", "قناة"};
    private static final String[] OUTLET_NAMES = {"دجلة", "الفرات", "الرافدين", "بابل", "سومر", "الزوراء", "نينوى",
            "الحدباء", "الأنبار اليوم", "كركوك الغد", "أربيل نيوز", "البصرة الفيحاء", "الجزيرة الخضراء", "المربد",
            "الكرخ", "الرصافة", "الشرق الجديد", "النهار العراقي", "الحقيقة", "المدى الإخباري"};
    private static final String[] ENGLISH_SOURCES = {"Gulf Wire Service", "Levant Press Service", "Tigris Daily",
            "Euphrates Monitor", "Mesopotamia Report", "Northern Desk"};
    private static final String[] HEADLINE_TAGS = {"عاجل: ", "مصادر: ", "بالتفاصيل.. ", "تقرير: ", ""};
    private static final Pattern WESTERN_YEAR = Pattern.compile("(?<!\\d)20[12]\\d(?!\\d)");
    private static final Pattern EASTERN_YEAR = Pattern.compile("(?<![٠-٩])٢٠[١٢][٠-٩](?![٠-٩])");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?؟])\\s+");
    private static final int FIRST_YEAR = 2020;
    private static final int YEARS = 7;
    /** How far back a syndicated copy reaches for its original: wire copies follow the story within hours. */
    private static final int SYNDICATION_WINDOW = 200;
    /** Fewer clauses than this in a language's samples and no originals are made in it (see the class comment). */
    static final int MIN_CLAUSES = 200;
    private static final Pattern CLAUSE_END = Pattern.compile("،\\s*|,\\s+");

    private final long seed;
    private final double syndicatedShare;
    private final Mix mix;
    private final OffTopicNews offTopic;
    private final int targetChars;
    private final List<Sample> arabic = new ArrayList<>();
    private final List<Sample> english = new ArrayList<>();
    private final List<String> arabicClauses = new ArrayList<>();
    private final List<String> englishClauses = new ArrayList<>();
    private final List<Base> bases = new ArrayList<>();
    private final Pattern basePattern;
    private final Map<String, Integer> monthIndex = new LinkedHashMap<>();
    private final Pattern monthPattern;

    private record Sample(Article article, List<String> paragraphs) {
    }

    /** A base as articles name it: a kind word (قاعدة, معسكر, منشأة) and its proper name. */
    private record Base(String kind, String name) {
    }

    public ArticleGenerator(long seed, double syndicatedShare) {
        this(seed, syndicatedShare, Mix.ON_TOPIC);
    }

    public ArticleGenerator(long seed, double syndicatedShare, Mix mix) {
        this(seed, syndicatedShare, 3000, loadSamples(), mix);
    }

    ArticleGenerator(long seed, double syndicatedShare, int targetChars, List<Article> samples) {
        this(seed, syndicatedShare, targetChars, samples, Mix.ON_TOPIC);
    }

    ArticleGenerator(long seed, double syndicatedShare, int targetChars, List<Article> samples, Mix mix) {
        if (syndicatedShare < 0 || syndicatedShare >= 1) {
            throw new IllegalArgumentException("the syndicated share must be in [0, 1), got " + syndicatedShare);
        }
        this.seed = seed;
        this.syndicatedShare = syndicatedShare;
        this.mix = mix;
        this.offTopic = mix == Mix.FIREHOSE ? new OffTopicNews() : null;
        this.targetChars = targetChars;
        for (Article a : samples) {
            List<String> paragraphs = a.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            boolean isEnglish = "en".equals(a.language());
            (isEnglish ? english : arabic).add(new Sample(a, paragraphs));
            for (String p : paragraphs.subList(1, paragraphs.size())) {
                for (String sentence : sentences(p)) {
                    (isEnglish ? englishClauses : arabicClauses).addAll(clauses(sentence));
                }
            }
        }
        if (englishClauses.size() < MIN_CLAUSES) {
            english.clear();
        }
        if (arabic.isEmpty()) {
            throw new IllegalArgumentException("no Arabic sample articles to vary");
        }
        for (Place p : Places.all()) {
            String[] words = p.arabic().split(" ", 2);
            if (words.length == 2 && List.of("قاعدة", "معسكر", "منشأة").contains(words[0])) {
                bases.add(new Base(words[0], words[1].replace(" الجوية", "")));
            }
        }
        List<String> baseAlternatives = new ArrayList<>();
        for (Base b : bases) {
            baseAlternatives.add(Pattern.quote(b.name()));
            String plain = b.name().replace('أ', 'ا').replace('إ', 'ا');
            if (!plain.equals(b.name())) {
                baseAlternatives.add(Pattern.quote(plain));
            }
        }
        baseAlternatives.sort(Comparator.comparingInt(String::length).reversed());
        basePattern = Pattern.compile("(?<!\\p{L})(قاعدة|معسكر|منشأة) (" + String.join("|", baseAlternatives) + ")(?!\\p{L})");
        for (int m = 0; m < 12; m++) {
            monthIndex.put(SYRIAC_MONTHS[m], m);
            monthIndex.put(ARABIC_MONTHS[m], m);
        }
        monthIndex.put("ايار", 4);
        monthIndex.put("ابريل", 3);
        monthIndex.put("اذار", 2);
        monthIndex.put("ايلول", 8);
        List<String> months = new ArrayList<>(monthIndex.keySet());
        months.sort(Comparator.comparingInt(String::length).reversed());
        monthPattern = Pattern.compile("(?<!\\p{L})(" + String.join("|", months.stream().map(Pattern::quote).toList()) + ")(?!\\p{L})");
    }

    /** The project's sample articles, bundled in the application jar. */
    public static List<Article> loadSamples() {
        InputStream in = ArticleGenerator.class.getResourceAsStream(SAMPLES);
        if (in == null) {
            throw new IllegalStateException("the sample articles are missing from the build (" + SAMPLES + ")");
        }
        List<Article> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(Json.read(line, Article.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Article {@code index} of the stream, with the id {@code prefix + index}. */
    public Article article(String prefix, long index) {
        if (mix == Mix.FIREHOSE) {
            SplittableRandom topic = new SplittableRandom(random(index).nextLong() ^ 0x5DEECE66DL);
            if (topic.nextDouble() >= FIREHOSE_ON_TOPIC_SHARE) {
                return offTopic.article(prefix + index, targetChars, topic);
            }
            return wireItem(onTopic(prefix, index), topic);
        }
        return onTopic(prefix, index);
    }

    /** Whether article {@code index} is on topic (always, but in the firehose). */
    public boolean isOnTopic(long index) {
        return mix != Mix.FIREHOSE
                || new SplittableRandom(random(index).nextLong() ^ 0x5DEECE66DL).nextDouble() < FIREHOSE_ON_TOPIC_SHARE;
    }

    /** A short on-topic wire item, its story's first paragraphs, padded with other news to the articles' length. */
    private Article wireItem(Article story, SplittableRandom rnd) {
        List<String> paragraphs = story.text().lines().filter(l -> !l.isBlank()).toList();
        String wire = String.join("\n", paragraphs.subList(0, Math.min(WIRE_PARAGRAPHS, paragraphs.size())));
        String padding = offTopic.article(story.id(), Math.max(0, targetChars - wire.length()), rnd).text();
        return new Article(story.id(), story.url(), story.source(), story.publishedAt(), story.language(), story.title(),
                wire + "\n" + padding);
    }

    private Article onTopic(String prefix, long index) {
        SplittableRandom rnd = random(index);
        long original = originalOf(index);
        if (original == index) {
            return original(prefix, index, rnd);
        }
        return syndicate(original(prefix, original, random(original)), prefix + index, rnd);
    }

    /** Whether article {@code index} is a syndicated copy of an earlier one. */
    public boolean isSyndicated(long index) {
        return isOnTopic(index) && originalOf(index) != index;
    }

    /** The raw record value of article {@code index}: its JSON, as ingest would publish it. */
    public byte[] bytes(String prefix, long index) {
        return Json.bytes(article(prefix, index));
    }

    private SplittableRandom random(long index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xC2B2AE3D27D4EB4FL + 1);
    }

    private long originalOf(long index) {
        long i = index;
        while (i > 0) {
            SplittableRandom rnd = random(i);
            if (rnd.nextDouble() >= syndicatedShare) {
                return i;
            }
            i = i - 1 - rnd.nextLong(Math.min(i, SYNDICATION_WINDOW));
        }
        return 0;
    }

    private Article original(String prefix, long index, SplittableRandom rnd) {
        rnd.nextDouble(); // the syndication draw, so the draws below are the same whichever way this article was reached
        boolean isEnglish = !english.isEmpty() && rnd.nextInt(arabic.size() + english.size()) < english.size();
        List<Sample> samples = isEnglish ? english : arabic;
        List<String> pool = isEnglish ? englishClauses : arabicClauses;
        Sample lead = samples.get(rnd.nextInt(samples.size()));
        int target = targetChars - targetChars / 10 + rnd.nextInt(targetChars / 5 + 1);
        int[] order = permutation(pool.size(), rnd);
        int next = 0;
        // only the lead's first sentence: whole shared paragraphs would make originals near-duplicates of each other
        List<String> opening = sentences(lead.paragraphs().get(0));
        StringBuilder body = new StringBuilder(opening.isEmpty() ? lead.paragraphs().get(0) : opening.get(0));
        while (body.length() < target) {
            body.append('\n');
            int sentences = 2 + rnd.nextInt(3);
            for (int s = 0; s < sentences && next < order.length; s++) {
                int clauses = 1 + rnd.nextInt(3);
                body.append(s == 0 ? "" : " ");
                for (int c = 0; c < clauses && next < order.length; c++) {
                    body.append(c == 0 ? "" : isEnglish ? ", " : "، ").append(pool.get(order[next++]));
                }
                body.append('.');
            }
            if (next >= order.length) {
                break;
            }
        }
        int yearShift = rnd.nextInt(YEARS);
        int monthShift = rnd.nextInt(12);
        String[] monthNames = rnd.nextBoolean() ? SYRIAC_MONTHS : ARABIC_MONTHS;
        int[] baseMap = permutation(bases.size(), rnd);
        String text = vary(body.toString(), yearShift, monthShift, monthNames, baseMap);
        String title = vary(lead.article().title() == null ? "" : lead.article().title(), yearShift, monthShift, monthNames, baseMap);
        int year = FIRST_YEAR + rnd.nextInt(YEARS);
        if (lead.article().publishedAt() != null && lead.article().publishedAt().length() >= 4) {
            year = shiftYear(Integer.parseInt(lead.article().publishedAt().substring(0, 4)), yearShift);
        }
        String published = String.format("%04d-%02d-%02d", year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        String source = isEnglish ? ENGLISH_SOURCES[rnd.nextInt(ENGLISH_SOURCES.length)] : arabicSource(rnd);
        String id = prefix + index;
        return new Article(id, url(source, id), source, published, isEnglish ? "en" : "ar", title, text);
    }

    private Article syndicate(Article original, String id, SplittableRandom rnd) {
        rnd.nextDouble(); // the syndication draw
        rnd.nextLong(); // the reach back to the original
        String source = original.language().equals("en")
                ? ENGLISH_SOURCES[rnd.nextInt(ENGLISH_SOURCES.length)] : arabicSource(rnd);
        if (source.equals(original.source())) {
            source = source + " الدولية";
        }
        String title = HEADLINE_TAGS[rnd.nextInt(HEADLINE_TAGS.length)] + original.title()
                + (rnd.nextBoolean() ? "" : " (" + source + ")");
        String text = lightlyEdit(original.text(), source, rnd);
        return new Article(id, url(source, id), source, original.publishedAt(), original.language(), title, text);
    }

    /**
     * Edits a copy the way re-publishing outlets do. Most edits (digits, spacing, diacritics) vanish
     * under normalisation, so the copy keeps the exact fingerprint; some change words (a new
     * dateline, a dropped closing paragraph), which only near-duplicate matching can see through.
     */
    private static String lightlyEdit(String text, String source, SplittableRandom rnd) {
        String out = text;
        if (rnd.nextBoolean()) {
            out = toEasternDigits(out);
        }
        if (rnd.nextBoolean()) {
            out = out.replaceFirst(" ", "  ").replace("، ", " ، ");
        }
        if (rnd.nextInt(3) == 0) {
            out = out.replaceFirst("القوات", "القوّات");
        }
        if (rnd.nextInt(5) < 2) {
            if (rnd.nextBoolean()) {
                out = source + ": " + out;
            } else {
                int last = out.lastIndexOf('\n');
                out = last > out.length() / 2 ? out.substring(0, last) : out;
            }
        }
        return out;
    }

    private String vary(String text, int yearShift, int monthShift, String[] monthNames, int[] baseMap) {
        String out = replace(WESTERN_YEAR.matcher(text), m -> String.valueOf(shiftYear(Integer.parseInt(m.group()), yearShift)));
        out = replace(EASTERN_YEAR.matcher(out), m -> toEasternDigits(String.valueOf(shiftYear(fromEasternDigits(m.group()), yearShift))));
        out = replace(monthPattern.matcher(out), m -> monthNames[(monthIndex.get(m.group(1)) + monthShift) % 12]);
        return replace(basePattern.matcher(out), m -> {
            Base b = bases.get(baseMap[indexOfBase(m.group(2))]);
            return b.kind() + " " + b.name();
        });
    }

    private int indexOfBase(String name) {
        for (int i = 0; i < bases.size(); i++) {
            String n = bases.get(i).name();
            if (n.equals(name) || n.replace('أ', 'ا').replace('إ', 'ا').equals(name)) {
                return i;
            }
        }
        return 0;
    }

    private static String replace(Matcher m, Function<Matcher, String> with) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int shiftYear(int year, int shift) {
        int offset = Math.floorMod(year - FIRST_YEAR, YEARS);
        return FIRST_YEAR + (offset + shift) % YEARS;
    }

    private static int[] permutation(int n, SplittableRandom rnd) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private static String arabicSource(SplittableRandom rnd) {
        return OUTLET_KINDS[rnd.nextInt(OUTLET_KINDS.length)] + " " + OUTLET_NAMES[rnd.nextInt(OUTLET_NAMES.length)];
    }

    private static String url(String source, String id) {
        return "https://outlet-" + Integer.toHexString(source.hashCode() & 0xfffff) + ".example.org/news/" + id;
    }

    /** A sentence's clauses (at commas), without its closing stop; very short pieces are dropped. */
    private static List<String> clauses(String sentence) {
        String body = sentence.replaceAll("[.!?؟]+$", "");
        return Arrays.stream(CLAUSE_END.split(body)).map(String::strip).filter(x -> x.length() > 15).toList();
    }

    /** A paragraph's sentences: split after a full stop. */
    private static List<String> sentences(String paragraph) {
        return Arrays.stream(SENTENCE_END.split(paragraph)).map(String::strip).filter(x -> x.length() > 20).toList();
    }

    private static String toEasternDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) ('٠' + (c - '0')) : c);
        }
        return out.toString();
    }

    private static int fromEasternDigits(String s) {
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            v = v * 10 + (s.charAt(i) - '٠');
        }
        return v;
    }
}
