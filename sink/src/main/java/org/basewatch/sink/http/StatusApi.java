package org.basewatch.sink.http;

import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Evidence;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.contracts.Places;
import org.basewatch.sink.db.StatusTableStore;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The handlers of the status API: the table now or as of a past day, a place's claims and the evidence behind its
 * row, the status changes, and the gazetteer that names the places.
 */
final class StatusApi {
    private final StatusTableStore store;
    private final ArticleShelf articles;

    StatusApi(StatusTableStore store, ArticleShelf articles) {
        this.store = store;
        this.articles = articles;
    }

    List<PlaceStatus> places(String asOf) {
        LocalDate day = asOf(asOf);
        if (day == null) {
            return store.places();
        }
        return store.places().stream()
                .map(row -> PastStatus.asOf(row.place(), day, store::history))
                .flatMap(Optional::stream)
                .toList();
    }

    PlaceStatus place(String id, String asOf) {
        PlaceStatus row = store.place(id).orElseThrow(() -> unknown(id));
        LocalDate day = asOf(asOf);
        if (day == null) {
            return row;
        }
        return PastStatus.asOf(id, day, store::history)
                .orElseThrow(() -> new ApiException(404, "no claim about " + id + " dated on or before " + day));
    }

    List<Claim> history(String id) {
        List<Claim> claims = store.history(id);
        if (claims.isEmpty() && store.place(id).isEmpty()) {
            throw unknown(id);
        }
        return claims;
    }

    /**
     * Every statement about {@code id} once, with its article and sentence: the place's own claims and the evidence
     * its row cites (the claims of the scopes it inherits from, and what its verdict weighed).
     */
    List<Quote> evidence(String id) {
        PlaceStatus row = store.place(id).orElse(null);
        List<Claim> claims = store.history(id);
        if (row == null && claims.isEmpty()) {
            throw unknown(id);
        }
        List<Evidence> all = new ArrayList<>();
        claims.forEach(c -> all.add(Evidence.of(c)));
        if (row != null) {
            all.addAll(row.evidence() == null ? List.of() : row.evidence());
            if (row.why() != null) {
                all.addAll(row.why().carried());
                all.addAll(row.why().overruled());
            }
        }
        return Quotes.of(all, articles);
    }

    /** The places of the table with their names, kinds and scopes, in the gazetteer's order. */
    List<GazetteerPlace> gazetteer() {
        return Places.all().stream().map(GazetteerPlace::of).toList();
    }

    /** A page of the changes {@code query} asks for, oldest effective date first (undated last), then by place. */
    ChangeQuery.Page changes(ChangeQuery query) {
        return query.page(query.place() == null ? store.changes() : store.changes(query.place()));
    }

    private static ApiException unknown(String id) {
        return new ApiException(404, "unknown place: " + id);
    }

    /** The {@code asOf} day asked for, or null for the table as it stands now. */
    private static LocalDate asOf(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ApiException(400, "asOf must be a date YYYY-MM-DD, got: " + text);
        }
    }
}
