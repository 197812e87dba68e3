package org.basewatch.ingest.read;

import org.basewatch.contracts.LanguageId;
import org.basewatch.contracts.TextForms;

import java.util.Locale;

/** An article's language: read from its text by {@link LanguageId}, or from a page's {@code lang} tag. */
final class Languages {
    /** Letters below which a text says too little to name its language. */
    private static final int MIN_LETTERS = 20;

    private Languages() {
    }

    /** "ar", "en", or null when the text is in another language or too short to tell. */
    static String detect(String text) {
        if (text == null || TextForms.plain(text).codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return null;
        }
        return LanguageId.identify(text).language();
    }

    /** The primary subtag of an HTML {@code lang} value ("ar-IQ" → "ar"), or null. */
    static String fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        return tag.trim().split("[-_]")[0].toLowerCase(Locale.ROOT);
    }
}
