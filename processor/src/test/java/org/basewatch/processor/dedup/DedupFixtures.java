package org.basewatch.processor.dedup;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.StoryMark;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** Test data for deduplication: the corpora on disk, their labelled pairs, and generated syndicated variants. */
final class DedupFixtures {
    static final Path CORPUS = Path.of("..", "..", "shared", "corpus");
    static final Path SAMPLES = Path.of("..", "samples");

    private static final String[] DIACRITICS = {"\u064E", "\u064F", "\u0650", "\u0651", "\u0652"};
    private static final String BOILERPLATE = """
            اقرأ أيضاً: الحكومة تبحث ملف الكهرباء قبل الصيف
            التعليقات (٠)
            اترك تعليقاً
            لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *
            جميع الحقوق محفوظة © الموقع""";

    private DedupFixtures() {
    }

    /** Short reports written on one template, as outlets file them every day: only the base ({@code %s}) changes. */
    static final List<String> TEMPLATES = List.of(
            "تسلمت القوات العراقية اليوم %s من قوات التحالف الدولي، بحضور قادة عسكريين عراقيين وممثلين عن التحالف، وذلك ضمن خطة إعادة تموضع القوات التي أعلنتها الحكومة.",
            "أعلنت قيادة العمليات المشتركة، اليوم، انسحاب قوات التحالف الدولي من %s بشكل كامل، وتسليمها إلى القوات الأمنية العراقية وفق الجدول الزمني المتفق عليه.",
            "بغداد / متابعة\nأفادت مصادر أمنية بأن %s تعرضت مساء اليوم لهجوم بطائرة مسيرة، دون أن يسفر عن خسائر بشرية، فيما فتحت القوات الأمنية تحقيقاً في الحادث.",
            "قال مسؤول عسكري عراقي إن قوات التحالف الدولي ما زالت موجودة في %s، وإنها تقدم الاستشارة والدعم الفني للقوات العراقية في إطار الحرب على الإرهاب.",
            "وصلت اليوم قافلة عسكرية تابعة للتحالف الدولي إلى %s قادمة من الحدود السورية، وفق ما أفاد به مصدر أمني عراقي، مشيراً إلى أن القافلة ضمت عشرات الشاحنات.");
    static final List<String> TEMPLATE_BASES = List.of("قاعدة عين الأسد الجوية", "قاعدة التقدم", "قاعدة القيارة الجوية",
            "معسكر التاجي", "معسكر بسماية", "قاعدة حرير الجوية", "قاعدة كي وان", "قاعدة بلد الجوية", "قاعدة القائم",
            "مطار أربيل");

    /** 20 pairs of short articles on one template about two different bases, four per template: 40 stories. */
    static List<List<Article>> templatePairs() {
        List<List<Article>> pairs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // four pairs per template, eight different bases in them, so no two of the 40 articles are one text
            String template = TEMPLATES.get(i / 4);
            String a = TEMPLATE_BASES.get((2 * (i % 4) + i / 4) % TEMPLATE_BASES.size());
            String b = TEMPLATE_BASES.get((2 * (i % 4) + 1 + i / 4) % TEMPLATE_BASES.size());
            pairs.add(List.of(
                    new Article("template-" + i + "-a", null, "وكالة أ", "2021-07-0" + (1 + i % 9), "ar", "خبر", String.format(template, a)),
                    new Article("template-" + i + "-b", null, "وكالة ب", "2021-07-0" + (1 + i % 9), "ar", "خبر", String.format(template, b))));
        }
        return pairs;
    }

    static List<Article> articles(Path jsonl) {
        try {
            return Files.readAllLines(jsonl, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .map(line -> Json.read(line, Article.class))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Unordered pairs written {@code a|b} with {@code a < b}. */
    static Set<String> pairs(Path tsv) {
        try {
            Set<String> pairs = new TreeSet<>();
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                String[] ids = line.trim().split("\\s+");
                if (ids.length == 2) {
                    pairs.add(pair(ids[0], ids[1]));
                }
            }
            return pairs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    /** The ways outlets edit a wire story when they republish it, each a function of (text, random). */
    static Map<String, BiFunction<String, Random, String>> edits() {
        Map<String, BiFunction<String, Random, String>> edits = new LinkedHashMap<>();
        edits.put("new dateline", (text, random) -> replaceFirstLine(text));
        edits.put("sentences reordered", DedupFixtures::reorder);
        edits.put("one sentence dropped", (text, random) -> drop(text, random, 1));
        edits.put("two sentences dropped", (text, random) -> drop(text, random, 2));
        edits.put("boilerplate appended", (text, random) -> text + "\n" + BOILERPLATE);
        edits.put("diacritics and punctuation", DedupFixtures::respell);
        edits.put("body pasted twice", (text, random) -> text + "\n" + text);
        edits.put("all of the above", (text, random) ->
                respell(drop(reorder(replaceFirstLine(text) + "\n" + BOILERPLATE, random), random, 2), random));
        return edits;
    }

    /** A variant of {@code article} with a new id, outlet and headline, its text edited by {@code edit}. */
    static Article variant(Article article, String suffix, BiFunction<String, Random, String> edit, long seed) {
        String text = edit.apply(article.text(), new Random(seed));
        return new Article(article.id() + "-" + suffix, null, "منصة إعادة النشر", article.publishedAt(),
                article.language(), "عنوان آخر: " + article.title(), text);
    }

    /**
     * An independent report that quotes the same statement: {@code own} with one paragraph of {@code quoted}
     * inserted, as two outlets quoting one press release verbatim in their own stories.
     */
    static Article sharingAQuote(Article own, Article quoted, Random random) {
        List<String> quotedParagraphs = paragraphs(quoted.text());
        String quote = quotedParagraphs.get(1 + random.nextInt(quotedParagraphs.size() - 1));
        List<String> ownParagraphs = new ArrayList<>(paragraphs(own.text()));
        ownParagraphs.add(Math.min(2, ownParagraphs.size()), quote);
        return new Article(own.id() + "-quoting-" + quoted.id(), null, own.source(), own.publishedAt(),
                own.language(), own.title(), String.join("\n", ownParagraphs));
    }

    static List<String> paragraphs(String text) {
        return List.of(text.split("\n"));
    }

    private static String replaceFirstLine(String text) {
        List<String> lines = new ArrayList<>(paragraphs(text));
        String first = lines.get(0);
        int colon = first.indexOf(':');
        lines.set(0, colon > 0 && colon < 40 ? "متابعة - منصة إعادة النشر" + first.substring(colon)
                : "متابعة - منصة إعادة النشر\n" + first);
        return String.join("\n", lines);
    }

    private static String reorder(String text, Random random) {
        List<String> lines = new ArrayList<>(paragraphs(text));
        if (lines.size() > 3) {
            List<String> tail = lines.subList(1, lines.size());
            Collections.swap(tail, random.nextInt(tail.size()), random.nextInt(tail.size()));
            Collections.swap(tail, random.nextInt(tail.size()), random.nextInt(tail.size()));
        }
        return String.join("\n", lines);
    }

    private static String drop(String text, Random random, int count) {
        List<String> lines = new ArrayList<>(paragraphs(text));
        for (int i = 0; i < count && lines.size() > 2; i++) {
            lines.remove(1 + random.nextInt(lines.size() - 1));
        }
        return String.join("\n", lines);
    }

    private static String respell(String text, Random random) {
        StringBuilder out = new StringBuilder(text.length() * 11 / 10);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '،' -> out.append(',');
                case '«', '»' -> out.append('"');
                case 'أ', 'إ' -> out.append('ا');
                case 'ة' -> out.append(random.nextBoolean() ? 'ه' : 'ة');
                default -> {
                    out.append(c);
                    if (c >= 'ء' && c <= 'ي' && random.nextInt(6) == 0) {
                        out.append(DIACRITICS[random.nextInt(DIACRITICS.length)]);
                    } else if (c >= 'ء' && c <= 'ي' && random.nextInt(40) == 0) {
                        out.append('ـ');
                    }
                }
            }
        }
        return out.toString().replace(".\n", "...\n");
    }

    /**
     * The samples followed by one generated variant of each sample per kind of edit, shuffled; {@code copies}
     * receives every pair of one story (the labelled sample copies, each variant with its original and the
     * original's copies).
     */
    static void samplesWithVariants(List<Article> stream, Set<String> copies) {
        List<Article> samples = articles(SAMPLES.resolve("articles.jsonl"));
        copies.addAll(pairs(SAMPLES.resolve("duplicates.tsv")));
        stream.addAll(samples);
        int n = 0;
        for (BiFunction<String, Random, String> edit : edits().values()) {
            for (Article original : samples) {
                Article copy = variant(original, "v" + n, edit, n);
                n++;
                stream.add(copy);
                copies.add(pair(original.id(), copy.id()));
            }
        }
        closeTransitively(copies);
        Collections.shuffle(stream.subList(samples.size(), stream.size()), new Random(5));
    }

    /**
     * The benchmark's generator ({@code DedupBenchmark}) at a small scale: {@code count} articles of ~3,000
     * characters built from sample sentences with a third of their words replaced, one in five a copy (a random
     * edit of {@link #edits}) of one of the 500 most recent originals. Its sentences recur, so its band buckets are
     * crowded, as a busy feed's are. {@code copies} receives each copy with its original.
     */
    static List<Article> synthetic(int count, long seed, Set<String> copies) {
        List<Article> samples = articles(SAMPLES.resolve("articles.jsonl"));
        List<String> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Article sample : samples) {
            for (String sentence : sample.text().split("\n|(?<=\\.) ")) {
                if (sentence.length() > 40) {
                    sentences.add(sentence);
                    words.addAll(List.of(sentence.split(" ")));
                }
            }
        }
        Random random = new Random(seed);
        List<BiFunction<String, Random, String>> edits = new ArrayList<>(edits().values());
        List<Article> recent = new ArrayList<>();
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = String.format("synthetic-%05d", i);
            if (!recent.isEmpty() && random.nextInt(5) == 0) {
                Article original = recent.get(random.nextInt(recent.size()));
                Article variant = variant(original, "x", edits.get(random.nextInt(edits.size())), random.nextLong());
                out.add(new Article(id, null, variant.source(), variant.publishedAt(), "ar", variant.title(), variant.text()));
                copies.add(pair(original.id(), id));
            } else {
                String text = story(random, sentences, words);
                Article original = new Article(id, null, "وكالة " + random.nextInt(5), "2026-01-01", "ar", "عنوان " + id, text);
                out.add(original);
                recent.add(original);
                if (recent.size() > 500) {
                    recent.remove(0);
                }
            }
        }
        return out;
    }

    /** The pairs of articles that {@code basewatch stories} puts in one story, fed {@code articles} in order. */
    static Set<String> predictedPairs(List<Article> articles) {
        String jsonl = articles.stream().map(Json::write).collect(Collectors.joining("\n"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = StoryGrouper.run(new BufferedReader(new StringReader(jsonl)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        if (status != 0) {
            throw new IllegalStateException(err.toString(StandardCharsets.UTF_8));
        }
        List<StoryMark> marks = out.toString(StandardCharsets.UTF_8).lines()
                .map(line -> Json.read(line, StoryMark.class)).toList();
        if (marks.size() != articles.size()) {
            throw new IllegalStateException(marks.size() + " lines for " + articles.size() + " articles");
        }
        Set<String> predicted = new TreeSet<>();
        for (int i = 0; i < marks.size(); i++) {
            for (int j = i + 1; j < marks.size(); j++) {
                if (marks.get(i).storyId().equals(marks.get(j).storyId())) {
                    predicted.add(pair(marks.get(i).articleId(), marks.get(j).articleId()));
                }
            }
        }
        return predicted;
    }

    /** Adds every pair implied by the given ones: a copy of a copy belongs to the same story. */
    private static void closeTransitively(Set<String> pairs) {
        Map<String, String> parent = new HashMap<>();
        for (String pair : pairs) {
            String[] ids = pair.split("\\|");
            parent.putIfAbsent(ids[0], ids[0]);
            parent.putIfAbsent(ids[1], ids[1]);
            parent.put(root(parent, ids[0]), root(parent, ids[1]));
        }
        Map<String, List<String>> groups = new HashMap<>();
        for (String id : parent.keySet()) {
            groups.computeIfAbsent(root(parent, id), k -> new ArrayList<>()).add(id);
        }
        for (List<String> group : groups.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    pairs.add(pair(group.get(i), group.get(j)));
                }
            }
        }
    }

    private static String root(Map<String, String> parent, String id) {
        String root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }

    /** A new story: sample sentences in random order, a third of their words replaced, mostly one a line, to ~3,000 chars. */
    static String story(Random random, List<String> sentences, List<String> words) {
        StringBuilder text = new StringBuilder(3_200);
        while (text.length() < 3_000) {
            String[] sentence = sentences.get(random.nextInt(sentences.size())).split(" ");
            for (int w = 0; w < sentence.length; w++) {
                if (random.nextInt(3) == 0) {
                    sentence[w] = words.get(random.nextInt(words.size()));
                }
            }
            text.append(String.join(" ", sentence)).append(random.nextInt(4) == 0 ? " " : "\n");
        }
        return text.toString().trim();
    }
}
