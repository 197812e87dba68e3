package org.basewatch.contracts;

import java.util.Objects;

/**
 * Which version of an article a claim was read from: when that version came in ({@code at}, epoch milliseconds of
 * its record) and a hash of its content. The same content is the same revision whenever it comes again; a
 * different content under the same article id is a correction, and the later one replaces the earlier one's
 * claims, as news agencies' corrections do.
 */
public record Revision(long at, String hash) {

    /**
     * Whether this revision replaces {@code other}: a different content that came later (ties broken by hash, so
     * every reader agrees); any revision replaces none (a claim from a producer that sends no revision).
     */
    public boolean supersedes(Revision other) {
        if (other == null) {
            return true;
        }
        if (sameContent(other)) {
            return false;
        }
        return at != other.at ? at > other.at : String.valueOf(hash).compareTo(String.valueOf(other.hash)) > 0;
    }

    public boolean sameContent(Revision other) {
        return other != null && Objects.equals(hash, other.hash);
    }
}
