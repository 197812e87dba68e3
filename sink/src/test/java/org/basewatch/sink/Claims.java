package org.basewatch.sink;

import org.basewatch.contracts.Claim;
import org.basewatch.contracts.DatePrecision;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.Status;

/** Builds claims for sink tests. */
public final class Claims {
    private Claims() {
    }

    public static Claim claim(String article, String place, Status status, Modality modality, String eventDate) {
        return claim(article, place, status, modality, eventDate, 0.8);
    }

    public static Claim claim(String article, String place, Status status, Modality modality, String eventDate, double confidence) {
        DatePrecision precision = eventDate == null ? null
                : eventDate.length() == 4 ? DatePrecision.YEAR : eventDate.length() == 7 ? DatePrecision.MONTH : DatePrecision.DAY;
        return new Claim(article, place, status, modality, eventDate, precision, "evidence of " + article, 0, 10,
                confidence, null, article, "outlet-" + article, 1, null);
    }
}
