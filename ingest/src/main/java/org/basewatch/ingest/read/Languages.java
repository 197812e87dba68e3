package org.basewatch.ingest.read;

import org.basewatch.contracts.TextForms;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** A rough guess of an article's language from its letters, good enough to tell Arabic from English. */
final class Languages {
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "was", "that", "for", "on");

    private Languages() {
    }

    /** "ar", "en", or null when the text gives no clear answer. */
    static String detect(String text) {
        if (text == null) {
            return null;
        }
        // presentation forms (PDFs, old pages) are the letters they stand for; format characters are no letters
        text = TextForms.plain(text);
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0621' && c <= '\u064A') {
                arabic++;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            }
        }
        if (arabic + latin < 20) {
            return null;
        }
        if (arabic >= latin) {
            return "ar";
        }
        long englishWords = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z]+"))
                .filter(ENGLISH::contains).count();
        return englishWords >= 3 ? "en" : null;
    }

    /** The primary subtag of an HTML {@code lang} value ("ar-IQ" → "ar"), or null. */
    static String fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        return tag.trim().split("[-_]")[0].toLowerCase(Locale.ROOT);
    }
}
