package org.basewatch.processor.extract;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.Status;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Trains the {@link Ranker} from annotated articles: every candidate the rules find is labelled with
 * the gold claims of its article about its place whose evidence lies in its clause, each reading the
 * rules give it is a positive example when the gold makes that claim and a negative one otherwise,
 * and a logistic regression learns from them (L2-regularised, AdaGrad, a fixed number of passes over
 * the examples in a fixed order, so the same data always gives the same model).
 *
 * <pre>
 *   train [MODEL_OUT [CORPUS...]]          train on every CORPUS (articles JSONL with GOLD beside it as *.gold.jsonl);
 *                                          by default the shipped model from {@link #trainingCorpora()}
 *   cv PRED_OUT FOLDS TARGET CORPUS...     claims for TARGET, each fold predicted by a model trained on the rest and CORPUS...
 *   uncovered CORPUS...                    the required gold claims no candidate reaches
 * </pre>
 * Run from the repository root, with ../shared beside it:
 * <pre>
 * mvn -o -q -pl processor -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp processor/target/test-classes:processor/target/classes:$(cat /tmp/cp.txt) org.basewatch.processor.extract.RankerTraining train
 * </pre>
 */
public final class RankerTraining {
    static final int EPOCHS = 12;
    static final double LEARNING_RATE = 0.3;
    static final double L2 = 2e-2;
    /** Features seen in fewer candidates than this are left out: they would only learn their examples. */
    static final int MIN_COUNT = 2;

    /** A reading of a candidate as training sees it: its features, the reading, and whether the gold makes that claim there. */
    record Example(List<String> features, StatusReading.Reading reading, boolean claim) {
    }

    private final ClaimExtractor rules = new ClaimExtractor(null);
    /** Every status and modality pair, in a fixed order, to name the gold's readings. */
    private final List<StatusReading.Reading> labels = allLabels();

    static List<StatusReading.Reading> allLabels() {
        List<StatusReading.Reading> out = new ArrayList<>();
        for (Status s : Status.values()) {
            for (Modality m : Modality.values()) {
                out.add(new StatusReading.Reading(s, m));
            }
        }
        return out;
    }

    /** Where the shipped model lives in the sources, seen from the repository root. */
    static final Path SHIPPED = Path.of("processor/src/main/resources/org/basewatch/processor/extract/" + Ranker.RESOURCE);

    /**
     * The annotated articles the shipped model learns from: the shared development sets and the project's
     * own written sets ({@code corpus/synth}); never the blind sets ({@code corpus/blind}) nor the check set.
     * Null when the shared corpus is absent.
     */
    static List<Path> trainingCorpora() {
        Path shared = Corpus.dir();
        Path own = Corpus.own();
        if (shared == null || own == null) {
            return null;
        }
        List<Path> out = new ArrayList<>(List.of(shared.resolve("dev2.jsonl"), shared.resolve("dev.jsonl"), shared.resolve("seeds.jsonl")));
        try (var files = Files.list(own.resolve("synth"))) {
            files.filter(p -> p.toString().endsWith(".jsonl") && !p.toString().endsWith(".gold.jsonl")).sorted().forEach(out::add);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** The model the corpora give, as the text {@link Ranker#write} makes of it. */
    String trainedModel(List<Path> corpora) throws IOException {
        List<Example> examples = new ArrayList<>();
        for (Path p : corpora) {
            examples.addAll(examples(p, null));
        }
        java.io.StringWriter w = new java.io.StringWriter();
        train(examples).write(w);
        return w.toString();
    }

    public static void main(String[] args) throws IOException {
        RankerTraining t = new RankerTraining();
        switch (args[0]) {
            case "train" -> {
                Path out = args.length > 1 ? Path.of(args[1]) : SHIPPED;
                List<Path> corpora = args.length > 2 ? List.of(args).subList(2, args.length).stream().map(Path::of).toList()
                        : trainingCorpora();
                if (corpora == null) {
                    throw new IllegalStateException("../shared/corpus is needed to train the shipped model");
                }
                Files.writeString(out, t.trainedModel(corpora), StandardCharsets.UTF_8);
                System.err.println("trained on " + corpora.size() + " corpora into " + out);
            }
            case "cv" -> t.crossValidate(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]),
                    List.of(args).subList(4, args.length).stream().map(Path::of).toList());
            case "uncovered" -> {
                for (int i = 1; i < args.length; i++) {
                    t.uncovered(Path.of(args[i]));
                }
            }
            default -> throw new IllegalArgumentException("usage: train MODEL CORPUS... | cv PRED FOLDS TARGET CORPUS...");
        }
    }

    void crossValidate(Path out, int folds, Path target, List<Path> others) throws IOException {
        List<Example> base = new ArrayList<>();
        for (Path p : others) {
            base.addAll(examples(p, null));
        }
        List<Article> articles = Corpus.articles(target);
        try (PrintStream ps = new PrintStream(Files.newOutputStream(out), false, StandardCharsets.UTF_8)) {
            for (int k = 0; k < folds; k++) {
                Set<String> held = new LinkedHashSet<>();
                for (int i = k; i < articles.size(); i += folds) {
                    held.add(articles.get(i).id());
                }
                List<Example> train = new ArrayList<>(base);
                train.addAll(examples(target, id -> !held.contains(id)));
                ClaimExtractor model = new ClaimExtractor(train(train));
                for (Article a : articles) {
                    if (held.contains(a.id())) {
                        for (Claim c : model.extract(a)) {
                            ps.println(Json.write(c));
                        }
                    }
                }
            }
        }
    }

    /** Prints the required gold claims no candidate reaches (same place, evidence in its sentence): what the rules miss. */
    void uncovered(Path articlesFile) {
        Map<String, List<Map<String, Object>>> gold = new HashMap<>();
        for (Map<String, Object> g : Corpus.gold(Corpus.goldOf(articlesFile))) {
            gold.computeIfAbsent((String) g.get("article"), k -> new ArrayList<>()).add(g);
        }
        int total = 0;
        int missed = 0;
        for (Article a : Corpus.articles(articlesFile)) {
            ArticleReading r = rules.read(a);
            List<Candidate> cands = rules.candidates(r);
            for (Map<String, Object> g : gold.getOrDefault(a.id(), List.of())) {
                if (Boolean.FALSE.equals(g.get("required"))) {
                    continue;
                }
                total++;
                boolean reached = false;
                for (Candidate c : cands) {
                    reached |= !labelsOf(c, r, List.of(g)).isEmpty();
                }
                if (!reached) {
                    missed++;
                    System.out.println("UNCOVERED " + a.id() + " " + g.get("place") + " " + g.get("status") + " " + g.get("modality")
                            + " | " + g.get("evidence"));
                }
            }
        }
        System.out.println(articlesFile.getFileName() + ": " + missed + " of " + total + " required claims reached by no candidate");
    }

    /** The labelled candidates of a corpus, of the articles {@code keep} accepts (all when null). */
    List<Example> examples(Path articlesFile, java.util.function.Predicate<String> keep) {
        Map<String, List<Map<String, Object>>> gold = new HashMap<>();
        for (Map<String, Object> g : Corpus.gold(Corpus.goldOf(articlesFile))) {
            gold.computeIfAbsent((String) g.get("article"), k -> new ArrayList<>()).add(g);
        }
        List<Example> out = new ArrayList<>();
        for (Article a : Corpus.articles(articlesFile)) {
            if (a.text() == null || keep != null && !keep.test(a.id())) {
                continue;
            }
            ArticleReading r = rules.read(a);
            for (Candidate c : rules.candidates(r)) {
                if (!c.coalition()) {
                    continue;
                }
                Set<Integer> labelled = labelsOf(c, r, gold.getOrDefault(a.id(), List.of()));
                List<String> features = CandidateFeatures.of(c, r);
                for (StatusReading.Reading reading : c.readings()) {
                    out.add(new Example(features, reading, labelled.contains(labels.indexOf(reading))));
                }
            }
        }
        return out;
    }

    /**
     * The labels of the gold claims about the candidate's place whose evidence overlaps its clause — or,
     * when none does, its sentence (evidence may span a clause boundary): a sentence often holds two
     * claims about one place ("convoys left X … and the base was handed over"), and each frame should
     * learn only its own.
     */
    private Set<Integer> labelsOf(Candidate c, ArticleReading r, List<Map<String, Object>> gold) {
        Set<Integer> clause = labelsOver(c, r, gold, c.frame().clause());
        return clause.isEmpty() ? labelsOver(c, r, gold, c.frame().sentence()) : clause;
    }

    private Set<Integer> labelsOver(Candidate c, ArticleReading r, List<Map<String, Object>> gold, Span s) {
        int start = r.normalized().originalStart(r.text().token(s.first()).start());
        int end = r.normalized().originalEnd(r.text().token(s.end() - 1).end());
        String text = r.article().text();
        Set<Integer> out = new LinkedHashSet<>();
        for (Map<String, Object> g : gold) {
            if (!values(g.get("place")).contains(c.role().place().place())) {
                continue;
            }
            String evidence = (String) g.get("evidence");
            if (evidence == null || evidence.isEmpty() || !overlaps(text, evidence, start, end)) {
                continue;
            }
            for (String st : values(g.get("status"))) {
                for (String mo : values(g.get("modality"))) {
                    out.add(labels.indexOf(new StatusReading.Reading(Status.valueOf(st), Modality.valueOf(mo))));
                }
            }
        }
        return out;
    }

    private static boolean overlaps(String text, String evidence, int start, int end) {
        for (int at = text.indexOf(evidence); at >= 0; at = text.indexOf(evidence, at + 1)) {
            if (at < end && at + evidence.length() > start) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static List<String> values(Object v) {
        return v instanceof List<?> list ? (List<String>) list : v == null ? List.of() : List.of((String) v);
    }

    /**
     * A logistic regression, by AdaGrad over the examples in their given order: each feature has its own
     * weight and one joined with each status and each modality (see {@link Ranker#probability}).
     */
    Ranker train(List<Example> examples) {
        Map<String, Integer> counts = new HashMap<>();
        for (Example e : examples) {
            for (String f : new LinkedHashSet<>(e.features())) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        counts.keySet().stream().sorted().filter(f -> counts.get(f) >= MIN_COUNT).forEach(f -> index.put(f, index.size()));
        int width = Ranker.WIDTH;
        double[][] w = new double[index.size()][width];
        double[][] g2 = new double[index.size()][width];
        double b = 0;
        double gb = 0;
        int[][] rows = new int[examples.size()][];
        for (int i = 0; i < examples.size(); i++) {
            rows[i] = examples.get(i).features().stream().filter(index::containsKey).mapToInt(index::get).distinct().toArray();
        }
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int i = 0; i < examples.size(); i++) {
                int[] x = rows[i];
                Example e = examples.get(i);
                int[] slots = {0, Ranker.STATUS_AT + e.reading().status().ordinal(), Ranker.MODALITY_AT + e.reading().modality().ordinal()};
                double z = b;
                for (int f : x) {
                    for (int s : slots) {
                        z += w[f][s];
                    }
                }
                double grad = 1 / (1 + Math.exp(-z)) - (e.claim() ? 1 : 0);
                gb += grad * grad;
                b -= LEARNING_RATE * grad / Math.sqrt(gb + 1e-8);
                for (int f : x) {
                    for (int s : slots) {
                        double gf = grad + L2 * w[f][s];
                        g2[f][s] += gf * gf;
                        w[f][s] -= LEARNING_RATE * gf / Math.sqrt(g2[f][s] + 1e-8);
                    }
                }
            }
        }
        Map<String, double[]> weights = new HashMap<>();
        index.forEach((name, i) -> weights.put(name, w[i]));
        return new Ranker(b, weights);
    }
}
