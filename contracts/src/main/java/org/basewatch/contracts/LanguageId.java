package org.basewatch.contracts;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The language of an article's text: Arabic and English, which basewatch reads, or another one, which it must not
 * read as either. The script most letters are in picks the candidates; Apache OpenNLP's language detector (its
 * 103-language {@code langdetect-183} model) tells the languages that share a script apart: Arabic from Persian, Urdu
 * or Pashto, English from French or German. The model knows no Kurdish; Sorani text reads as one of its Arabic-script
 * neighbours, which is just as unsupported.
 * <p>
 * Only the letters of the leading script are shown to the model (an English dateline over an Arabic body is Arabic),
 * and at most {@link #SAMPLE_CHARS} of them: the model costs about a microsecond a character.
 */
public final class LanguageId {
    /** Characters of text the model reads: a paragraph is plenty, and the cost is linear in it. */
    public static final int SAMPLE_CHARS = 600;
    private static final String MODEL = "/langdetect-183.bin";
    /** The model's ISO 639-3 codes basewatch reads, with the code articles carry. */
    private static final Map<String, String> SUPPORTED = Map.of("ara", "ar", "eng", "en");
    /** The script each supported language is written in: a model's verdict counts only within it. */
    private static final Map<String, UnicodeScript> SCRIPT_OF = Map.of("ara", UnicodeScript.ARABIC, "eng", UnicodeScript.LATIN);
    /** Names for the readings an operator most often meets in dead letters; other codes are shown as they are. */
    private static final Map<String, String> NAMES = Map.of(
            "pes", "Persian", "fas", "Persian", "urd", "Urdu", "pnb", "Punjabi (Shahmukhi)", "pus", "Pashto",
            "tgk", "Tajik", "fra", "French", "deu", "German", "tur", "Turkish", "heb", "Hebrew");

    private static final LanguageDetectorModel LOADED = load();
    /** One detector per thread over the one shared (read-only) model. */
    private static final ThreadLocal<LanguageDetectorME> DETECTOR = ThreadLocal.withInitial(() -> new LanguageDetectorME(LOADED));

    private LanguageId() {
    }

    /**
     * What {@code text} is written in: {@code language} is "ar" or "en" when basewatch reads it, null otherwise, and
     * {@code reading} names what was found ("Arabic", "Persian (pes)", "the HEBREW script", "no letters").
     */
    public record Verdict(String language, String reading) {
        public boolean supported() {
            return language != null;
        }
    }

    public static Verdict identify(String text) {
        String plain = TextForms.plain(text == null ? "" : text);
        UnicodeScript script = leadingScript(plain);
        if (script == null) {
            return new Verdict(null, "no letters");
        }
        if (script != UnicodeScript.ARABIC && script != UnicodeScript.LATIN) {
            return new Verdict(null, "the " + script + " script");
        }
        Language best = DETECTOR.get().predictLanguage(sample(plain, script));
        String code = best.getLang();
        if (SUPPORTED.containsKey(code) && SCRIPT_OF.get(code) == script) {
            return new Verdict(SUPPORTED.get(code), code.equals("ara") ? "Arabic" : "English");
        }
        return new Verdict(null, NAMES.getOrDefault(code, code) + " (" + code + ")");
    }

    /** The script most of the letters of {@code plain} are in, or null when it has none. */
    static UnicodeScript leadingScript(String plain) {
        Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
        for (int i = 0; i < plain.length(); ) {
            int c = plain.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters.merge(UnicodeScript.of(c), 1, Integer::sum);
            }
        }
        return letters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The words of {@code script} in {@code plain}, other letters blanked, cut at {@link #SAMPLE_CHARS}. */
    private static String sample(String plain, UnicodeScript script) {
        StringBuilder out = new StringBuilder(Math.min(plain.length(), SAMPLE_CHARS));
        boolean space = true;
        for (int i = 0; i < plain.length() && out.length() < SAMPLE_CHARS; ) {
            int c = plain.codePointAt(i);
            i += Character.charCount(c);
            boolean keep = Character.isLetter(c) ? UnicodeScript.of(c) == script : Character.getType(c) == Character.NON_SPACING_MARK;
            if (keep) {
                out.appendCodePoint(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static LanguageDetectorModel load() {
        try (InputStream in = LanguageId.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException(MODEL + " is not on the class path (org.apache.opennlp:opennlp-models-langdetect)");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language model " + MODEL, e);
        }
    }
}
