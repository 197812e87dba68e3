package org.basewatch.processor.extract;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.Modality;
import org.basewatch.contracts.Status;
import org.basewatch.processor.text.PresentationForms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, item 5: text forms that hide words. The same sentence stored in presentation forms (PDFs, old sites), or
 * with an invisible character inside a place name, must be read as the plain sentence is, and its evidence must
 * still be a slice of the text as published.
 */
class TextFormsExtractionTest {
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();
    private static final String SENTENCE = "انسحبت القوات الأمريكية من قاعدة عين الأسد";

    private static List<Claim> extract(String text) {
        List<Claim> claims = EXTRACTOR.extract(new Article("forms", null, null, "2020-03-29", "ar", null, text));
        for (Claim c : claims) {
            assertEquals(c.evidence(), text.substring(c.start(), c.end()), "evidence is a slice of the published text");
        }
        return claims;
    }

    private static String describe(List<Claim> claims) {
        return claims.stream().map(c -> c.place() + " " + c.status() + " " + c.modality() + " «" + c.evidence() + "»").toList().toString();
    }

    @Test
    void shouldReadPresentationFormsAsThePlainLetters() {
        String forms = PresentationForms.of(SENTENCE);
        assertNotEquals(SENTENCE, forms);
        assertTrue(forms.chars().anyMatch(c -> c >= 0xFEF5 && c <= 0xFEFC), "the sentence has a lam-alef ligature: " + forms);
        assertTrue(forms.chars().noneMatch(c -> c >= 0x0621 && c <= 0x064A), "no plain letter is left: " + forms);

        List<Claim> plain = extract(SENTENCE);
        List<Claim> shaped = extract(forms);
        assertTrue(plain.stream().anyMatch(c -> c.place().equals("ain-al-asad") && c.status() == Status.WITHDRAWN), describe(plain));
        assertEquals(plain.stream().map(c -> c.place() + " " + c.status() + " " + c.modality() + " " + c.eventDate()).toList(),
                shaped.stream().map(c -> c.place() + " " + c.status() + " " + c.modality() + " " + c.eventDate()).toList(),
                "presentation forms: " + describe(shaped));
    }

    @Test
    void shouldPointEvidenceIntoTheShapedTextWhenALigatureEndsIt() {
        // the evidence ends in the ligature of «الأسد»: its end maps to the end of the ligature, not the middle of it
        String forms = PresentationForms.of(SENTENCE + "، يوم أمس.");
        List<Claim> claims = extract(forms);
        assertTrue(claims.stream().anyMatch(c -> c.place().equals("ain-al-asad") && c.status() == Status.WITHDRAWN), describe(claims));
    }

    @ParameterizedTest(name = "U+{0} inside «حرير»")
    @ValueSource(strings = {"00AD", "200C", "200D", "0640", "2060", "200F"})
    void shouldFindAPlaceWithAnInvisibleCharacterInsideItsName(String hex) {
        String hidden = "ح" + (char) Integer.parseInt(hex, 16) + "رير";
        String text = "انسحبت القوات الأمريكية من قاعدة " + hidden + " يوم أمس";
        List<Claim> claims = extract(text);
        assertTrue(claims.stream().anyMatch(c -> c.place().equals("harir") && c.status() == Status.WITHDRAWN), describe(claims));
        assertTrue(claims.stream().anyMatch(c -> c.evidence().contains(hidden)), "evidence keeps the character: " + describe(claims));
    }

    @Test
    void shouldReadTheBadInputSampleInPresentationFormsAsItsPlainText() throws IOException {
        // testdata/bad-input/arabic-presentation-forms.json: RLM around the text, a soft hyphen inside «حرير»
        Article sample = Json.read(Files.readAllBytes(Path.of("..", "testdata", "bad-input", "arabic-presentation-forms.json")), Article.class);
        List<Claim> claims = extract(sample.text());
        assertTrue(claims.stream().anyMatch(c -> c.place().equals("harir") && c.status() == Status.PRESENT
                && c.modality() == Modality.ASSERTED), describe(claims));
    }
}
