package org.basewatch.contracts;

import java.util.List;

/**
 * A place of the gazetteer ({@code places.json}): its id, kind, display names, the scope it sits in
 * (null for the country and for places outside the table), and the names news uses for it.
 */
public record Place(String id, Kind kind, String arabic, String english, String parent,
                    List<String> names, List<String> weakNames) {

    public enum Kind {
        COUNTRY, REGION, GOVERNORATE, BASE,
        /** Outside the country followed: a move there says nothing about presence in it. */
        ELSEWHERE,
        /** Phrases holding a place name that name something else (a government, a faction, a mission). */
        NOT_A_PLACE;

        /** Whether places of this kind have a row in the status table. */
        public boolean isTracked() {
            return this == COUNTRY || this == REGION || this == GOVERNORATE || this == BASE;
        }
    }

    public Place {
        names = names == null ? List.of() : List.copyOf(names);
        weakNames = weakNames == null ? List.of() : List.copyOf(weakNames);
    }
}
