package org.basewatch.app.dlq;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Dead letters counted by reason, with the first few of each as examples an operator can look up. */
public final class DeadLetterSummary {
    /** One reason: how many records, and up to {@link #EXAMPLES} of them as {@code partition/offset key: detail}. */
    public record Reason(String reason, int count, List<String> examples) {
    }

    public static final int EXAMPLES = 3;
    private static final int DETAIL_CHARS = 100;
    private static final String UNKNOWN = "(no reason)";

    private DeadLetterSummary() {
    }

    public static List<Reason> byReason(List<DeadLetter> letters) {
        Map<String, List<DeadLetter>> grouped = new TreeMap<>();
        for (DeadLetter d : letters) {
            grouped.computeIfAbsent(d.reason() == null ? UNKNOWN : d.reason(), r -> new ArrayList<>()).add(d);
        }
        List<Reason> out = new ArrayList<>();
        grouped.forEach((reason, list) -> out.add(new Reason(reason, list.size(),
                list.stream().limit(EXAMPLES).map(DeadLetterSummary::example).toList())));
        return out;
    }

    private static String example(DeadLetter d) {
        String detail = d.detail() == null ? "" : d.detail();
        if (detail.length() > DETAIL_CHARS) {
            detail = detail.substring(0, DETAIL_CHARS) + "…";
        }
        return d.partition() + "/" + d.offset() + " " + (d.key() == null ? "(no key)" : d.key()) + ": " + detail;
    }

    public static String format(List<Reason> reasons) {
        StringBuilder out = new StringBuilder();
        for (Reason r : reasons) {
            out.append(String.format("%-24s %6d%n", r.reason(), r.count()));
            r.examples().forEach(e -> out.append("    ").append(e).append('\n'));
        }
        return out.isEmpty() ? "no dead letters\n" : out.toString();
    }
}
