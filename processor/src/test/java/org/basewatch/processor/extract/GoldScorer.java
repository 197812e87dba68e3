package org.basewatch.processor.extract;

import org.basewatch.contracts.Claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring rules of {@code shared/eval/score} in Java: predictions deduplicated by article, place,
 * status and modality (the first one kept); a prediction is right when it matches any gold line of its
 * article (list fields are alternatives); recall over required gold lines; a date is right when the
 * predicted date starts with the gold one.
 */
final class GoldScorer {
    record Score(int predicted, int correct, int required, int found, int dated, int datesRight) {
        double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        double recall() {
            return required == 0 ? 0 : (double) found / required;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double dateAccuracy() {
            return dated == 0 ? 0 : (double) datesRight / dated;
        }

        @Override
        public String toString() {
            return String.format("precision=%.3f recall=%.3f f1=%.3f date_accuracy=%.3f (%d/%d right, %d/%d required)",
                    precision(), recall(), f1(), dateAccuracy(), correct, predicted, found, required);
        }
    }

    private GoldScorer() {
    }

    static Score score(List<Map<String, Object>> gold, Collection<Claim> predictions) {
        Map<String, Claim> preds = new LinkedHashMap<>();
        for (Claim c : predictions) {
            preds.putIfAbsent(c.articleId() + "|" + c.place() + "|" + c.status() + "|" + c.modality(), c);
        }
        int correct = 0;
        for (Claim c : preds.values()) {
            if (gold.stream().anyMatch(g -> matches(g, c))) {
                correct++;
            }
        }
        List<Map<String, Object>> required = new ArrayList<>();
        for (Map<String, Object> g : gold) {
            if (!Boolean.FALSE.equals(g.get("required"))) {
                required.add(g);
            }
        }
        int found = 0;
        int dated = 0;
        int datesRight = 0;
        for (Map<String, Object> g : required) {
            Claim hit = preds.values().stream().filter(c -> matches(g, c)).findFirst().orElse(null);
            if (hit == null) {
                continue;
            }
            found++;
            Object date = g.get("eventDate");
            if (date != null && !date.toString().isEmpty()) {
                dated++;
                if (hit.eventDate() != null && hit.eventDate().startsWith(date.toString())) {
                    datesRight++;
                }
            }
        }
        return new Score(preds.size(), correct, required.size(), found, dated, datesRight);
    }

    private static boolean matches(Map<String, Object> g, Claim c) {
        return c.articleId().equals(g.get("article"))
                && accepts(g.get("place"), c.place())
                && accepts(g.get("status"), c.status() == null ? null : c.status().name())
                && accepts(g.get("modality"), c.modality() == null ? null : c.modality().name());
    }

    private static boolean accepts(Object gold, String value) {
        if (gold instanceof List<?> list) {
            return list.contains(value);
        }
        return gold != null && gold.equals(value);
    }
}
