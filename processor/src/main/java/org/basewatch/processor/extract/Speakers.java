package org.basewatch.processor.extract;

import org.basewatch.processor.text.NormalizedText;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds who a sentence attributes its statement to ("قال المتحدث باسم …", "X said"). */
final class Speakers {
    private static final Lexicon SPOKESMAN = Lexicon.of("", "المتحدث|الناطق", "\\s+باسم\\s+(?:\\S+\\s+){0,4}?(?:ال)?(?:لواء|العميد|العقيد|الفريق|اللواء)?\\s*\\S+\\s+\\S+(?=,|\\s+(?:في|خلال|ان|إن|قوله))");
    private static final Lexicon VERB = Lexicon.of("(?<![\\p{L}])[وف]?", "قال|قالت|اعلن|اعلنت|اكد|اكدت|اوضح|اوضحت|افاد|افادت|ذكر|ذكرت|كتب|صرح|said|told|announced", "\\s+((?:[^\\s,\":]+(?:\\s+|(?=,))){1,7}?)(?=(?:,|في\\s|خلال\\s|اليوم|امس|ان\\s|إن\\s|عبر\\s|ل\\S+\\s|on\\s|that\\s|in\\s|\"))");
    private static final Pattern NOT_A_NAME = Rx.compile("^(?:في|ان|إن|اليوم|امس|ان|لـ|ل|عن|على|الي|of|the|it|he|she|they|on|in|at|that|adding|last|this|today|yesterday)(?:\\s|$)");

    static final List<Lexicon> LEXICONS = List.of(SPOKESMAN, VERB);

    private Speakers() {
    }

    /** The speaker named in {@code sentence} as written in the original text, or null. */
    static String find(Scan.Text text, Span sentence, NormalizedText nt, String original) {
        Matcher m = SPOKESMAN.matcher(text, sentence.start(), sentence.end());
        if (m != null && m.find()) {
            return cut(nt, original, m.start(), m.end());
        }
        m = VERB.matcher(text, sentence.start(), sentence.end());
        while (m != null && m.find()) {
            String who = m.group(1).trim();
            if (who.length() >= 4 && !NOT_A_NAME.matcher(who).find()) {
                return cut(nt, original, m.start(1), m.start(1) + who.length());
            }
        }
        return null;
    }

    private static String cut(NormalizedText nt, String original, int start, int end) {
        return original.substring(nt.originalStart(start), nt.originalEnd(end)).trim();
    }
}
