package org.basewatch.contracts;

import java.util.List;

/**
 * Why a status row says what it says: the rule's verdict in one sentence, the evidence that carried the
 * current status and the contrary evidence it overruled (a disputed row has some).
 */
public record Why(String summary, List<Evidence> carried, List<Evidence> overruled) {
    public Why {
        carried = carried == null ? List.of() : List.copyOf(carried);
        overruled = overruled == null ? List.of() : List.copyOf(overruled);
    }
}
