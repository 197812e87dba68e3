package org.basewatch.processor.extract;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.DatePrecision;
import org.basewatch.contracts.EventDates;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.Places;
import org.basewatch.contracts.Status;
import org.basewatch.processor.text.ArabicNormalizer;
import org.basewatch.processor.text.NormalizedText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article and returns the claims it makes about the coalition presence at each place:
 * status, modality, event date, and the evidence sentence with its offsets in the original text.
 * Stateless after construction, so one instance serves every thread.
 */
public final class ClaimExtractor {
    private static final Lexicon COMBAT = Lexicon.of("", "قتالي|القتاليه|قتاليه|المقاتله|مقاتله|combat", "");
    private static final Lexicon COMPLETE = Lexicon.of("(?<![\\p{L}])[وف]?", "اكمل|اكملت|اكمال|باكمال|استكمال|استكمل|اكتمل|اكتملت|تم|انتهت|بشكل كامل|بالكامل|الكامل|كاملا|تماما|اخر|completed?|fully|last", "(?![\\p{L}])");
    private static final Lexicon ONGOING = Lexicon.of("(?<![\\p{L}])[وف]?", "بدا|بدات|بدء|البدء|بدأ|باشر|باشرت|بداية|جار|جاري|يجري|تجري|تواصل|يواصل|مستمر|سير|متابعه|لمتابعه|تنفيذ|لتنفيذ|معظم|اغلب|بعض|جزء|جزءا|began|begun|start\\w*|under way|ongoing|continu\\w*|most of", "(?![\\p{L}])");
    private static final Pattern ONGOING_AFTER = Rx.compile("^\\S*\\s+(?:\\S+\\s+){0,2}(?:يسير|يجري|تجري|جار|جاريه|مستمر|مستمره|under way|is ongoing)(?![\\p{L}])");
    private static final Lexicon FORCES_NEAR = Lexicon.of("", "قوات|القوات|جنود|الجنود|جندي|عسكري|مستشار|troops|forces|soldiers", "\\p{L}*(?!\\s+(?:ال)?(?:عراقي|امني|iraqi))");
    private static final Lexicon INCLUDING_BEFORE = Lexicon.of("", "بما\\s+فيها|بما\\s+فيهم|بما\\s+في\\s+ذلك|ومنها|من\\s+بينها|including|among them", "\\s+(?:\\S+\\s+){0,3}$");
    private static final Pattern CAPTION = Rx.compile("\\([^()]{2,30}\\)\\s*$");
    private static final Lexicon TO_WORD = Lexicon.of("(?<![\\p{L}])", "الي|اليها|نحو|باتجاه|to|into|towards?", "(?![\\p{L}])");
    private static final Lexicon FROM_WORD = Lexicon.of("(?<![\\p{L}])[و]?", "من|from", "(?![\\p{L}])");
    private static final Pattern ENTRY_AND = Rx.compile("دخول\\s+$");
    private static final Lexicon COMMITTEE_BEFORE = Lexicon.of("", "لجنه|اللجنه|committee", "\\s+(?:\\S+\\s+){0,3}$");
    private static final Lexicon LOCATIVE_BEFORE = Lexicon.of("(?<![\\p{L}])", "قرب|بالقرب من|near", "\\s+$");
    private static final Pattern STAY_NOUN = Rx.compile("^[وفبل]{0,2}(?:ال)?(?:بقاء|يبقي|تبقي|ستبقي|سيبقي|سيبقون|يبقون|باقون)");
    private static final Lexicon AFTER_CUE = Lexicon.of("(?<![\\p{L}])", "بعد|قبل|after|before", "\\s+$");
    private static final Pattern WHAT_BEFORE = Rx.compile("(?<![\\p{L}])ما\\s+$");
    private static final Lexicon RELATIVE_CLAUSE_DATE = Lexicon.of("(?<![\\p{L}])[و]?", "التي|الذي|اللذين|اللتين", "\\s+\\S+\\s+(?:في\\s+)?$");
    private static final Lexicon DIRECTION_BEFORE = Lexicon.of("(?<![\\p{L}])", "شمال|جنوب|غرب|شرق|وسط|شمالي|جنوبي|غربي|شرقي|north|south|west|east|northern|southern|western|eastern", "\\s+$");
    private static final Lexicon SINCE_CUE = Lexicon.of("(?<![\\p{L}])", "منذ|since", "\\s+$");
    private static final Pattern MOST_AFTER = Rx.compile("^(?:\\s*(?:معظم|اغلب|بعض|most|some))");
    private static final Lexicon COMBAT_END_BEFORE = Lexicon.of("", "انتهاء|انهاء|انتهت|نهايه|end|ended", "\\s+(?:ال)?(?:مهام|مهمه|المهام|المهمه|combat)\\S*\\s+(?:ال)?قتالي\\S*(?:\\s+\\S+){0,3}\\s*$");
    private static final Lexicon SINCE_BEFORE = Lexicon.of("(?<![\\p{L}])", "منذ|since", "(?![\\p{L}])");
    private static final Lexicon ADVISERS = Lexicon.of("", "مستشار|المستشار|مشوره|استشاره|استشاري|adviser|advisor|advisory|trainers", "");
    private static final Lexicon FORCES = Lexicon.of("", "تحالف|امريكي|اميركي|اجنبي|اجانب|قوات|القوات|جنود|الجنود|جندي|مستشار|عسكري|coalition|u\\.s\\.|american|troops|forces|foreign|soldier", "");
    private static final Lexicon SYRIA = Lexicon.of("", "سوريا|السوري|syria", "");
    private static final Lexicon CONTRACTORS = Lexicon.of("", "متعاقد|موظف|شركه|الشركه|مدني|خبراء|contractor|civilian|employee", "");
    private static final Pattern EQUIPMENT_AFTER = Rx.compile("^\\s*(?:ال)?(?:اليات|معدات|اجهزه|الاليات|المعدات|الاجهزه|قوائم|الامدادات|امدادات|equipment|supplies)");
    /** Cues whose places forces left or are leaving. */
    private static final java.util.Set<Cue.Kind> DEPARTURES = java.util.EnumSet.of(Cue.Kind.WITHDRAW, Cue.Kind.LEAVE,
            Cue.Kind.HANDOVER, Cue.Kind.EVACUATE, Cue.Kind.END_PRESENCE, Cue.Kind.ABSENCE, Cue.Kind.CONTROL);
    /** Words of an attack, not their adjectives: "المنظومات الهجومية" and "صاروخية" name equipment. */
    private static final Lexicon ATTACK = Lexicon.of("", "هجوم|هجمات|قصف|صاروخ|صواريخ|استهدف|استهداف|مسيره|مقتل|اغتيال|rocket|attack|drone|strike|killed",
            "(?!ي(?:ه|ات|ين|ون)?(?![\\p{L}]))");
    private static final Lexicon EXCEPT_BEFORE = Lexicon.of("(?<![\\p{L}])", "باستثناء|عدا|سوي|except|apart from|other than", "\\s+(?:\\S+\\s+){0,2}$");
    private static final Pattern ANY_AFTER = Rx.compile("^\\s*(?:اي|لاي|باي|any)(?![\\p{L}])");
    private static final Lexicon ANY_BEFORE = Lexicon.of("(?<![\\p{L}])", "اي|باي|لاي|any", "\\s+$");
    private static final Pattern HQ_REMAINS = Rx.compile("^\\s*(?:مقرا|مقر)(?![\\p{L}])");
    private static final Pattern WILL = Rx.compile("(?s).*(?:would|will).*");
    private static final Pattern PAST_WITHDRAW_VERB = Rx.compile("(?s).*(?:انسحب|انسحبت|سحبت|withdrew|withdrawn)$");
    private static final Pattern MOST_CUE = Rx.compile("(?s).*(?:معظم|اغلب)\\S*$");
    private static final Pattern LEAVING_NOW = Rx.compile("(?s).*(?:يغادرون|يغادر|تغادر|leaving|leaves)$");
    private static final String NON_COMBAT = Rx.fold("غير قتالي");
    private static final Pattern PRONOUN_SUFFIX = Rx.compile("(?:هم|ها)$");
    private static final Lexicon REFERENCE_DATE = Lexicon.of("", "الصادر|المعلن|الموقع|المبرم", "\\S*\\s+(?:\\S+\\s+)?(?:في\\s+)?$");
    private static final Pattern ANAPHOR = Rx.compile("(?<![\\p{L}])[وفبلك]{0,2}(?:(القاعدتين|القاعدتان)|(القاعده|المعسكر)|the (?:base|camp))(?![\\p{L}])");
    /** Words one of which every anaphor begins with, at most two letters (clitics) after its start. */
    private static final String[] ANAPHOR_WORDS = Scan.triggers("القاعدت", "القاعده", "المعسكر", "the base", "the camp");
    private static final Scan.Dictionary ANAPHORS = new Scan.Dictionary(List.<String[]>of(ANAPHOR_WORDS));
    private static final int[] ANAPHOR_IDS = ANAPHORS.ids(ANAPHOR_WORDS);
    private static final Pattern LIST_GAP = Rx.compile("^\\s*(?:,|و)?\\s*(?:و)?\\s*(?:(?:ال)?(?:قاعده|قاعدتي|معسكر|مطار|مقر)\\s+)?(?:and |, )?$");

    private static final List<Lexicon> LEXICONS = List.of(COMBAT, COMPLETE, ONGOING, FORCES_NEAR, INCLUDING_BEFORE,
            COMMITTEE_BEFORE, LOCATIVE_BEFORE, AFTER_CUE, RELATIVE_CLAUSE_DATE, DIRECTION_BEFORE, SINCE_CUE,
            COMBAT_END_BEFORE, SINCE_BEFORE, ADVISERS, FORCES, SYRIA, CONTRACTORS, ATTACK, EXCEPT_BEFORE, ANY_BEFORE,
            REFERENCE_DATE, TO_WORD, FROM_WORD);
    /** Every word any part of the extractor looks for, so that one pass over an article finds them all. */
    private static final Scan.Dictionary VOCABULARY = vocabulary();

    private final Gazetteer gazetteer = new Gazetteer();

    private static Scan.Dictionary vocabulary() {
        List<Scan.Dictionary> all = new ArrayList<>(List.of(Predicates.TRIGGERS, Gazetteer.DICTIONARY, DateResolver.TRIGGERS,
                ANAPHORS));
        for (List<Lexicon> group : List.of(LEXICONS, ModalityRules.LEXICONS, Sentences.LEXICONS, Speakers.LEXICONS)) {
            for (Lexicon l : group) {
                if (l.words() != null) {
                    all.add(l.words());
                }
            }
        }
        return Scan.Dictionary.union(all);
    }

    /** The claims of {@code article}, at most one per place, status, modality and date. */
    public List<Claim> extract(Article article) {
        String original = article.text();
        if (original == null || original.isBlank()) {
            return List.of();
        }
        NormalizedText nt = ArabicNormalizer.withOffsets(original);
        String s = nt.text();
        LocalDate pub = article.publishedDate();
        // Without a publication date only dates written in full resolve; they also bound when the article was written.
        Scan.Text text = new Scan.Text(s, VOCABULARY);
        List<DateMention> explicit = pub == null ? DateResolver.find(text, null, DateResolver.UndatedYears.NONE, null) : List.of();
        DateResolver.UndatedYears approxYears = pub == null
                ? new DateResolver.UndatedYears(WritingDate.referenceYear(s, explicit), DateResolver.latestYear(s))
                : DateResolver.UndatedYears.NONE;
        List<PlaceMention> places = withAnaphora(text, dropDescriptive(text, gazetteer.find(text)));
        List<Cue> cues = Predicates.find(text);
        List<Span> claimSentences = new ArrayList<>();
        for (Span sentence : Sentences.split(s)) {
            if (!withinCues(cues, sentence).isEmpty() && !isCaption(s, sentence)) {
                claimSentences.add(sentence);
            }
        }
        // Dates matter only where a claim can be made, so only those sentences are searched.
        List<DateMention> dates = DateResolver.find(text, pub, approxYears, claimSentences);
        Map<String, Emitted> out = new LinkedHashMap<>();
        LocalDate[] earliest = new LocalDate[dates.size()];
        for (int i = 0; i < earliest.length; i++) {
            earliest[i] = dates.get(i).iso() == null ? null : EventDates.earliestDay(dates.get(i).iso());
        }
        Context ctx = new Context(article, nt, text, s, pub, dates, earliest, out, new java.util.HashMap<>(),
                new java.util.HashMap<>(), new java.util.HashMap<>());
        for (Span sentence : claimSentences) {
            List<Cue> sc = withinCues(cues, sentence);
            List<PlaceMention> sp = filterSentencePlaces(within(places, sentence));
            java.util.Set<String> departed = new java.util.HashSet<>();
            for (Span clause : Sentences.clauses(text, sentence)) {
                extractClause(ctx, sentence, clause, dropAncestors(within(sp, clause)), withinCues(sc, clause), sp, departed);
            }
        }
        List<Claim> claims = withoutUndatedEchoes(ordered(out.values()));
        if (pub != null || claims.isEmpty()) {
            return claims;
        }
        java.util.Set<String> deadlines = new java.util.HashSet<>();
        claims.stream().filter(c -> c.modality() == org.basewatch.contracts.Modality.PLANNED && c.eventDate() != null)
                .forEach(c -> deadlines.add(c.eventDate()));
        String notBefore = latestMentioned(explicit, deadlines);
        return notBefore == null ? claims : claims.stream().map(c -> c.withStory(c.storyId(), c.sources(), notBefore)).toList();
    }

    /** An undated claim that repeats a dated one of the same place, status and modality adds nothing but doubt about when. */
    private static List<Claim> withoutUndatedEchoes(List<Claim> claims) {
        java.util.Set<String> dated = new java.util.HashSet<>();
        claims.stream().filter(c -> c.eventDate() != null).forEach(c -> dated.add(c.place() + c.status() + c.modality()));
        return claims.stream().filter(c -> c.eventDate() != null || !dated.contains(c.place() + c.status() + c.modality())).toList();
    }

    /**
     * For an article without a publication date: the latest date it mentions outside deadlines (dates
     * marked "by"/"until" and the dates of its own plans), a lower bound on when it was written (an article citing a statement of 6 November 2025 was written after it).
     */
    private static String latestMentioned(List<DateMention> explicit, java.util.Set<String> deadlines) {
        return explicit.stream()
                .filter(d -> d.iso() != null && !d.until() && !deadlines.contains(d.iso()))
                .map(DateMention::iso)
                .max(java.util.Comparator.comparing(iso -> org.basewatch.contracts.EventDates.latestDay(iso)))
                .orElse(null);
    }

    /**
     * Claims grouped by place, status and modality in order of first appearance, the best-dated first in
     * each group: a date written in the text beats the publication day, which beats none.
     */
    private static int byDateEvidence(Emitted x, Emitted y) {
        Claim a = x.claim();
        Claim b = y.claim();
        int q = Integer.compare(y.dateQuality(), x.dateQuality());
        if (q != 0) {
            return q;
        }
        q = Double.compare(b.confidence(), a.confidence());
        if (q != 0) {
            return q;
        }
        int pa = a.datePrecision() == null ? 3 : a.datePrecision().ordinal();
        int pb = b.datePrecision() == null ? 3 : b.datePrecision().ordinal();
        if (pa != pb) {
            return Integer.compare(pa, pb);
        }
        if (a.modality() == Modality.ASSERTED && a.eventDate() != null && b.eventDate() != null) {
            return a.eventDate().compareTo(b.eventDate());
        }
        return 0;
    }

    private static List<Claim> ordered(java.util.Collection<Emitted> claims) {
        Map<String, List<Emitted>> groups = new LinkedHashMap<>();
        for (Emitted e : claims) {
            Claim c = e.claim();
            groups.computeIfAbsent(c.place() + "|" + c.status() + "|" + c.modality(), k -> new ArrayList<>()).add(e);
        }
        List<Claim> out = new ArrayList<>();
        for (List<Emitted> g : groups.values()) {
            List<Emitted> sorted = new ArrayList<>(g);
            sorted.sort(ClaimExtractor::byDateEvidence);
            sorted.forEach(e -> out.add(e.claim()));
        }
        return out;
    }

    private record Emitted(Claim claim, int dateQuality) {
    }

    /**
     * One article being read; {@code earliest} holds the first day of each of {@code dates}; {@code facts}
     * and {@code modalities} remember what several cues of one sentence or clause ask about it.
     */
    private record Context(Article article, NormalizedText nt, Scan.Text text, String s, LocalDate pub, List<DateMention> dates,
                           LocalDate[] earliest, Map<String, Emitted> out, Map<Span, Optional<String>> speakers,
                           Map<SpanFact, Boolean> facts, Map<Cue, Modality> modalities) {

        /** Whether {@code lexicon} matches in {@code span}. */
        boolean has(Lexicon lexicon, Span span) {
            return facts.computeIfAbsent(new SpanFact(lexicon, span), k -> lexicon.find(text, span.start(), span.end()));
        }
    }

    private record SpanFact(Lexicon lexicon, Span span) {
    }

    /**
     * The modality of a cue in its clause; a deadline after the cue makes a plain statement a plan
     * ({@link ModalityRules#of} with {@code untilDate}), so the rest is worked out once per cue.
     */
    private static Modality modality(Context ctx, Cue c, Span clause, boolean untilDate) {
        Modality m = ctx.modalities().computeIfAbsent(c, k -> ModalityRules.of(k, ctx.text(), clause.start(), clause.end(), false));
        return untilDate && m == Modality.ASSERTED ? Modality.PLANNED : m;
    }

    /**
     * The claims of one clause: each place goes to its nearest cue. {@code departed} collects the places
     * the sentence's clauses say forces left, which a pronoun in a later clause cannot mean ({@link Referents}).
     */
    private void extractClause(Context ctx, Span sentence, Span clause, List<PlaceMention> places, List<Cue> cues,
                               List<PlaceMention> sentencePlaces, java.util.Set<String> departed) {
        String s = ctx.s();
        noteDepartures(ctx.text(), clause, places, cues, departed);
        List<Cue> live = new ArrayList<>();
        for (Cue c : cues) {
            if (!filteredOut(ctx, c, clause)) {
                live.add(c);
            } else if (isCommitteeName(c, ctx.text(), clause)) {
                places = withoutRange(places, c.end(), c.end() + 30);
            }
        }
        if (live.isEmpty()) {
            return;
        }
        if (places.isEmpty()) {
            PlaceMention referent = Referents.resolve(s, clause, sentencePlaces, departed);
            places = referent == null ? places : List.of(referent);
        }
        Map<Cue, List<PlaceMention>> assigned = new LinkedHashMap<>();
        Map<Cue, List<PlaceMention>> exceptions = new LinkedHashMap<>();
        for (Cue c : live) {
            assigned.put(c, new ArrayList<>());
            exceptions.put(c, new ArrayList<>());
        }
        for (List<PlaceMention> group : listGroups(s, places)) {
            PlaceMention first = group.get(0);
            boolean directed = direction(ctx.text(), clause.start(), first.start()) != null;
            Cue nearest = nearest(s, live, first.start(), group.get(group.size() - 1).end(), directed);
            if (nearest == null || distance(nearest, first.start(), group.get(group.size() - 1).end()) > 160) {
                continue;
            }
            if (EXCEPT_BEFORE.find(ctx.text(), Math.max(clause.start(), first.start() - 40), first.start())) {
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
            for (PlaceMention ex : exceptions.get(c)) {
                Status st = ctx.has(ADVISERS, clause)
                        ? Status.ADVISORY_ONLY : Status.PRESENT;
                emit(ctx, sentence, c, ex.place(), st, Modality.ASSERTED, pickDate(ctx, c, sentence, clause, st,
                        Modality.ASSERTED), 0.7);
            }
            List<PlaceMention> mine = assigned.get(c);
            boolean fallback = false;
            if (mine.isEmpty()) {
                PlaceMention prev = fallbackPlace(places, c, assigned, exceptions.get(c));
                if (prev != null) {
                    mine = List.of(prev);
                } else if (defaultsToCountry(ctx, c, sentence, clause)) {
                    mine = List.of(new PlaceMention(c.start(), c.end(), Places.IRAQ, true));
                } else {
                    continue;
                }
                fallback = true;
            }
            if (!fallback && includedOnly(ctx.text(), clause, mine) && defaultsToCountry(ctx, c, sentence, clause)) {
                mine = new ArrayList<>(mine);
                mine.add(new PlaceMention(c.start(), c.end(), Places.IRAQ, true));
            }
            emitCue(ctx, sentence, clause, c, mine, fallback, live);
        }
    }

    /**
     * Adds to {@code departed} the places of {@code clause} whose nearest cue says forces left them, a
     * cue that makes no claim of its own included ("after the withdrawal from Ain al-Asad"), unless
     * the place is named as a destination ("to Harir").
     */
    private static void noteDepartures(Scan.Text t, Span clause, List<PlaceMention> places, List<Cue> cues,
                                       java.util.Set<String> departed) {
        if (cues.isEmpty()) {
            return;
        }
        for (PlaceMention p : places) {
            Status direction = direction(t, clause.start(), p.start());
            if (direction == Status.PRESENT) {
                continue; // "to Harir": where forces go, whatever the nearest cue says
            }
            Cue nearest = nearest(t.text(), cues, p.start(), p.end(), direction != null);
            if (nearest != null && DEPARTURES.contains(nearest.kind()) && distance(nearest, p.start(), p.end()) <= 160) {
                departed.add(p.place());
            }
        }
    }

    private void emitCue(Context ctx, Span sentence, Span clause, Cue c, List<PlaceMention> places, boolean fallback,
                         List<Cue> clauseCues) {
        String s = ctx.s();
        DateMention until = untilAfter(ctx, c, clause, clauseCues);
        Modality modality = modality(ctx, c, clause, until != null && c.kind() != Cue.Kind.PRESENT);
        String cueText = s.substring(c.start(), c.end());
        if (c.kind() == Cue.Kind.ABSENCE && WILL.matcher(cueText).matches()) {
            modality = Modality.PLANNED;
        }
        double conf = (fallback ? -0.1 : 0) + switch (c.kind()) {
            case END_COMBAT, HANDOVER, EVACUATE, CONTROL -> 0.8;
            case WITHDRAW, LEAVE, END_PRESENCE, ABSENCE -> 0.75;
            case ADVISORY, PRESENT -> 0.7;
            case RELOCATE -> 0.65;
        };
        if (c.kind() == Cue.Kind.RELOCATE) {
            for (PlaceMention p : places) {
                Status st = fallback ? (PRONOUN_SUFFIX.matcher(cueText).find() ? Status.WITHDRAWING : null)
                        : direction(ctx.text(), Math.max(clause.start(), c.start()), p.start());
                if (st == null) {
                    continue;
                }
                emit(ctx, sentence, c, p.place(), st, modality, pickDate(ctx, c, sentence, clause, st, modality), conf);
            }
            return;
        }
        Status status = status(c, ctx.text(), clause, modality);
        if (status == null) {
            return;
        }
        if (c.kind() == Cue.Kind.PRESENT && (ANY_AFTER.matcher(s.substring(c.end(), Math.min(s.length(), c.end() + 6))).find()
                || ANY_BEFORE.find(ctx.text(), Math.max(0, c.start() - 6), c.start()))) {
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

    private Status status(Cue c, Scan.Text t, Span clause, Modality modality) {
        String s = t.text();
        int before = Math.max(clause.start(), c.start() - 80);
        // a cue may run past its clause's end (a phrase that swallows the comma closing it)
        int afterEnd = Math.max(c.end(), Math.min(clause.end(), c.end() + 40));
        String after = s.substring(c.end(), afterEnd);
        String cueText = s.substring(c.start(), c.end());
        int wideStart = Math.max(clause.start(), c.start() - 120);
        int wideEnd = Math.max(c.end(), Math.min(clause.end(), c.end() + 120));
        boolean combat = COMBAT.find(t, wideStart, wideEnd) && !s.substring(wideStart, wideEnd).contains(NON_COMBAT);
        int ongoingAt = ONGOING.lastEnd(t, before, c.start());
        int completeAt = COMPLETE.lastEnd(t, before, c.start());
        boolean ongoing = ongoingAt > completeAt || ONGOING_AFTER.matcher(after).find() && completeAt < 0;
        boolean complete = completeAt > ongoingAt || completeAt < 0 && ongoingAt < 0 && COMPLETE.find(t, c.end(), afterEnd);
        Status st;
        switch (c.kind()) {
            case WITHDRAW -> {
                boolean pastVerb = PAST_WITHDRAW_VERB.matcher(cueText).matches();
                if (ongoing || MOST_AFTER.matcher(after).find() || MOST_CUE.matcher(cueText).matches()) {
                    st = Status.WITHDRAWING;
                } else if (complete || pastVerb || combat || modality == Modality.PLANNED
                        || modality == Modality.DEMANDED || modality == Modality.DENIED) {
                    st = Status.WITHDRAWN;
                } else {
                    st = Status.WITHDRAWING;
                }
            }
            case LEAVE -> {
                boolean present = LEAVING_NOW.matcher(cueText).matches();
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
                st = ADVISERS.find(t, Math.max(clause.start(), c.start() - 60),
                        Math.min(clause.end(), c.end() + 60)) ? Status.ADVISORY_ONLY : Status.PRESENT;
            }
            default -> st = null;
        }
        boolean combatCue = c.kind() == Cue.Kind.ABSENCE ? COMBAT.find(t, c.start(), c.end())
                : c.kind() != Cue.Kind.CONTROL && combat;
        if ((c.kind() == Cue.Kind.WITHDRAW || c.kind() == Cue.Kind.LEAVE) && cueText.startsWith("و")
                && COMBAT_END_BEFORE.find(t, Math.max(clause.start(), c.start() - 50), c.start())) {
            return Status.ADVISORY_ONLY;
        }
        if (st == Status.WITHDRAWN && combatCue && modality != Modality.DEMANDED) {
            st = Status.ADVISORY_ONLY;
        }
        return st;
    }

    private boolean filteredOut(Context ctx, Cue c, Span clause) {
        Scan.Text t = ctx.text();
        String s = t.text();
        String cueText = s.substring(c.start(), c.end());
        int beforeStart = Math.max(clause.start(), c.start() - 30);
        String before = s.substring(beforeStart, c.start());
        if ((c.kind() == Cue.Kind.WITHDRAW || c.kind() == Cue.Kind.LEAVE || c.kind() == Cue.Kind.RELOCATE)
                && ctx.has(CONTRACTORS, clause)) {
            return true;
        }
        if (SINCE_CUE.find(t, beforeStart, c.start()) || AFTER_CUE.find(t, beforeStart, c.start()) && (c.kind() == Cue.Kind.WITHDRAW
                || c.kind() == Cue.Kind.LEAVE || c.kind() == Cue.Kind.END_PRESENCE)) {
            return true;
        }
        if (c.kind() == Cue.Kind.LEAVE && ENTRY_AND.matcher(before).find()) {
            return true;
        }
        if (isCommitteeName(c, t, clause)) {
            return true;
        }
        if ((c.kind() == Cue.Kind.PRESENT || c.kind() == Cue.Kind.ADVISORY) && WHAT_BEFORE.matcher(before).find()
                || c.kind() == Cue.Kind.PRESENT && cueText.startsWith("ل")) {
            return true;
        }
        if ((c.kind() == Cue.Kind.HANDOVER || c.kind() == Cue.Kind.RELOCATE)
                && EQUIPMENT_AFTER.matcher(s.substring(c.end(), Math.min(s.length(), c.end() + 20))).find()) {
            return true;
        }
        if (c.kind() == Cue.Kind.RELOCATE && !forcesNear(t, Math.max(clause.start(), c.start() - 30), Math.min(clause.end(), c.end() + 30))
                && !PRONOUN_SUFFIX.matcher(cueText).find()) {
            return true;
        }
        return c.kind() == Cue.Kind.PRESENT && ctx.has(ATTACK, clause);
    }

    /** Whether foreign (not Iraqi) forces are named between {@code from} and {@code to}. */
    private static boolean forcesNear(Scan.Text t, int from, int to) {
        Matcher m = FORCES_NEAR.matcher(t, from, to);
        return m != null && m.useTransparentBounds(true).find();
    }

    /** "اللجنة العسكرية العليا لإنهاء مهمة التحالف": the name of a body, not a statement. */
    private static boolean isCommitteeName(Cue c, Scan.Text t, Span clause) {
        return c.kind() == Cue.Kind.END_PRESENCE && t.text().startsWith("ل", c.start())
                && COMMITTEE_BEFORE.find(t, Math.max(clause.start(), c.start() - 30), c.start());
    }

    private static List<PlaceMention> withoutRange(List<PlaceMention> places, int from, int to) {
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention p : places) {
            if (p.start() < from || p.start() >= to) {
                out.add(p);
            }
        }
        return out;
    }

    private boolean defaultsToCountry(Context ctx, Cue c, Span sentence, Span clause) {
        Scan.Text t = ctx.text();
        if (!ctx.has(FORCES, sentence) || ctx.has(SYRIA, sentence)) {
            return false;
        }
        Modality m = modality(ctx, c, clause, false);
        if (c.kind() != Cue.Kind.PRESENT && c.kind() != Cue.Kind.RELOCATE
                && m != Modality.ASSERTED && m != Modality.PLANNED) {
            return true;
        }
        if (ctx.has(ATTACK, clause)) {
            return false;
        }
        return switch (c.kind()) {
            case END_COMBAT, ADVISORY -> true;
            case WITHDRAW, LEAVE, END_PRESENCE, EVACUATE -> forcesNear(t, Math.max(clause.start(), c.start() - 60),
                    Math.min(clause.end(), c.end() + 40));
            default -> false;
        };
    }

    /** The place a cue without its own place speaks of: the one just before it in its clause, else just after. */
    private static PlaceMention fallbackPlace(List<PlaceMention> clausePlaces, Cue c,
                                              Map<Cue, List<PlaceMention>> assigned, List<PlaceMention> excepted) {
        PlaceMention best = null;
        for (PlaceMention p : clausePlaces) {
            if (excepted.contains(p)) {
                continue;
            }
            if (p.end() <= c.start()) {
                best = p;
            }
        }
        if (best != null) {
            return best;
        }
        for (PlaceMention p : clausePlaces) {
            if (p.start() >= c.end() && p.start() - c.end() <= 40 && !excepted.contains(p)
                    && assigned.values().stream().noneMatch(list -> list.contains(p))) {
                return p;
            }
        }
        return null;
    }

    /** PRESENT after "إلى/to", WITHDRAWING after "من/from", whichever comes last before {@code at}; else null. */
    private static Status direction(Scan.Text t, int from, int at) {
        int before = Math.max(from, at - 80);
        int to = TO_WORD.lastEnd(t, before, at);
        int away = FROM_WORD.lastEnd(t, before, at);
        if (to < 0 && away < 0) {
            return null;
        }
        return to > away ? Status.PRESENT : Status.WITHDRAWING;
    }

    private static boolean includedOnly(Scan.Text t, Span clause, List<PlaceMention> places) {
        for (PlaceMention p : places) {
            if (!INCLUDING_BEFORE.find(t, Math.max(clause.start(), p.start() - 40), p.start())) {
                return false;
            }
        }
        return !places.isEmpty();
    }

    private static boolean isCaption(String s, Span sentence) {
        String text = s.substring(sentence.start(), sentence.end());
        return text.length() < 220 && text.indexOf('(') >= 0 && CAPTION.matcher(text).find();
    }

    private static double distance(Cue c, int start, int end) {
        if (c.end() <= start) {
            return start - c.end();
        }
        return c.start() >= end ? c.start() - end : 0;
    }

    /** Drops names used only to locate something else: "قرب مطار بغداد", a place named in an attack. */
    private static List<PlaceMention> dropDescriptive(Scan.Text t, List<PlaceMention> places) {
        String s = t.text();
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention p : places) {
            int before = Math.max(0, p.start() - 14);
            int wider = Math.max(0, p.start() - 50);
            int stop = Math.max(s.lastIndexOf('.', p.start() - 1), s.lastIndexOf('\n', p.start() - 1));
            if (stop >= wider) {
                wider = stop + 1;
            }
            if (LOCATIVE_BEFORE.find(t, before, p.start()) || ATTACK.find(t, wider, p.start())
                    || Places.ancestors(p.place()).size() < 2 && DIRECTION_BEFORE.find(t, before, p.start())) {
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

    private DateMention untilAfter(Context ctx, Cue c, Span clause, List<Cue> clauseCues) {
        for (DateMention d : ctx.dates()) {
            if (d.start() >= c.end() && d.start() < clause.end() && d.until() && d.iso() != null
                    && d.start() - c.end() < 90) {
                for (Cue other : clauseCues) {
                    if (other.start() >= c.end() && other.end() <= d.start()) {
                        return null;
                    }
                }
                return d;
            }
        }
        return null;
    }

    private DateValue pickDate(Context ctx, Cue c, Span sentence, Span clause, Status st, Modality m) {
        boolean state = st == Status.PRESENT || c.kind() == Cue.Kind.ABSENCE || c.kind() == Cue.Kind.CONTROL;
        DateMention best = null;
        int bestDist = Integer.MAX_VALUE;
        for (int i = 0; i < ctx.dates().size(); i++) {
            DateMention d = ctx.dates().get(i);
            if (!sentence.contains(d.start())) {
                continue;
            }
            if ((st == Status.PRESENT || m == Modality.ASSERTED) && d.until()) {
                continue;
            }
            if (state && (d.since() || SINCE_BEFORE.find(ctx.text(), Math.max(sentence.start(), d.start() - 60),
                    d.start()))) {
                continue;
            }
            int before = Math.max(0, d.start() - 20);
            if (REFERENCE_DATE.find(ctx.text(), before, d.start()) || RELATIVE_CLAUSE_DATE.find(ctx.text(), before, d.start())) {
                continue;
            }
            LocalDate earliest = ctx.earliest()[i];
            if (m == Modality.ASSERTED && earliest != null && ctx.pub() != null && earliest.isAfter(ctx.pub())) {
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
        ctx.out().put(key, new Emitted(new Claim(a.id(), place, st, m, date.iso(), date.iso() == null ? null : date.precision(),
                original.substring(start, end), start, end, Math.min(0.95, conf),
                speaker(ctx, sentence), null, a.source(), 1, a.publishedAt()), date.quality()));
    }

    private static String speaker(Context ctx, Span sentence) {
        return ctx.speakers().computeIfAbsent(sentence, k -> Optional.ofNullable(
                Speakers.find(ctx.text(), k, ctx.nt(), ctx.article().text()))).orElse(null);
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

    private static Cue nearest(String s, List<Cue> cues, int start, int end, boolean directed) {
        Cue best = null;
        double bestDist = Double.MAX_VALUE;
        for (Cue c : cues) {
            if (c.kind() == Cue.Kind.RELOCATE && !directed) {
                continue;
            }
            double d;
            if (c.end() <= start) {
                d = start - c.end() + 40 * breaks(s, c.end(), start);
            } else if (c.start() >= end) {
                d = (c.start() - end) * 1.3 + 40 * breaks(s, end, c.start());
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

    /** How many commas and quotation marks separate {@code from} and {@code to}: phrase boundaries. */
    private static int breaks(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch == ',' || ch == '"') {
                n++;
            }
        }
        return Math.min(n, 3);
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
    private static List<PlaceMention> withAnaphora(Scan.Text text, List<PlaceMention> places) {
        List<PlaceMention> extra = new ArrayList<>();
        for (MatchResult m : Scan.find(ANAPHOR, text, ANAPHORS, ANAPHOR_IDS, 2, false, null, false)) {
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
