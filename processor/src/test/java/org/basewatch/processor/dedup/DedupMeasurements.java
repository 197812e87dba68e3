package org.basewatch.processor.dedup;

import org.basewatch.contracts.Article;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Prints the similarity of true copies versus different articles (labelled corpora, generated variants,
 * independent reports sharing a quote) for several shingle sizes: the numbers the thresholds come from.
 * Run from the processor module directory (needs {@code ../samples}; {@code ../../shared/corpus} when present).
 */
public final class DedupMeasurements {

    public static void main(String[] args) {
        List<Article> articles = new ArrayList<>(DedupFixtures.articles(DedupFixtures.SAMPLES.resolve("articles.jsonl")));
        Set<String> copies = new HashSet<>(DedupFixtures.pairs(DedupFixtures.SAMPLES.resolve("duplicates.tsv")));
        if (Files.exists(DedupFixtures.CORPUS.resolve("dev.jsonl"))) {
            articles.addAll(DedupFixtures.articles(DedupFixtures.CORPUS.resolve("dev.jsonl")));
            copies.addAll(DedupFixtures.pairs(DedupFixtures.CORPUS.resolve("dev.duplicates.tsv")));
        }
        if (args.length > 0 && args[0].equals("--events-only")) {
            events(articles, copies);
            return;
        }
        for (int k = 2; k <= 5; k++) {
            MinHasher hasher = new MinHasher(k, MinHasher.HASHES, MinHasher.BANDS, MinHasher.ROWS);
            System.out.println("== k=" + k);
            List<Double> truePairs = new ArrayList<>();
            List<Double> otherPairs = new ArrayList<>();
            List<Double> trueEstimates = new ArrayList<>();
            List<Double> otherEstimates = new ArrayList<>();
            int trueBanded = 0;
            int otherBanded = 0;
            String worstOther = "";
            double worst = -1;
            for (int i = 0; i < articles.size(); i++) {
                for (int j = i + 1; j < articles.size(); j++) {
                    Article a = articles.get(i);
                    Article b = articles.get(j);
                    double exact = hasher.jaccard(a.text(), b.text());
                    int[] sa = hasher.signature(a.text());
                    int[] sb = hasher.signature(b.text());
                    double estimate = MinHasher.estimate(MinHasher.sketch(sa), MinHasher.sketch(sb));
                    boolean banded = !Collections.disjoint(hasher.bandKeys(sa), hasher.bandKeys(sb));
                    if (copies.contains(DedupFixtures.pair(a.id(), b.id()))) {
                        truePairs.add(exact);
                        trueEstimates.add(estimate);
                        trueBanded += banded ? 1 : 0;
                    } else {
                        otherPairs.add(exact);
                        otherEstimates.add(estimate);
                        otherBanded += banded ? 1 : 0;
                        if (exact > worst) {
                            worst = exact;
                            worstOther = a.id() + "/" + b.id();
                        }
                    }
                }
            }
            System.out.printf("labelled copies   (%d) exact %s estimate %s sharing a band %d%n",
                    truePairs.size(), summary(truePairs), summary(trueEstimates), trueBanded);
            System.out.printf("labelled others (%d) exact %s estimate %s sharing a band %d, most similar %s%n",
                    otherPairs.size(), summary(otherPairs), summary(otherEstimates), otherBanded, worstOther);
            List<Double> allVariants = new ArrayList<>();
            for (Map.Entry<String, BiFunction<String, Random, String>> edit : DedupFixtures.edits().entrySet()) {
                List<Double> values = new ArrayList<>();
                for (Article article : articles) {
                    for (int seed = 0; seed < 5; seed++) {
                        Article copy = DedupFixtures.variant(article, "v", edit.getValue(), seed);
                        values.add(hasher.jaccard(article.text(), copy.text()));
                    }
                }
                allVariants.addAll(values);
                System.out.printf("variant %-28s exact %s%n", edit.getKey(), summary(values));
            }
            List<Double> quoting = new ArrayList<>();
            Random random = new Random(7);
            for (Article own : articles) {
                for (Article quoted : articles) {
                    if (own != quoted && !copies.contains(DedupFixtures.pair(own.id(), quoted.id()))) {
                        quoting.add(hasher.jaccard(quoted.text(), DedupFixtures.sharingAQuote(own, quoted, random).text()));
                    }
                }
            }
            System.out.printf("variants all          exact %s%n", summary(allVariants));
            System.out.printf("independent reports sharing a quoted paragraph (%d) exact %s%n", quoting.size(), summary(quoting));
        }
        defaults(articles, copies);
        events(articles, copies);
    }

    /**
     * What the event signature and the length rule decide: template reports about different bases (similarity,
     * shingles, conflicts) against every labelled copy of samples, dev and dev2 and every generated variant.
     */
    private static void events(List<Article> articles, Set<String> copies) {
        List<Article> all = new ArrayList<>(articles);
        Set<String> allCopies = new HashSet<>(copies);
        if (Files.exists(DedupFixtures.CORPUS.resolve("dev2.jsonl"))) {
            all.addAll(DedupFixtures.articles(DedupFixtures.CORPUS.resolve("dev2.jsonl")));
            allCopies.addAll(DedupFixtures.pairs(DedupFixtures.CORPUS.resolve("dev2.duplicates.tsv")));
        }
        MinHasher hasher = MinHasher.DEFAULT;
        List<Double> templates = new ArrayList<>();
        List<Double> templateShingles = new ArrayList<>();
        int templateConflicts = 0;
        for (List<Article> pair : DedupFixtures.templatePairs()) {
            templates.add(estimate(hasher, pair.get(0), pair.get(1)));
            templateShingles.add((double) hasher.fingerprint(pair.get(0).text()).shingles());
            templateConflicts += EventSignature.of(pair.get(0).text()).conflicts(EventSignature.of(pair.get(1).text())) ? 1 : 0;
        }
        System.out.printf("template reports about different bases (%d): estimate %s, shingles %s, signatures conflict %d%n",
                templates.size(), summary(templates), summary(templateShingles), templateConflicts);
        java.util.Map<String, Article> byId = new java.util.HashMap<>();
        all.forEach(a -> byId.put(a.id(), a));
        int labelled = 0;
        int labelledConflicts = 0;
        for (String pair : allCopies) {
            String[] ids = pair.split("\\|");
            if (byId.containsKey(ids[0]) && byId.containsKey(ids[1])) {
                labelled++;
                labelledConflicts += EventSignature.of(byId.get(ids[0]).text()).conflicts(EventSignature.of(byId.get(ids[1]).text())) ? 1 : 0;
            }
        }
        int variants = 0;
        int variantConflicts = 0;
        List<Double> shingles = new ArrayList<>();
        for (BiFunction<String, Random, String> edit : DedupFixtures.edits().values()) {
            for (Article article : all) {
                for (int seed = 0; seed < 5; seed++) {
                    Article copy = DedupFixtures.variant(article, "v", edit, seed);
                    variants++;
                    variantConflicts += EventSignature.of(article.text()).conflicts(EventSignature.of(copy.text())) ? 1 : 0;
                }
            }
        }
        all.forEach(a -> shingles.add((double) hasher.fingerprint(a.text()).shingles()));
        System.out.printf("labelled copies (samples, dev, dev2: %d) whose signatures conflict: %d; generated variants (%d): %d;"
                + " shingles per labelled article %s%n", labelled, labelledConflicts, variants, variantConflicts, summary(shingles));
        if (all.size() > articles.size()) {
            quality("dev2", all.subList(articles.size(), all.size()), DedupFixtures.pairs(DedupFixtures.CORPUS.resolve("dev2.duplicates.tsv")));
        }
    }

    /** What the default settings decide: estimated similarities and pair precision/recall. */
    private static void defaults(List<Article> articles, Set<String> copies) {
        MinHasher hasher = MinHasher.DEFAULT;
        System.out.println("== default (k=" + MinHasher.SHINGLE_WORDS + ", " + MinHasher.HASHES + " hashes as 4-bit sketch, "
                + MinHasher.BANDS + "x" + MinHasher.ROWS + " bands, threshold " + NearDuplicates.THRESHOLD + ")");
        List<Double> variants = new ArrayList<>();
        int variantsBanded = 0;
        for (BiFunction<String, Random, String> edit : DedupFixtures.edits().values()) {
            for (Article article : articles) {
                for (int seed = 0; seed < 5; seed++) {
                    Article copy = DedupFixtures.variant(article, "v", edit, seed);
                    variants.add(estimate(hasher, article, copy));
                    variantsBanded += shareABand(hasher, article, copy) ? 1 : 0;
                }
            }
        }
        System.out.printf("variants estimate %s, sharing a band %d/%d%n", summary(variants), variantsBanded, variants.size());
        List<Double> quoting = new ArrayList<>();
        Random random = new Random(7);
        for (Article own : articles) {
            for (Article quoted : articles) {
                if (own != quoted && !copies.contains(DedupFixtures.pair(own.id(), quoted.id()))) {
                    quoting.add(estimate(hasher, quoted, DedupFixtures.sharingAQuote(own, quoted, random)));
                }
            }
        }
        System.out.printf("independent reports sharing a quote estimate %s%n", summary(quoting));
        List<Article> samples = DedupFixtures.articles(DedupFixtures.SAMPLES.resolve("articles.jsonl"));
        quality("samples", samples, DedupFixtures.pairs(DedupFixtures.SAMPLES.resolve("duplicates.tsv")));
        if (articles.size() > samples.size()) {
            List<Article> dev = articles.subList(samples.size(), articles.size());
            quality("dev", dev, DedupFixtures.pairs(DedupFixtures.CORPUS.resolve("dev.duplicates.tsv")));
            quality("samples+dev", articles, copies);
        }
        List<Article> stream = new ArrayList<>();
        Set<String> streamCopies = new HashSet<>();
        DedupFixtures.samplesWithVariants(stream, streamCopies);
        quality("samples+variants", stream, streamCopies);
    }

    private static void quality(String label, List<Article> articles, Set<String> truth) {
        Set<String> predicted = DedupFixtures.predictedPairs(articles);
        long found = predicted.stream().filter(truth::contains).count();
        System.out.printf("pairs %-17s articles %d, true pairs %d, predicted %d, correct %d: precision %.3f recall %.3f, "
                        + "false merges %d%n", label, articles.size(), truth.size(), predicted.size(), found,
                predicted.isEmpty() ? 1.0 : (double) found / predicted.size(), (double) found / truth.size(),
                predicted.size() - found);
    }

    private static double estimate(MinHasher hasher, Article a, Article b) {
        return MinHasher.estimate(MinHasher.sketch(hasher.signature(a.text())), MinHasher.sketch(hasher.signature(b.text())));
    }

    private static boolean shareABand(MinHasher hasher, Article a, Article b) {
        return !Collections.disjoint(hasher.bandKeys(hasher.signature(a.text())), hasher.bandKeys(hasher.signature(b.text())));
    }

    private static String summary(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return String.format("min %.3f p05 %.3f median %.3f p95 %.3f max %.3f", sorted.get(0),
                sorted.get(sorted.size() / 20), sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() * 19 / 20), sorted.get(sorted.size() - 1));
    }
}
