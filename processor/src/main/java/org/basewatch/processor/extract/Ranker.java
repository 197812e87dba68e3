package org.basewatch.processor.extract;

import org.basewatch.contracts.Modality;
import org.basewatch.contracts.Status;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides which claims a {@link Candidate} makes, and how sure: one logistic regression per
 * status and modality over the candidate's {@link CandidateFeatures}, trained on annotated articles
 * ({@code RankerTraining} in the tests) and shipped as {@code ranker.model}. A claim is made when its
 * probability reaches {@link #THRESHOLD}; the probability is the claim's confidence. Without a model
 * the rules' own readings stand.
 */
final class Ranker {
    static final String RESOURCE = "ranker.model";
    /** The probability from which a candidate's label becomes a claim (above one half: precision first). */
    static final double THRESHOLD = Double.parseDouble(System.getProperty("basewatch.ranker.threshold", "0.5"));
    /** The probability from which a reading the rules also give becomes a claim: the model confirms the rules. */
    static final double CONFIRM = Double.parseDouble(System.getProperty("basewatch.ranker.confirm", "0.5"));

    /** A status and modality with its probability. */
    record Decision(StatusReading.Reading reading, double probability) {
    }

    private final List<StatusReading.Reading> labels;
    private final double[] bias;
    private final Map<String, double[]> weights;

    Ranker(List<StatusReading.Reading> labels, double[] bias, Map<String, double[]> weights) {
        this.labels = List.copyOf(labels);
        this.bias = bias.clone();
        this.weights = weights;
    }

    /** Every status and modality pair, in a fixed order: the labels a model scores. */
    static List<StatusReading.Reading> allLabels() {
        List<StatusReading.Reading> out = new ArrayList<>();
        for (Status s : Status.values()) {
            for (Modality m : Modality.values()) {
                out.add(new StatusReading.Reading(s, m));
            }
        }
        return out;
    }

    /** The shipped model, or null when there is none. */
    static Ranker load() {
        try (InputStream in = Ranker.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<StatusReading.Reading> labels() {
        return labels;
    }

    /** The probability of every label for these features. */
    double[] probabilities(List<String> features) {
        double[] z = bias.clone();
        for (String f : features) {
            double[] w = weights.get(f);
            if (w != null) {
                for (int l = 0; l < z.length; l++) {
                    z[l] += w[l];
                }
            }
        }
        for (int l = 0; l < z.length; l++) {
            z[l] = 1 / (1 + Math.exp(-z[l]));
        }
        return z;
    }

    /**
     * The claims a candidate makes: the labels at or above {@link #THRESHOLD}, and the readings of the
     * rules at or above {@link #CONFIRM}, most probable first.
     */
    List<Decision> decide(List<String> features, List<StatusReading.Reading> ruleReadings) {
        double[] p = probabilities(features);
        List<Decision> out = new ArrayList<>();
        for (int l = 0; l < p.length; l++) {
            if (p[l] >= THRESHOLD || ruleReadings.contains(labels.get(l)) && p[l] >= CONFIRM) {
                out.add(new Decision(labels.get(l), p[l]));
            }
        }
        out.sort((a, b) -> Double.compare(b.probability(), a.probability()));
        return out;
    }

    /**
     * The model as text: a line of labels, a line of biases, then one line per feature with its
     * weight for each label (weights too small to matter are written as 0).
     */
    void write(Writer out) throws IOException {
        out.write("# basewatch claim ranker: one logistic regression per label over CandidateFeatures (see RankerTraining)\n");
        StringBuilder sb = new StringBuilder("labels");
        for (StatusReading.Reading l : labels) {
            sb.append('\t').append(l.status()).append('/').append(l.modality());
        }
        out.write(sb.append('\n').toString());
        out.write("bias" + numbers(bias) + "\n");
        List<String> names = new ArrayList<>(weights.keySet());
        names.sort(null);
        for (String name : names) {
            out.write("f\t" + name + numbers(weights.get(name)) + "\n");
        }
    }

    private static String numbers(double[] values) {
        StringBuilder sb = new StringBuilder();
        for (double v : values) {
            sb.append('\t').append(Math.abs(v) < 1e-4 ? "0" : String.format(Locale.ROOT, "%.4f", v));
        }
        return sb.toString();
    }

    static Ranker read(BufferedReader in) throws IOException {
        List<StatusReading.Reading> labels = new ArrayList<>();
        double[] bias = null;
        Map<String, double[]> weights = new HashMap<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t");
            switch (parts[0]) {
                case "labels" -> {
                    for (int i = 1; i < parts.length; i++) {
                        String[] sm = parts[i].split("/");
                        labels.add(new StatusReading.Reading(Status.valueOf(sm[0]), Modality.valueOf(sm[1])));
                    }
                }
                case "bias" -> bias = parse(parts, 1);
                case "f" -> weights.put(parts[1], parse(parts, 2));
                default -> throw new IOException("unreadable model line: " + line);
            }
        }
        if (bias == null || labels.size() != bias.length) {
            throw new IOException("a model needs its labels and one bias per label");
        }
        return new Ranker(labels, bias, weights);
    }

    private static double[] parse(String[] parts, int from) {
        double[] out = new double[parts.length - from];
        for (int i = from; i < parts.length; i++) {
            out[i - from] = Double.parseDouble(parts[i]);
        }
        return out;
    }
}
