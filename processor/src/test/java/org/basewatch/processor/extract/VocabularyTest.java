package org.basewatch.processor.extract;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyTest {
    private static final Vocabulary SHIPPED = Vocabulary.load();

    @Test
    void shouldGiveEveryKindOfCueSomeWordsInTheShippedFile() {
        Map<CueKind, Integer> counts = SHIPPED.counts();
        EnumSet<CueKind> empty = EnumSet.allOf(CueKind.class);
        empty.removeIf(k -> counts.getOrDefault(k, 0) > 0);
        empty.remove(CueKind.RETURN); // a kind the frames know, with no words yet
        assertTrue(empty.isEmpty(), "kinds without words: " + empty);
    }

    @Test
    void shouldMatchAStemWithItsInflectionsAndClitics() throws IOException {
        Vocabulary v = parse("[WITHDRAW]\nانسحب+\n");
        for (String text : List.of("انسحبت القوات", "وانسحبوا امس", "فانسحبت")) {
            assertEquals(CueKind.WITHDRAW, kinds(v, text).get(0), text);
        }
        assertTrue(kinds(v, "انسحابات").isEmpty(), "a noun is not the verb's stem with four more letters");
    }

    @Test
    void shouldRequireTheArticleOnlyWhereTheEntryWritesIt() throws IOException {
        Vocabulary v = parse("[COALITION]\nالتحالف\n[FORCES]\nقوات\n");
        assertTrue(kinds(v, "قوات التحالف").contains(CueKind.COALITION));
        assertTrue(kinds(v, "تحالف الفتح").stream().noneMatch(k -> k == CueKind.COALITION), "التحالف needs its article");
        assertEquals(List.of(CueKind.FORCES), kinds(v, "القوات"));
    }

    @Test
    void shouldMatchPhrasesWithAnyWordAndNumberPlaceholders() throws IOException {
        Vocabulary v = parse("[PRESENCE]\n<number> ~ troops :ongoing\nend+ ~ presence :noun\n");
        List<Cue> cues = v.find(new TokenizedText("about 2,500 american troops and a plan to end the presence"));
        assertEquals(2, cues.size(), cues.toString());
        assertEquals(Cue.Aspect.ONGOING, cues.get(0).aspect());
        assertEquals(Cue.Aspect.NOUN, cues.get(1).aspect());
    }

    @Test
    void shouldLetAnExclusionStopItsKindWhereItBegins() throws IOException {
        Vocabulary v = parse("[DENY]\nتنفي+\n!تنفيذ+\n");
        assertTrue(kinds(v, "تنفيذ الاتفاق").isEmpty(), "تنفيذ (carrying out) is not تنفي (she denies)");
        assertEquals(List.of(CueKind.DENY), kinds(v, "تنفي الحكومه"));
    }

    @Test
    void shouldKeepTheLongestOfOverlappingPredicates() {
        List<Cue> cues = SHIPPED.find(new TokenizedText(norm("أعلن انتهاء المهام القتالية للتحالف")));
        assertTrue(cues.stream().anyMatch(c -> c.kind() == CueKind.END_COMBAT), cues.toString());
        assertTrue(cues.stream().noneMatch(c -> c.kind() == CueKind.END_PRESENCE), cues.toString());
    }

    @Test
    void shouldRejectAnUnknownSectionWithItsLineNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse("[WITHDRAW]\nانسحب\n[NOPE]\n"));
        assertTrue(e.getMessage().contains(":3:"), e.getMessage());
    }

    private static Vocabulary parse(String text) throws IOException {
        return Vocabulary.parse(new BufferedReader(new StringReader(text)), "test");
    }

    private static List<CueKind> kinds(Vocabulary v, String text) {
        return v.find(new TokenizedText(norm(text))).stream().map(Cue::kind).toList();
    }

    private static String norm(String s) {
        return org.basewatch.processor.text.ArabicNormalizer.normalize(s);
    }
}
