package org.basewatch.processor.extract;

import org.basewatch.contracts.Modality;
import org.basewatch.contracts.Place;
import org.basewatch.contracts.Places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds the place of a frame whose clause names none. "القاعدة", "the base", "منها", "فيها" stand for
 * the base named last before them (within a few sentences); "إليها" and "there", where forces went or
 * are, skip a base the sentence says they left ("… من عين الأسد … نقل القوات إليها" is Harir, named
 * before). "هذه المواقع", "these bases" stand for every base the sentence named before them. A
 * statement about the coalition's presence as a whole — a demand, a denial, a plan, the end of the
 * combat mission — is about the country when no other place of the table stands near its predicate.
 */
final class Referents {
    /** How many tokens from its predicate an anaphor may stand. */
    static final int ANAPHOR_REACH = 10;
    /** How many sentences back the base an anaphor stands for may be named. */
    static final int SENTENCES_BACK = 3;
    /** How many tokens after a departure a base counts as left. */
    static final int DEPARTED_REACH = 20;
    /** How far before "حيث"/"where" its place may be named. */
    static final int WHERE_REACH = 6;
    private static final Set<String> RELATIVE = Set.copyOf(List.of("حيث", "where", "which", "التي", "الذي"));
    private static final Set<String> PLURALS = Set.copyOf(List.of("هذه المواقع", "هذه القواعد", "القاعدتين", "القاعدتان", "these bases",
            "these sites", "both bases", "the two bases"));

    /** Anaphors that stand only for a base at an airport ("المطار", "the airport"). */
    private static final Set<String> AIRPORTS = Set.copyOf(List.of("المطار", "the airport"));

    private Referents() {
    }

    /** The roles an anaphor gives {@code f}, or an empty list. */
    static List<Frame.Role> anaphora(Frame f, ArticleReading r, List<Candidate> earlier) {
        Cue p = f.predicate();
        Cue anaphor = null;
        for (Cue c : r.cues(f.clause())) {
            // after the predicate, before it, or part of it ("still there" is a presence and its place)
            if (c.kind() == CueKind.ANAPHOR && (c.first() >= p.end() && c.first() - p.last() <= ANAPHOR_REACH
                    || c.end() <= p.first() && p.first() - c.last() <= ANAPHOR_REACH
                    || c.first() < p.end() && c.end() > p.first())
                    && (anaphor == null || rank(c) < rank(anaphor))) {
                anaphor = c;
            }
        }
        if (anaphor == null) {
            return List.of();
        }
        Direction d = direction(r, anaphor);
        int from = r.sentences().get(Math.max(0, f.sentenceIndex() - SENTENCES_BACK)).first();
        if (PLURALS.contains(anaphor.entry())) {
            return plural(f, r, anaphor, d);
        }
        if (RELATIVE.contains(anaphor.entry())) {
            return where(r, anaphor);
        }
        boolean arrival = d == Direction.TO || d == Direction.AT;
        // "the handover of the camp" is of a camp forces are at, not of one they were heading to
        boolean departure = f.predicate().kind().isDeparture() && d != Direction.TO;
        boolean airport = AIRPORTS.contains(anaphor.entry());
        PlaceMention base = null;
        for (PlaceMention m : namedBases(r)) {
            if (m.first() >= anaphor.first()) {
                break;
            }
            if (m.first() >= from && !(arrival && isDeparted(r, m)) && (!airport || isAirport(m.place()))
                    && !(departure && Direction.of(r.text(), m.first()) == Direction.TO)) {
                base = m;
            }
        }
        if (base == null) {
            base = chained(f, earlier, from, arrival);
        }
        return base == null ? List.of() : List.of(new Frame.Role(base, d, false));
    }

    /**
     * The base an earlier anaphor in reach stood for, when no base is named in reach: "… near Erbil airport. …
     * evacuated from the base. … The coalition forces are still there": "there" is the base "the base" was.
     */
    private static PlaceMention chained(Frame f, List<Candidate> earlier, int from, boolean arrival) {
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Candidate c = earlier.get(k);
            if (c.frame().sentence().first() < from) {
                break;
            }
            if (c.found() == Candidate.Found.ANAPHOR && c.role().place().kind() == Place.Kind.BASE && !c.role().exception()
                    && !(arrival && c.frame().predicate().kind().isDeparture() && c.stance() != null
                    && c.stance().modality() == Modality.ASSERTED && !c.stance().negated())) {
                return c.role().place();
            }
        }
        return null;
    }

    /** Whether a base is at an airport: one of its names says so ("مطار أربيل", "Baghdad airport"). */
    private static boolean isAirport(String place) {
        Place p = Places.get(place);
        return p != null && p.names().stream().anyMatch(n -> n.contains("مطار") || n.contains("airport"));
    }

    /**
     * The bases an anaphor may stand for, by position: those the claims are about, and those named
     * only to say where something happened ("a drone was shot down near Erbil airport … the base").
     */
    private static List<PlaceMention> namedBases(ArticleReading r) {
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention m : r.places()) {
            if (m.kind() == Place.Kind.BASE) {
                out.add(m);
            }
        }
        for (PlaceMention m : r.locations()) {
            if (m.kind() == Place.Kind.BASE && !m.weak()) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(PlaceMention::first));
        return out;
    }

    /**
     * Which of two anaphors in reach speaks for the frame: a pronoun that says its direction ("إليها",
     * "منها", "فيها") before a noun ("القاعدة", "the base"), before a relative ("حيث", "which"), which in
     * Arabic is as often "as" or "since" as "where".
     */
    private static int rank(Cue anaphor) {
        String e = anaphor.entry();
        if (e.equals("اليها") || e.equals("منها") || e.equals("فيها")) {
            return 0;
        }
        return RELATIVE.contains(e) ? 2 : 1;
    }

    /** "قاعدة عين الأسد، حيث تتمركز القوات", "Erbil, where they are based": the place named right before. */
    private static List<Frame.Role> where(ArticleReading r, Cue anaphor) {
        PlaceMention before = null;
        int index = -1;
        for (PlaceMention m : r.places()) {
            if (m.first() >= anaphor.first()) {
                break;
            }
            before = m;
            index++;
        }
        // "where" may follow the place's own location ("عين الأسد في قضاء البغدادي غربي الأنبار، حيث"), "which" the place itself
        boolean where = anaphor.entry().equals("حيث") || anaphor.entry().equals("where");
        if (where) {
            // "near Harir air base, northeast of Irbil, where … are stationed": a base named as where something happened
            PlaceMention base = last(namedBases(r), anaphor.first());
            if (base != null && (before == null || base.first() > before.first())) {
                before = base;
                index = -1;
            }
        }
        if (before == null || !before.isTracked() || (where ? wordsBetween(r, before.end(), anaphor.first()) : anaphor.first() - before.last()) > WHERE_REACH) {
            return List.of();
        }
        // "قاعدة عين الأسد وموقع التحالف قرب مطار بغداد، حيث يتمركز": every place of the list before it
        Direction d = direction(r, anaphor);
        List<Frame.Role> out = new ArrayList<>();
        out.add(new Frame.Role(before, d, false));
        for (int k = index; k > 0 && Frames.listed(r, r.places().get(k - 1), r.places().get(k)); k--) {
            out.add(0, new Frame.Role(r.places().get(k - 1), d, false));
        }
        return out;
    }

    /** The last of {@code mentions} (by position) that begins before {@code token}, or null. */
    private static PlaceMention last(List<PlaceMention> mentions, int token) {
        PlaceMention out = null;
        for (PlaceMention m : mentions) {
            if (m.first() < token) {
                out = m;
            }
        }
        return out;
    }

    /** The words from {@code from} to {@code to}, less marks and the names that only say where a place lies. */
    private static int wordsBetween(ArticleReading r, int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            int token = i;
            if (r.text().token(i).kind() != Token.Kind.PUNCT
                    && r.locations().stream().noneMatch(m -> m.first() <= token && token < m.end())) {
                words++;
            }
        }
        return words;
    }

    /** Every base named in the anaphor's sentence before it, else in the sentence before. */
    private static List<Frame.Role> plural(Frame f, ArticleReading r, Cue anaphor, Direction d) {
        List<Frame.Role> out = new ArrayList<>();
        for (int si = f.sentenceIndex(); si >= Math.max(0, f.sentenceIndex() - 1) && out.isEmpty(); si--) {
            Span s = r.sentences().get(si);
            for (PlaceMention m : r.places(s)) {
                if (m.first() < anaphor.first() && m.kind() == Place.Kind.BASE
                        && out.stream().noneMatch(o -> o.place().place().equals(m.place()))) {
                    out.add(new Frame.Role(m, d, false));
                }
            }
        }
        return out;
    }

    /** A base after a departure in its sentence ("الانسحاب الكامل للقوات … في قاعدة عين الأسد"): forces left it. */
    private static boolean isDeparted(ArticleReading r, PlaceMention m) {
        int si = r.sentenceOf(m.first());
        int from = si < 0 ? 0 : r.sentences().get(si).first();
        for (Cue c : r.cues(new Span(Math.max(from, m.first() - DEPARTED_REACH), m.first()))) {
            if (c.kind().isDeparture() && !denied(r, from, c)) {
                return true;
            }
        }
        return false;
    }

    /** "ينفي الأنباء عن انسحاب القوات من قاعدة عين الأسد": a departure denied before it in its sentence left nothing. */
    private static boolean denied(ArticleReading r, int sentenceFirst, Cue departure) {
        return r.has(CueKind.DENY, sentenceFirst, departure.first()) || r.has(CueKind.NEGATION, sentenceFirst, departure.first());
    }

    private static Direction direction(ArticleReading r, Cue anaphor) {
        String form = r.text().token(anaphor.first()).form();
        if (form.endsWith("منها")) {
            return Direction.FROM;
        }
        if (form.endsWith("اليها")) {
            return Direction.TO;
        }
        if (form.endsWith("فيها") || anaphor.entry().equals("حيث") || anaphor.entry().equals("where")
                || anaphor.entry().contains("there")) {
            return Direction.AT;
        }
        if (RELATIVE.contains(anaphor.entry())) {
            return Direction.DIRECT; // "Al-Asad air base, which the US left in January"
        }
        return Direction.of(r.text(), anaphor.first());
    }

    /**
     * The rest of the country beside its exceptions: "no adviser in any Iraqi base except Harir and the
     * Erbil airport" speaks of the federal areas when every exception lies in the Kurdistan Region
     * (of the country otherwise). Returns {@code roles} with that place added, or with the country
     * narrowed to it; unchanged when no role is an exception.
     */
    static List<Frame.Role> besideExceptions(Frame f, List<Frame.Role> roles) {
        List<Frame.Role> exceptions = roles.stream().filter(Frame.Role::exception).toList();
        if (exceptions.isEmpty() || exceptions.size() == roles.size() && !rest(f)) {
            return roles;
        }
        boolean allInKurdistan = exceptions.stream().allMatch(e -> Places.within(e.place().place(), Places.KURDISTAN)
                || e.place().place().equals(Places.KURDISTAN));
        String restPlace = allInKurdistan ? Places.FEDERAL : Places.IRAQ;
        List<Frame.Role> out = new ArrayList<>();
        boolean hasRest = false;
        for (Frame.Role role : roles) {
            if (!role.exception() && role.place().place().equals(Places.IRAQ)) {
                role = new Frame.Role(new PlaceMention(restPlace, Place.Kind.REGION, role.place().first(), role.place().end(),
                        role.place().weak()), role.direction(), false);
            }
            hasRest |= !role.exception();
            out.add(role);
        }
        if (!hasRest) {
            Cue p = f.predicate();
            out.add(new Frame.Role(new PlaceMention(restPlace, allInKurdistan ? Place.Kind.REGION : Place.Kind.COUNTRY,
                    p.first(), p.end(), false), Direction.DIRECT, false));
        }
        return out;
    }

    /**
     * Whether another predicate stands between {@code pred} and the place: "انتهاء المهام القتالية للتحالف،
     * لتبقى عين الأسد وحرير مواقع لمستشارين" — the bases are where advisers stay; the end of combat is national.
     */
    private static boolean behindAnother(ArticleReading r, Cue pred, PlaceMention place) {
        int from = Math.min(pred.end(), place.end());
        int to = Math.max(pred.first(), place.first());
        return r.cues(new Span(from, to)).stream().anyMatch(c -> c != pred && c.kind().isPredicate());
    }

    /** Whether the frame says where forces are not: an absence, a negated presence or a departure. */
    private static boolean rest(Frame f) {
        CueKind k = f.predicate().kind();
        return k == CueKind.ABSENCE || k == CueKind.PRESENCE || k.isDeparture();
    }

    /** The country, for a national statement with no other place of the table near its predicate; an empty list otherwise. */
    static List<Frame.Role> country(Frame f, ArticleReading r, Modality modality) {
        CueKind k = f.predicate().kind();
        boolean national = k == CueKind.END_COMBAT
                || (k.isDeparture() || k == CueKind.PRESENCE) && (modality == Modality.DEMANDED || modality == Modality.DENIED)
                || k.isDeparture() && modality == Modality.PLANNED;
        Cue pred = f.predicate();
        if (!national || r.places(f.clause()).stream().anyMatch(p -> p.isTracked() && !p.place().equals(Places.IRAQ)
                && Math.abs(p.first() - pred.first()) <= Frames.PREDICATE_REACH
                && !(k == CueKind.END_COMBAT && behindAnother(r, pred, p)))) {
            return List.of();
        }
        if (k == CueKind.PRESENCE && modality == Modality.DEMANDED && speaksForKurdistan(f, r)) {
            // "الإقليم يريد بقاء الأمريكيين", "Kurdish leaders want the coalition to stay": they want them where they speak for
            return List.of(new Frame.Role(new PlaceMention(Places.KURDISTAN, Place.Kind.REGION, pred.first(), pred.end(), false),
                    Direction.DIRECT, false));
        }
        return List.of(new Frame.Role(new PlaceMention(Places.IRAQ, Place.Kind.COUNTRY, pred.first(), pred.end(), false),
                Direction.DIRECT, false));
    }

    /** Words that name the Kurdistan Region's government, parties or leaders as the ones who speak. */
    private static final Set<String> KURDISH = Set.of("الاقليم", "اقليم", "كردستان", "كوردستان", "الكردستاني", "الكوردستاني",
            "الكردي", "الكرديه", "الكورديه", "الكوردي", "الكرد", "بارزاني", "البارزاني", "البيشمركه", "بيشمركه",
            "kurdish", "kurdistan", "krg", "kdp", "barzani", "peshmerga", "kurds");

    /** Whether the sentence of {@code f}, up to its predicate, names the Kurdistan Region's government or leaders. */
    private static boolean speaksForKurdistan(Frame f, ArticleReading r) {
        for (int i = f.sentence().first(); i < f.predicate().first(); i++) {
            Token t = r.text().token(i);
            if (KURDISH.contains(t.form()) || t.kind() == Token.Kind.ARABIC
                    && ArabicWord.readings(t.form()).stream().anyMatch(KURDISH::contains)) {
                return true;
            }
        }
        return false;
    }
}
