package org.basewatch.processor.extract;

import org.basewatch.contracts.Modality;
import org.basewatch.contracts.Place;
import org.basewatch.contracts.Places;

import java.util.List;

/**
 * Finds the place of a frame whose clause names none: "القاعدة", "the base", "منها", "فيها" stand for
 * the base named last before them (within a few sentences); a statement about the coalition's
 * presence as a whole — a demand, a denial, a plan, the end of the combat mission — is about the
 * country when its sentence names no other place of the table.
 */
final class Referents {
    /** How many tokens from its predicate an anaphor may stand. */
    static final int ANAPHOR_REACH = 6;
    /** How many sentences back the base an anaphor stands for may be named. */
    static final int SENTENCES_BACK = 3;

    private Referents() {
    }

    /** The roles an anaphor gives {@code f}, or an empty list. */
    static List<Frame.Role> anaphora(Frame f, ArticleReading r) {
        Cue p = f.predicate();
        Cue anaphor = null;
        for (Cue c : r.cues(f.clause())) {
            if (c.kind() == CueKind.ANAPHOR && (c.first() >= p.end() && c.first() - p.last() <= ANAPHOR_REACH
                    || c.end() <= p.first() && p.first() - c.last() <= ANAPHOR_REACH)) {
                anaphor = c;
                break;
            }
        }
        if (anaphor == null) {
            return List.of();
        }
        int earliestSentence = Math.max(0, f.sentenceIndex() - SENTENCES_BACK);
        int from = r.sentences().get(earliestSentence).first();
        PlaceMention base = null;
        for (PlaceMention m : r.places()) {
            if (m.first() >= anaphor.first()) {
                break;
            }
            if (m.first() >= from && m.kind() == Place.Kind.BASE) {
                base = m;
            }
        }
        if (base == null) {
            return List.of();
        }
        return List.of(new Frame.Role(base, direction(r, anaphor), false));
    }

    private static Direction direction(ArticleReading r, Cue anaphor) {
        String form = r.text().token(anaphor.first()).form();
        if (form.endsWith("منها")) {
            return Direction.FROM;
        }
        if (form.endsWith("اليها")) {
            return Direction.TO;
        }
        if (form.endsWith("فيها")) {
            return Direction.AT;
        }
        return Direction.of(r.text(), anaphor.first());
    }

    /** The country, for a national statement whose sentence names no place; an empty list otherwise. */
    static List<Frame.Role> country(Frame f, ArticleReading r, Modality modality) {
        CueKind k = f.predicate().kind();
        boolean national = k == CueKind.END_COMBAT
                || (k.isDeparture() || k == CueKind.PRESENCE) && (modality == Modality.DEMANDED || modality == Modality.DENIED)
                || k.isDeparture() && modality == Modality.PLANNED;
        if (!national || r.places(f.sentence()).stream().anyMatch(p -> p.isTracked() && !p.place().equals(Places.IRAQ))) {
            return List.of();
        }
        Cue p = f.predicate();
        return List.of(new Frame.Role(new PlaceMention(Places.IRAQ, Place.Kind.COUNTRY, p.first(), p.end(), false),
                Direction.DIRECT, false));
    }
}
