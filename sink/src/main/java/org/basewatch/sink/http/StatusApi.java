package org.basewatch.sink.http;

import io.javalin.http.Context;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.PlaceStatus;
import org.basewatch.sink.db.StatusTableStore;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** The handlers of the status API: the table now or as of a past day, a place's claims, the status changes. */
final class StatusApi {
    private final StatusTableStore store;

    StatusApi(StatusTableStore store) {
        this.store = store;
    }

    void places(Context ctx) {
        LocalDate day = asOf(ctx);
        if (day == null) {
            ctx.json(store.places());
            return;
        }
        List<PlaceStatus> past = store.places().stream()
                .map(row -> PastStatus.asOf(row.place(), day, store::history))
                .flatMap(Optional::stream)
                .toList();
        ctx.json(past);
    }

    void place(Context ctx) {
        String id = ctx.pathParam("id");
        PlaceStatus row = store.place(id).orElseThrow(() -> unknown(id));
        LocalDate day = asOf(ctx);
        if (day == null) {
            ctx.json(row);
            return;
        }
        ctx.json(PastStatus.asOf(id, day, store::history)
                .orElseThrow(() -> new ApiException(404, "no claim about " + id + " dated on or before " + day)));
    }

    void history(Context ctx) {
        String id = ctx.pathParam("id");
        List<Claim> claims = store.history(id);
        if (claims.isEmpty() && store.place(id).isEmpty()) {
            throw unknown(id);
        }
        ctx.json(claims);
    }

    void changes(Context ctx) {
        ctx.json(store.changes());
    }

    private static ApiException unknown(String id) {
        return new ApiException(404, "unknown place: " + id);
    }

    /** The {@code asOf} day asked for, or null for the table as it stands now. */
    private static LocalDate asOf(Context ctx) {
        String text = ctx.queryParam("asOf");
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
