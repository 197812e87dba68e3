package org.basewatch.processor.extract;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.DatePrecision;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.Places;
import org.basewatch.contracts.Status;
import org.basewatch.processor.text.ArabicNormalizer;
import org.basewatch.processor.text.NormalizedText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article and returns the claims it makes about the coalition presence at each place:
 * status, modality, event date, and the evidence sentence with its offsets in the original text.
 * Stateless after construction, so one instance serves every thread.
 */
public final class ClaimExtractor {
    private static final Pattern COMBAT = Rx.compile("قتالي|القتاليه|قتاليه|المقاتله|مقاتله|combat");
    private static final Pattern COMPLETE = Rx.compile("(?<![\\p{L}])[وف]?(?:اكمل|اكملت|اكمال|باكمال|استكمال|استكمل|اكتمل|اكتملت|تم|انتهت|بشكل كامل|بالكامل|الكامل|كاملا|تماما|اخر|completed?|fully|last)(?![\\p{L}])");
    private static final Pattern ONGOING = Rx.compile("(?<![\\p{L}])[وف]?(?:بدا|بدات|بدء|البدء|بدأ|باشر|باشرت|بداية|جار|جاري|يجري|تجري|تواصل|يواصل|مستمر|سير|متابعه|لمتابعه|تنفيذ|لتنفيذ|معظم|اغلب|بعض|جزء|جزءا|began|begun|start\\w*|under way|ongoing|continu\\w*|most of)(?![\\p{L}])");
    private static final Pattern ONGOING_AFTER = Rx.compile("^\\S*\\s+(?:\\S+\\s+){0,2}(?:يسير|يجري|تجري|جار|جاريه|مستمر|مستمره|under way|is ongoing)(?![\\p{L}])");
    private static final Pattern FORCES_NEAR = Rx.compile("قوات|القوات|جنود|الجنود|جندي|عسكري|مستشار|troops|forces|soldiers");
    private static final Pattern ENTRY_AND = Rx.compile("دخول\\s+$");
    private static final Pattern COMMITTEE_BEFORE = Rx.compile("(?:لجنه|اللجنه|committee)\\s+(?:\\S+\\s+){0,3}$");
    private static final Pattern LOCATIVE_BEFORE = Rx.compile("(?<![\\p{L}])(?:قرب|بالقرب من|near)\\s+$");
    private static final Pattern STAY_NOUN = Rx.compile("^[وفبل]{0,2}(?:ال)?(?:بقاء|يبقي|تبقي|ستبقي|سيبقي|سيبقون|يبقون|باقون)");
    private static final Pattern SINCE_BEFORE = Rx.compile("(?<![\\p{L}])(?:منذ|since)(?![\\p{L}])");
    private static final Pattern ADVISERS = Rx.compile("مستشار|المستشار|مشوره|استشاره|استشاري|advis[eo]r|advisory|trainers");
    private static final Pattern FORCES = Rx.compile("تحالف|امريكي|اميركي|اجنبي|اجانب|قوات|القوات|جنود|الجنود|جندي|مستشار|عسكري|coalition|u\\.s\\.|american|troops|forces|foreign|soldier");
    private static final Pattern SYRIA = Rx.compile("سوريا|السوري|syria");
    private static final Pattern CONTRACTORS = Rx.compile("متعاقد|موظف|شركه|الشركه|مدني|خبراء|contractor|civilian|employee");
    private static final Pattern EQUIPMENT_AFTER = Rx.compile("^\\s*(?:ال)?(?:اليات|معدات|اجهزه|الاليات|المعدات|الاجهزه|قوائم|الامدادات|امدادات|equipment|supplies)");
    private static final Pattern ATTACK = Rx.compile("هجوم|هجمات|قصف|صاروخ|صواريخ|استهدف|مسيره|مقتل|اغتيال|rocket|attack|drone|strike|killed");
    private static final Pattern EXCEPT_BEFORE = Rx.compile("(?<![\\p{L}])(?:باستثناء|عدا|سوي|except|apart from|other than)\\s+(?:\\S+\\s+){0,2}$");
    private static final Pattern TO_BEFORE = Rx.compile("(?<![\\p{L}])(?:الي|اليها|نحو|باتجاه|to|into|towards?)\\s+(?:\\S+\\s+){0,2}$");
    private static final Pattern FROM_BEFORE = Rx.compile("(?<![\\p{L}])[و]?(?:من|from)\\s+(?:\\S+\\s+){0,2}$");
    private static final Pattern ANY_AFTER = Rx.compile("^\\s*(?:اي|لاي|باي|any)(?![\\p{L}])");
    private static final Pattern ANY_BEFORE = Rx.compile("(?<![\\p{L}])(?:اي|باي|لاي|any)\\s+$");
    private static final Pattern HQ_REMAINS = Rx.compile("^\\s*(?:مقرا|مقر|قاعده)");
    private static final Pattern PRONOUN_SUFFIX = Rx.compile("(?:هم|ها)$");
    private static final Pattern REFERENCE_DATE = Rx.compile("(?:الصادر|المعلن|الموقع|المبرم|صدر|اعلن)\\S*\\s+(?:\\S+\\s+)?(?:في\\s+)?$");
    private static final Pattern ANAPHOR = Rx.compile("(?<![\\p{L}])[وفبلك]{0,2}(?:(القاعدتين|القاعدتان)|(القاعده|المعسكر|الموقع)|the (?:base|camp))(?![\\p{L}])");
    private static final Pattern LIST_GAP = Rx.compile("^\\s*(?:,|و)?\\s*(?:و)?\\s*(?:(?:ال)?(?:قاعده|قاعدتي|معسكر|مطار|مقر)\\s+)?(?:and |, )?$");

    private final Gazetteer gazetteer = new Gazetteer();

    /** The claims of {@code article}, at most one per place, status, modality and date. */
    public List<Claim> extract(Article article) {
        String original = article.text();
        if (original == null || original.isBlank()) {
            return List.of();
        }
        NormalizedText nt = ArabicNormalizer.withOffsets(original);
        String s = nt.text();
        LocalDate pub = article.publishedDate();
        Integer approxYear = pub == null ? DateResolver.latestYear(s) : null;
        List<PlaceMention> places = withAnaphora(s, dropDescriptive(s, gazetteer.find(s)));
        List<Cue> cues = Predicates.find(s);
        List<DateMention> dates = DateResolver.find(s, pub, approxYear);
        Map<String, Claim> out = new LinkedHashMap<>();
        Context ctx = new Context(article, nt, s, pub, dates, out);
        for (Span sentence : Sentences.split(s)) {
            List<PlaceMention> sp = filterSentencePlaces(within(places, sentence));
            List<Cue> sc = withinCues(cues, sentence);
            if (sc.isEmpty()) {
                continue;
            }
            for (Span clause : Sentences.clauses(s, sentence)) {
                extractClause(ctx, sentence, clause, within(sp, clause), withinCues(sc, clause), sp);
            }
        }
        return ordered(out.values());
    }

    /**
     * Claims grouped by place, status and modality in order of first appearance, the best-dated first in
     * each group: a date written in the text beats the publication day, which beats none.
     */
    private static List<Claim> ordered(java.util.Collection<Claim> claims) {
        Map<String, List<Claim>> groups = new LinkedHashMap<>();
        for (Claim c : claims) {
            groups.computeIfAbsent(c.place() + "|" + c.status() + "|" + c.modality(), k -> new ArrayList<>()).add(c);
        }
        List<Claim> out = new ArrayList<>();
        for (List<Claim> g : groups.values()) {
            List<Claim> sorted = new ArrayList<>(g);
            sorted.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
            out.addAll(sorted);
        }
        return out;
    }

    private record Context(Article article, NormalizedText nt, String s, LocalDate pub, List<DateMention> dates,
                           Map<String, Claim> out) {
    }

    private void extractClause(Context ctx, Span sentence, Span clause, List<PlaceMention> places, List<Cue> cues,
                               List<PlaceMention> sentencePlaces) {
        String s = ctx.s();
        List<Cue> live = new ArrayList<>();
        for (Cue c : cues) {
            if (!filteredOut(c, s, clause)) {
                live.add(c);
            }
        }
        if (live.isEmpty()) {
            return;
        }
        Map<Cue, List<PlaceMention>> assigned = new LinkedHashMap<>();
        Map<Cue, List<PlaceMention>> exceptions = new LinkedHashMap<>();
        for (Cue c : live) {
            assigned.put(c, new ArrayList<>());
            exceptions.put(c, new ArrayList<>());
        }
        for (List<PlaceMention> group : listGroups(s, places)) {
            PlaceMention first = group.get(0);
            String before = s.substring(Math.max(clause.start(), first.start() - 40), first.start());
            boolean directed = TO_BEFORE.matcher(before).find() || FROM_BEFORE.matcher(before).find();
            Cue nearest = nearest(live, first.start(), group.get(group.size() - 1).end(), directed);
            if (nearest == null) {
                continue;
            }
            if (EXCEPT_BEFORE.matcher(before).find()) {
                Cue owner = precedingCue(live, first.start());
                if (owner != null && (owner.kind() == Cue.Kind.ABSENCE || owner.kind() == Cue.Kind.EVACUATE
                        || owner.kind() == Cue.Kind.CONTROL || owner.kind() == Cue.Kind.END_PRESENCE)) {
                    exceptions.get(owner).addAll(group);
                    continue;
                }
            }
            assigned.get(nearest).addAll(group);
        }
        for (Cue c : live) {
            List<PlaceMention> mine = assigned.get(c);
            boolean fallback = false;
            if (mine.isEmpty()) {
                PlaceMention prev = fallbackPlace(places, c, exceptions);
                if (prev != null) {
                    mine = List.of(prev);
                } else if (defaultsToCountry(c, s, sentence, clause)) {
                    mine = List.of(new PlaceMention(c.start(), c.end(), Places.IRAQ, true));
                } else {
                    continue;
                }
                fallback = true;
            }
            emitCue(ctx, sentence, clause, c, dropAncestors(mine), fallback);
            for (PlaceMention ex : exceptions.get(c)) {
                Status st = ADVISERS.matcher(s.substring(clause.start(), clause.end())).find()
                        ? Status.ADVISORY_ONLY : Status.PRESENT;
                emit(ctx, sentence, c, ex.place(), st, Modality.ASSERTED, pickDate(ctx, c, sentence, clause, st,
                        Modality.ASSERTED), 0.7);
            }
        }
    }

    private void emitCue(Context ctx, Span sentence, Span clause, Cue c, List<PlaceMention> places, boolean fallback) {
        String s = ctx.s();
        DateMention until = untilAfter(ctx, c, clause);
        Modality modality = ModalityRules.of(c, s, clause.start(), clause.end(),
                until != null && c.kind() != Cue.Kind.PRESENT);
        String cueText = s.substring(c.start(), c.end());
        if (c.kind() == Cue.Kind.ABSENCE && cueText.matches("(?s).*(?:would|will).*")) {
            modality = Modality.PLANNED;
        }
        double conf = fallback ? 0.45 : 0.75;
        if (c.kind() == Cue.Kind.RELOCATE) {
            for (PlaceMention p : places) {
                String before = s.substring(Math.max(clause.start(), p.start() - 30), p.start());
                Status st = TO_BEFORE.matcher(before).find() ? Status.PRESENT
                        : FROM_BEFORE.matcher(before).find() || fallback ? Status.WITHDRAWING : null;
                if (st == null) {
                    continue;
                }
                emit(ctx, sentence, c, p.place(), st, modality, pickDate(ctx, c, sentence, clause, st, modality), conf);
            }
            return;
        }
        Status status = status(c, s, clause, modality);
        if (status == null) {
            return;
        }
        if (c.kind() == Cue.Kind.PRESENT && (ANY_AFTER.matcher(s.substring(c.end(), Math.min(s.length(), c.end() + 6))).find()
                || ANY_BEFORE.matcher(s.substring(Math.max(0, c.start() - 6), c.start())).find())) {
            if (modality != Modality.DEMANDED) {
                return;
            }
            status = Status.WITHDRAWN;
        }
        for (PlaceMention p : places) {
            if (c.kind() == Cue.Kind.PRESENT && until != null && modality != Modality.DEMANDED
                    && modality != Modality.DENIED) {
                if (STAY_NOUN.matcher(cueText).find()) {
                    emit(ctx, sentence, c, p.place(), status, Modality.ASSERTED,
                            pickDate(ctx, c, sentence, clause, status, Modality.ASSERTED), conf);
                }
                emit(ctx, sentence, c, p.place(), Status.WITHDRAWN, Modality.PLANNED,
                        new DateValue(until.iso(), until.precision(), 2), conf);
                continue;
            }
            Status st = status;
            if (p.place().equals(Places.IRAQ) && st == Status.WITHDRAWN && c.kind() == Cue.Kind.CONTROL) {
                continue;
            }
            emit(ctx, sentence, c, p.place(), st, modality, pickDate(ctx, c, sentence, clause, st, modality), conf);
        }
    }

    private Status status(Cue c, String s, Span clause, Modality modality) {
        int ws = Math.max(clause.start(), c.start() - 50);
        int we = Math.min(clause.end(), c.end() + 50);
        String window = s.substring(ws, we);
        String before = s.substring(Math.max(clause.start(), c.start() - 80), c.start());
        String after = s.substring(c.end(), Math.min(clause.end(), c.end() + 40));
        String cueText = s.substring(c.start(), c.end());
        String wide = s.substring(Math.max(clause.start(), c.start() - 120), Math.min(clause.end(), c.end() + 120));
        boolean combat = COMBAT.matcher(wide).find() && !wide.contains(Rx.fold("غير قتالي"));
        int ongoingAt = lastMatchEnd(ONGOING, before);
        int completeAt = lastMatchEnd(COMPLETE, before);
        boolean ongoing = ongoingAt > completeAt || ONGOING_AFTER.matcher(after).find() && completeAt < 0;
        boolean complete = completeAt > ongoingAt || completeAt < 0 && ongoingAt < 0 && COMPLETE.matcher(after).find();
        Status st;
        switch (c.kind()) {
            case WITHDRAW -> {
                boolean pastVerb = cueText.matches("(?s).*(?:انسحب|انسحبت|سحبت|withdrew|withdrawn)$");
                if (ongoing) {
                    st = Status.WITHDRAWING;
                } else if (complete || pastVerb || combat || modality == Modality.PLANNED
                        || modality == Modality.DEMANDED || modality == Modality.DENIED) {
                    st = Status.WITHDRAWN;
                } else {
                    st = Status.WITHDRAWING;
                }
            }
            case LEAVE -> {
                boolean present = cueText.matches("(?s).*(?:يغادرون|يغادر|تغادر|leaving|leaves)$");
                st = (ongoing || present) && modality == Modality.ASSERTED
                        ? Status.WITHDRAWING : Status.WITHDRAWN;
            }
            case HANDOVER, EVACUATE, END_PRESENCE -> st = ongoing && modality == Modality.ASSERTED
                    ? Status.WITHDRAWING : Status.WITHDRAWN;
            case ABSENCE, CONTROL -> st = Status.WITHDRAWN;
            case END_COMBAT, ADVISORY -> st = Status.ADVISORY_ONLY;
            case PRESENT -> {
                if (HQ_REMAINS.matcher(s.substring(c.end(), Math.min(s.length(), c.end() + 8))).find()) {
                    return null;
                }
                st = ADVISERS.matcher(s.substring(clause.start(), clause.end())).find()
                        ? Status.ADVISORY_ONLY : Status.PRESENT;
            }
            default -> st = null;
        }
        boolean combatCue = c.kind() == Cue.Kind.ABSENCE ? COMBAT.matcher(cueText).find()
                : c.kind() != Cue.Kind.CONTROL && combat;
        if (st == Status.WITHDRAWN && combatCue && modality != Modality.DEMANDED) {
            st = Status.ADVISORY_ONLY;
        }
        return st;
    }

    private boolean filteredOut(Cue c, String s, Span clause) {
        String clauseText = s.substring(clause.start(), clause.end());
        String cueText = s.substring(c.start(), c.end());
        String before = s.substring(Math.max(clause.start(), c.start() - 30), c.start());
        if ((c.kind() == Cue.Kind.WITHDRAW || c.kind() == Cue.Kind.LEAVE || c.kind() == Cue.Kind.RELOCATE)
                && CONTRACTORS.matcher(clauseText).find()) {
            return true;
        }
        if (c.kind() == Cue.Kind.LEAVE && ENTRY_AND.matcher(before).find()) {
            return true;
        }
        if (c.kind() == Cue.Kind.END_PRESENCE && cueText.startsWith("ل") && COMMITTEE_BEFORE.matcher(before).find()) {
            return true;
        }
        if (c.kind() == Cue.Kind.PRESENT && (before.endsWith(Rx.fold("ما ")) || cueText.startsWith("ل"))) {
            return true;
        }
        if ((c.kind() == Cue.Kind.HANDOVER || c.kind() == Cue.Kind.RELOCATE)
                && EQUIPMENT_AFTER.matcher(s.substring(c.end(), Math.min(s.length(), c.end() + 20))).find()) {
            return true;
        }
        if (c.kind() == Cue.Kind.RELOCATE && !FORCES_NEAR.matcher(s.substring(c.end(), Math.min(clause.end(), c.end() + 30))).find()
                && !PRONOUN_SUFFIX.matcher(cueText).find()) {
            return true;
        }
        return c.kind() == Cue.Kind.PRESENT && ATTACK.matcher(clauseText).find();
    }

    private boolean defaultsToCountry(Cue c, String s, Span sentence, Span clause) {
        String text = s.substring(sentence.start(), sentence.end());
        if (!FORCES.matcher(text).find() || SYRIA.matcher(text).find()) {
            return false;
        }
        return switch (c.kind()) {
            case END_COMBAT, ADVISORY -> true;
            case WITHDRAW, LEAVE, END_PRESENCE, EVACUATE -> FORCES_NEAR.matcher(
                    s.substring(Math.max(clause.start(), c.start() - 40), Math.min(clause.end(), c.end() + 40))).find();
            default -> false;
        };
    }

    /** The place a cue without its own place speaks of: the one just before it in its clause, else just after. */
    private static PlaceMention fallbackPlace(List<PlaceMention> clausePlaces, Cue c, Map<Cue, List<PlaceMention>> exceptions) {
        PlaceMention best = null;
        for (PlaceMention p : clausePlaces) {
            if (p.end() <= c.start()) {
                best = p;
            }
        }
        if (best != null) {
            return best;
        }
        for (PlaceMention p : clausePlaces) {
            if (p.start() >= c.end() && p.start() - c.end() <= 80) {
                return p;
            }
        }
        return null;
    }

    private static int lastMatchEnd(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int at = -1;
        while (m.find()) {
            at = m.end();
        }
        return at;
    }

    /** Drops names used only to locate something else: "قرب مطار بغداد", a place named in an attack. */
    private static List<PlaceMention> dropDescriptive(String s, List<PlaceMention> places) {
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention p : places) {
            String before = s.substring(Math.max(0, p.start() - 14), p.start());
            String wider = s.substring(Math.max(0, p.start() - 50), p.start());
            int stop = Math.max(wider.lastIndexOf('.'), wider.lastIndexOf('\n'));
            if (stop >= 0) {
                wider = wider.substring(stop + 1);
            }
            if (LOCATIVE_BEFORE.matcher(before).find() || ATTACK.matcher(wider).find()) {
                continue;
            }
            out.add(p);
        }
        return out;
    }

    /** An event date and how it was found: 2 written in the text, 1 the publication day, 0 none. */
    private record DateValue(String iso, DatePrecision precision, int quality) {
    }

    private DateValue defaultDate(Context ctx, Modality m) {
        LocalDate pub = ctx.pub();
        if (pub == null || m == Modality.DEMANDED) {
            return new DateValue(null, null, 0);
        }
        return new DateValue(pub.toString(), DatePrecision.DAY, 1);
    }

    private DateMention untilAfter(Context ctx, Cue c, Span clause) {
        for (DateMention d : ctx.dates()) {
            if (d.start() >= c.end() && d.start() < clause.end() && d.until() && d.iso() != null
                    && d.start() - c.end() < 90) {
                return d;
            }
        }
        return null;
    }

    private DateValue pickDate(Context ctx, Cue c, Span sentence, Span clause, Status st, Modality m) {
        boolean state = st == Status.PRESENT || c.kind() == Cue.Kind.ABSENCE || c.kind() == Cue.Kind.CONTROL;
        DateMention best = null;
        int bestDist = Integer.MAX_VALUE;
        for (DateMention d : ctx.dates()) {
            if (!sentence.contains(d.start())) {
                continue;
            }
            if (state && (d.since() || SINCE_BEFORE.matcher(ctx.s().substring(Math.max(sentence.start(), d.start() - 60),
                    d.start())).find())) {
                continue;
            }
            String before = ctx.s().substring(Math.max(0, d.start() - 20), d.start());
            if (REFERENCE_DATE.matcher(before).find()) {
                continue;
            }
            int dist = d.start() >= c.end() ? d.start() - c.end() : c.start() - d.end();
            dist = Math.max(0, dist);
            if (!clause.contains(d.start())) {
                dist += 200;
            }
            if (m == Modality.PLANNED && d.until()) {
                dist -= 40;
            }
            if (m != Modality.ASSERTED && d.end() <= c.start()) {
                dist += 80;
            }
            if (dist < bestDist) {
                bestDist = dist;
                best = d;
            }
        }
        if (best != null && bestDist < 260) {
            return new DateValue(best.iso(), best.precision(), best.iso() == null ? 0 : 2);
        }
        return defaultDate(ctx, m);
    }

    private void emit(Context ctx, Span sentence, Cue c, String place, Status st, Modality m, DateValue date,
                      double confidence) {
        String key = place + "|" + st + "|" + m + "|" + date.iso();
        if (ctx.out().containsKey(key)) {
            return;
        }
        NormalizedText nt = ctx.nt();
        int start = nt.originalStart(sentence.start());
        int end = nt.originalEnd(sentence.end());
        String original = ctx.article().text();
        double conf = confidence + date.quality() * 0.08 + (m == Modality.ASSERTED ? 0.03 : 0);
        Article a = ctx.article();
        ctx.out().put(key, new Claim(a.id(), place, st, m, date.iso(), date.iso() == null ? null : date.precision(),
                original.substring(start, end), start, end, Math.min(0.95, conf),
                Speakers.find(ctx.s(), sentence, nt, original), null, a.source(), 1, a.publishedAt()));
    }

    /** Drops a region or country named right after a base inside it, as in "قاعدة حرير … شمالي العراق". */
    private static List<PlaceMention> dropAncestors(List<PlaceMention> places) {
        if (places.size() < 2) {
            return places;
        }
        List<PlaceMention> out = new ArrayList<>();
        PlaceMention base = null;
        int chainEnd = -1;
        for (PlaceMention p : places) {
            if (base != null && Places.within(base.place(), p.place()) && p.start() - chainEnd <= 60) {
                chainEnd = p.end();
                continue;
            }
            out.add(p);
            if (!Places.ancestors(p.place()).isEmpty()) {
                base = p;
                chainEnd = p.end();
            }
        }
        return out;
    }

    private static List<List<PlaceMention>> listGroups(String s, List<PlaceMention> places) {
        List<List<PlaceMention>> groups = new ArrayList<>();
        List<PlaceMention> current = null;
        PlaceMention prev = null;
        for (PlaceMention p : places) {
            if (prev != null && p.start() >= prev.end() && p.start() - prev.end() <= 20
                    && LIST_GAP.matcher(s.substring(prev.end(), p.start())).find()) {
                current.add(p);
            } else {
                current = new ArrayList<>();
                current.add(p);
                groups.add(current);
            }
            prev = p;
        }
        return groups;
    }

    private static Cue nearest(List<Cue> cues, int start, int end, boolean directed) {
        Cue best = null;
        double bestDist = Double.MAX_VALUE;
        for (Cue c : cues) {
            if (c.kind() == Cue.Kind.RELOCATE && !directed) {
                continue;
            }
            double d;
            if (c.end() <= start) {
                d = start - c.end();
            } else if (c.start() >= end) {
                d = (c.start() - end) * 1.3;
            } else {
                d = 0;
            }
            if (d < bestDist) {
                bestDist = d;
                best = c;
            }
        }
        return best;
    }

    private static Cue precedingCue(List<Cue> cues, int at) {
        Cue best = null;
        for (Cue c : cues) {
            if (c.end() <= at) {
                best = c;
            }
        }
        return best;
    }

    private static PlaceMention precedingPlace(List<PlaceMention> places, int at, List<PlaceMention> exclude) {
        PlaceMention best = null;
        for (PlaceMention p : places) {
            if (p.end() <= at) {
                best = p;
            }
        }
        return best;
    }

    private static List<PlaceMention> within(List<PlaceMention> places, Span span) {
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention p : places) {
            if (span.contains(p.start())) {
                out.add(p);
            }
        }
        return out;
    }

    private static List<Cue> withinCues(List<Cue> cues, Span span) {
        List<Cue> out = new ArrayList<>();
        for (Cue c : cues) {
            if (span.contains(c.start())) {
                out.add(c);
            }
        }
        return out;
    }

    /** Drops weak mentions that a stronger one in the same sentence makes redundant. */
    private static List<PlaceMention> filterSentencePlaces(List<PlaceMention> places) {
        boolean kurdishBase = false;
        for (PlaceMention p : places) {
            if (!p.weak() && (p.place().equals("harir") || p.place().equals("erbil-air-base"))) {
                kurdishBase = true;
            }
        }
        if (!kurdishBase) {
            return places;
        }
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention p : places) {
            if (!(p.weak() && p.place().equals("erbil-air-base"))) {
                out.add(p);
            }
        }
        return out;
    }

    /** The {@code wanted} bases named most often before {@code at} (weak mentions count half; ties go to the earliest). */
    private static List<String> topBases(List<PlaceMention> places, int at, int wanted) {
        Map<String, Double> score = new LinkedHashMap<>();
        for (PlaceMention p : places) {
            if (p.end() <= at && Places.ancestors(p.place()).size() >= 2) {
                score.merge(p.place(), p.weak() ? 0.5 : 1.0, Double::sum);
            }
        }
        List<String> ids = new ArrayList<>(score.keySet());
        ids.sort((a, b) -> Double.compare(score.get(b), score.get(a)));
        return ids.size() > wanted ? ids.subList(0, wanted) : ids;
    }

    /** Adds mentions for "the base"/"the two bases" that refer back to the bases named before them. */
    private static List<PlaceMention> withAnaphora(String s, List<PlaceMention> places) {
        Matcher m = ANAPHOR.matcher(s);
        List<PlaceMention> extra = new ArrayList<>();
        while (m.find()) {
            boolean named = false;
            for (PlaceMention p : places) {
                if (p.start() >= m.end() && p.start() - m.end() <= 25) {
                    named = true;
                    break;
                }
                if (p.start() <= m.start() && p.end() >= m.end()) {
                    named = true;
                    break;
                }
            }
            if (named) {
                continue;
            }
            int wanted = m.group(1) != null ? 2 : 1;
            List<String> recent = topBases(places, m.start(), wanted);
            if (recent.size() == wanted) {
                for (String id : recent) {
                    extra.add(new PlaceMention(m.start(), m.end(), id, true));
                }
            }
        }
        if (extra.isEmpty()) {
            return places;
        }
        List<PlaceMention> all = new ArrayList<>(places);
        all.addAll(extra);
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return all;
    }
}
