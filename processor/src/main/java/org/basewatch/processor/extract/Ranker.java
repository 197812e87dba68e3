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
 * Decides whether a reading the rules give a candidate is a claim, and how sure: a logistic
 * regression over {@link CandidateFeatures} (what the frame looked like, and which status and
 * modality it is read as), trained on annotated articles ({@code RankerTraining} in the tests) and
 * shipped as {@code ranker.model}. The rules decide what a frame can mean; the model only weighs
 * whether that reading holds, so that on language unlike its training articles the extractor still
 * reads as the rules do. A reading becomes a claim when its probability reaches {@link #THRESHOLD};
 * the probability is the claim's confidence.
 */
final class Ranker {
    static final String RESOURCE = "ranker.model";
    /** The probability from which a reading becomes a claim. */
    static final double THRESHOLD = Double.parseDouble(System.getProperty("basewatch.ranker.threshold", "0.15"));

    /** Where a feature's weights for a reading's status and modality sit after its own weight. */
    static final int STATUS_AT = 1;
    static final int MODALITY_AT = STATUS_AT + Status.values().length;
    static final int WIDTH = MODALITY_AT + Modality.values().length;

    private final double bias;
    /** Per feature: its own weight, then its weight joined with each status, then with each modality. */
    private final Map<String, double[]> weights;

    Ranker(double bias, Map<String, double[]> weights) {
        this.bias = bias;
        this.weights = Map.copyOf(weights);
    }

    /** The shipped model, or null when there is none. */
    static Ranker load() {
        try (InputStream in = Ranker.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The probability that {@code reading} of a candidate with these features is a claim of the text:
     * each feature weighs by itself, joined with the reading's status and joined with its modality, so
     * that a word before the predicate can weigh for a denial and against a fact.
     */
    double probability(List<String> features, StatusReading.Reading reading) {
        int st = STATUS_AT + reading.status().ordinal();
        int mo = MODALITY_AT + reading.modality().ordinal();
        double[] r = weights.get(READING);
        double z = bias + (r == null ? 0 : r[st] + r[mo]);
        for (String f : features) {
            double[] w = weights.get(f);
            if (w != null) {
                z += w[0] + w[st] + w[mo];
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The feature every candidate has, whose joined weights are the readings' own. */
    static final String READING = "reading";

    /** The weights of one feature, or null when the model does not know it. */
    double[] weight(String feature) {
        return weights.get(feature);
    }

    /**
     * The model as text: the bias, then one line per feature with its own weight, its weights joined with
     * each status and with each modality (in the order of {@code Status} and {@code Modality}).
     */
    void write(Writer out) throws IOException {
        out.write("# basewatch claim ranker: logistic regression over CandidateFeatures (see RankerTraining)\n");
        out.write("# columns: feature, own weight, joined with PRESENT ADVISORY_ONLY WITHDRAWING WITHDRAWN, "
                + "joined with ASSERTED PLANNED DENIED DEMANDED\n");
        out.write("bias\t" + String.format(Locale.ROOT, "%.4f", bias) + "\n");
        List<String> names = new ArrayList<>(weights.keySet());
        names.sort(null);
        for (String name : names) {
            StringBuilder sb = new StringBuilder("f\t").append(name);
            boolean any = false;
            for (double w : weights.get(name)) {
                any |= Math.abs(w) >= 1e-4;
                sb.append('\t').append(Math.abs(w) < 1e-4 ? "0" : String.format(Locale.ROOT, "%.4f", w));
            }
            if (any) {
                out.write(sb.append('\n').toString());
            }
        }
    }

    static Ranker read(BufferedReader in) throws IOException {
        Double bias = null;
        Map<String, double[]> weights = new HashMap<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t");
            switch (parts[0]) {
                case "bias" -> bias = Double.parseDouble(parts[1]);
                case "f" -> {
                    double[] w = new double[WIDTH];
                    for (int i = 0; i < WIDTH; i++) {
                        w[i] = Double.parseDouble(parts[2 + i]);
                    }
                    weights.put(parts[1], w);
                }
                default -> throw new IOException("unreadable model line: " + line);
            }
        }
        if (bias == null) {
            throw new IOException("a model needs its bias");
        }
        return new Ranker(bias, weights);
    }
}
