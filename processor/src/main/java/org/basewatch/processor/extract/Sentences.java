package org.basewatch.processor.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts an article's tokens into sentences (lines, and full stops, question and exclamation marks
 * that end one) and sentences into clauses, where a new statement begins: a semicolon, a contrast
 * ("لكن", "فيما", "but", "while") or a new report after a comma ("، مضيفاً", ", adding").
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.copyOf(List.of("mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "sgt",
            "capt", "st", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "a.m", "p.m", "adm", "rep", "sen", "gov", "inc", "co", "corp", "jr", "sr", "u.k", "u.n", "e.g", "i.e"));
    /** Short words that begin a new statement after a comma ("، فقد تسلمت", "، وقد أعلنت"). */
    private static final Set<String> NEW_STATEMENT = Set.of("فقد", "وقد");
    /** Cues that begin a new statement after a comma: "، مضيفاً", "، مطالباً الحكومة", "، رافضاً", ", demanding". */
    private static final Set<CueKind> STATEMENTS = EnumSet.of(CueKind.REPORT, CueKind.DEMAND, CueKind.REJECT);
    /** A clause shorter than this many tokens is not cut off: "لكن" at a sentence's start begins no new clause. */
    private static final int SHORTEST_CLAUSE = 3;

    private Sentences() {
    }

    /** Sentences as token ranges {@code [first, end)}, without line tokens. */
    static List<Span> split(TokenizedText text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.size();
        for (int i = 0; i < n; i++) {
            Token t = text.token(i);
            boolean cut = t.kind() == Token.Kind.LINE;
            boolean include = false;
            if (t.kind() == Token.Kind.PUNCT && (t.is("?") || t.is("!") || t.is(".") && endsSentence(text, i))) {
                cut = true;
                include = true;
            }
            if (cut) {
                add(out, start, include ? i + 1 : i);
                start = i + 1;
            }
        }
        add(out, start, n);
        return out;
    }

    private static boolean endsSentence(TokenizedText text, int dot) {
        if (dot > 0 && dot + 1 < text.size() && text.token(dot - 1).kind() == Token.Kind.NUMBER
                && text.token(dot + 1).kind() == Token.Kind.NUMBER && text.token(dot + 1).start() == text.token(dot).end()) {
            return false;
        }
        if (dot > 0 && text.token(dot - 1).kind() == Token.Kind.LATIN) {
            Token w = text.token(dot - 1);
            if (ABBREVIATIONS.contains(w.form()) || w.form().length() == 1) {
                return false;
            }
        }
        return true;
    }

    /** "، وقاعدة فكتوريا", "، ومعسكر التاجي": the list goes on with a base noun before the name. */
    private static boolean isBaseNoun(String word) {
        String bare = word.substring(1);
        return Frames.SITE_WORDS.contains(bare);
    }

    private static boolean beginsPlace(List<PlaceMention> places, int token) {
        for (PlaceMention p : places) {
            if (p.first() == token) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<Span> out, int first, int end) {
        if (end > first) {
            out.add(new Span(first, end));
        }
    }

    /** The clauses of {@code sentence}, given the cues found in the article. */
    static List<Span> clauses(TokenizedText text, Span sentence, List<Cue> cues, List<PlaceMention> places) {
        List<Integer> cuts = new ArrayList<>();
        for (int i = sentence.first(); i < sentence.end(); i++) {
            if (text.token(i).is(";")) {
                cuts.add(i);
            }
            // "، وقال", "، ومصادر تتحدث", "، فقد تسلمت": after a comma an Arabic "و" or "ف" begins a new statement
            // (a list of places has no comma before its "و")
            if (text.token(i).is(",") && i + 1 < sentence.end() && text.token(i + 1).kind() == Token.Kind.ARABIC
                    && (text.token(i + 1).form().startsWith("و") || text.token(i + 1).form().startsWith("ف"))
                    && (text.token(i + 1).form().length() > 3 || NEW_STATEMENT.contains(text.token(i + 1).form()))
                    && !beginsPlace(places, i + 1)
                    && !(isBaseNoun(text.token(i + 1).form()) && beginsPlace(places, i + 2))) {
                cuts.add(i);
            }
        }
        for (Cue c : cues) {
            if (c.first() <= sentence.first() || c.first() >= sentence.end()) {
                continue;
            }
            boolean afterComma = text.token(c.first() - 1).is(",");
            if (c.kind() == CueKind.CONTRAST || afterComma && STATEMENTS.contains(c.kind())) {
                cuts.add(afterComma ? c.first() - 1 : c.first());
            }
        }
        cuts.sort(null);
        List<Span> out = new ArrayList<>();
        int start = sentence.first();
        for (int cut : cuts) {
            if (cut - start >= SHORTEST_CLAUSE) {
                out.add(new Span(start, cut));
                start = cut;
            }
        }
        out.add(new Span(start, sentence.end()));
        return out;
    }
}
