package org.basewatch.processor.extract;

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
    static final double THRESHOLD = Double.parseDouble(System.getProperty("basewatch.ranker.threshold", "0.35"));

    private final double bias;
    private final Map<String, Double> weights;

    Ranker(double bias, Map<String, Double> weights) {
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

    /** The probability that the reading these features describe is a claim of the text. */
    double probability(List<String> features) {
        double z = bias;
        for (String f : features) {
            Double w = weights.get(f);
            if (w != null) {
                z += w;
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The weight of one feature, or null when the model does not know it. */
    Double weight(String feature) {
        return weights.get(feature);
    }

    /** The model as text: the bias, then one line per feature with its weight (weights too small to matter left out). */
    void write(Writer out) throws IOException {
        out.write("# basewatch claim ranker: logistic regression over CandidateFeatures (see RankerTraining)\n");
        out.write("bias\t" + String.format(Locale.ROOT, "%.4f", bias) + "\n");
        List<String> names = new ArrayList<>(weights.keySet());
        names.sort(null);
        for (String name : names) {
            double w = weights.get(name);
            if (Math.abs(w) >= 1e-4) {
                out.write("f\t" + name + "\t" + String.format(Locale.ROOT, "%.4f", w) + "\n");
            }
        }
    }

    static Ranker read(BufferedReader in) throws IOException {
        Double bias = null;
        Map<String, Double> weights = new HashMap<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t");
            switch (parts[0]) {
                case "bias" -> bias = Double.parseDouble(parts[1]);
                case "f" -> weights.put(parts[1], Double.parseDouble(parts[2]));
                default -> throw new IOException("unreadable model line: " + line);
            }
        }
        if (bias == null) {
            throw new IOException("a model needs its bias");
        }
        return new Ranker(bias, weights);
    }
}
