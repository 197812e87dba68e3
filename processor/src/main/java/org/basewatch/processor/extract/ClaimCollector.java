package org.basewatch.processor.extract;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers an article's claims, one per place, status and modality: of several sentences saying the
 * same, the one with a date of its own wins, then the more confident; the evidence is the clause,
 * with its offsets in the original text.
 */
final class ClaimCollector {
    /** Evidence longer than this many characters is cut to the words around the predicate and the place. */
    static final int LONGEST_EVIDENCE = 320;
    /** How many tokens of context a cut evidence keeps on each side. */
    static final int EVIDENCE_CONTEXT = 8;

    private record Candidate(Claim claim, boolean writtenDate) {
    }

    private final ArticleReading r;
    private final Map<String, Candidate> best = new LinkedHashMap<>();

    ClaimCollector(ArticleReading r) {
        this.r = r;
    }

    void add(Frame f, Frame.Role role, StatusReading.Reading reading, EventDating.Dated date, double confidence, String speaker) {
        Article a = r.article();
        int[] span = evidenceSpan(f, role);
        String original = a.text();
        int start = r.normalized().originalStart(r.text().token(span[0]).start());
        int end = r.normalized().originalEnd(r.text().token(span[1] - 1).end());
        Claim c = new Claim(a.id(), role.place().place(), reading.status(), reading.modality(), date.iso(), date.precision(),
                original.substring(start, end), start, end, confidence, speaker, null, a.source(), 1, a.publishedAt(), null);
        String key = c.place() + "|" + c.status() + "|" + c.modality();
        Candidate known = best.get(key);
        Candidate candidate = new Candidate(c, date.written());
        if (known == null || better(candidate, known)) {
            best.put(key, candidate);
        }
    }

    private static boolean better(Candidate a, Candidate b) {
        if (a.writtenDate() != b.writtenDate()) {
            return a.writtenDate();
        }
        if (a.claim().eventDate() != null && b.claim().eventDate() == null) {
            return true;
        }
        return a.claim().confidence() > b.claim().confidence() + 1e-9;
    }

    List<Claim> claims() {
        List<Claim> out = new ArrayList<>();
        best.values().forEach(c -> out.add(c.claim()));
        return out;
    }

    /** The clause, or, when it is long, the tokens around the predicate and the place. */
    private int[] evidenceSpan(Frame f, Frame.Role role) {
        int first = f.clause().first();
        int end = f.clause().end();
        while (first < end - 1 && isEdgePunctuation(r.text().token(first))) {
            first++;
        }
        while (end > first + 1 && isEdgePunctuation(r.text().token(end - 1))) {
            end--;
        }
        int chars = r.text().token(end - 1).end() - r.text().token(first).start();
        if (chars > LONGEST_EVIDENCE) {
            int lo = Math.min(f.predicate().first(), role.place().first());
            int hi = Math.max(f.predicate().end(), role.place().end());
            first = Math.max(first, lo - EVIDENCE_CONTEXT);
            end = Math.min(end, hi + EVIDENCE_CONTEXT);
        }
        return new int[]{first, end};
    }

    private static boolean isEdgePunctuation(Token t) {
        return t.kind() == Token.Kind.PUNCT && !t.is("\"") && !t.is(")") && !t.is("(");
    }
}
