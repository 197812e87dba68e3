package org.basewatch.contracts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextFormsTest {

    @Test
    void shouldTreatFormatCharactersAndTatweelAsInvisible() {
        for (char c : "\u00AD\u0640\u061C\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2066\u2067\u2068\u2069\uFEFF".toCharArray()) {
            assertTrue(TextForms.isInvisible(c), String.format("U+%04X", (int) c));
        }
        for (char c : "a \n\u00A0-\u0627\u064E\u060C".toCharArray()) {
            assertFalse(TextForms.isInvisible(c), String.format("U+%04X", (int) c));
        }
    }

    @Test
    void shouldExpandPresentationFormsToTheirLetters() {
        assertEquals("\u0628", TextForms.expand('\uFE91'));            // beh, initial form
        assertEquals("\u0644\u0627", TextForms.expand('\uFEFB'));      // lam-alef ligature
        assertEquals("\u0644\u0623", TextForms.expand('\uFEF7'));      // lam-alef with hamza above
        assertEquals("\u06CC", TextForms.expand('\uFBFC'));            // Farsi yeh, isolated
        assertEquals("\u064B", TextForms.expand('\uFE70'));            // a fathatan on its own: no space
        assertNull(TextForms.expand('\uFEFF'));                        // the BOM is invisible, not a form
        assertNull(TextForms.expand('\u0628'));
    }

    @Test
    void shouldGiveThePlainTextWithoutCopyingWhenThereIsNothingToFold() {
        String plain = "انسحبت القوات من قاعدة حرير";
        assertSame(plain, TextForms.plain(plain));
        assertEquals("حرير لا", TextForms.plain("\u200Fح\u00ADر\u0640ير \uFEFB\u200F"));
        assertNull(TextForms.plain(null));
    }
}
