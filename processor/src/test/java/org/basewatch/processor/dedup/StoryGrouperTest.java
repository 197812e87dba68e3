package org.basewatch.processor.dedup;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.StoryMark;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoryGrouperTest {
    private static final List<Article> SAMPLES = DedupFixtures.articles(DedupFixtures.SAMPLES.resolve("articles.jsonl"));

    @Test
    void shouldPrintOneStoryMarkPerArticleInInputOrder() {
        Article original = byId("sample-08");
        Article copy = byId("sample-09");
        String input = Json.write(original) + "\n\n" + Json.write(copy) + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = StoryGrouper.run(new BufferedReader(new StringReader(input)), print(out), print(new ByteArrayOutputStream()));
        List<StoryMark> marks = out.toString(StandardCharsets.UTF_8).lines().map(l -> Json.read(l, StoryMark.class)).toList();
        assertEquals(0, status);
        assertEquals(2, marks.size());
        assertEquals(new StoryMark("sample-08", "sample-08", null, null, original.source()), marks.get(0));
        assertEquals("sample-08", marks.get(1).storyId());
        assertEquals("sample-08", marks.get(1).duplicateOf());
        assertEquals(copy.source(), marks.get(1).source());
        assertTrue(marks.get(1).similarity() >= NearDuplicates.THRESHOLD);
    }

    @Test
    void shouldReportUnreadableLinesAndGoOn() {
        String input = "{not json\n" + Json.write(new Article(null, null, null, null, null, null, "نص")) + "\n"
                + Json.write(byId("sample-01")) + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = StoryGrouper.run(new BufferedReader(new StringReader(input)), print(out), print(err));
        assertEquals(1, status);
        assertEquals(1, out.toString(StandardCharsets.UTF_8).lines().count());
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("line 1") && errors.contains("line 2"), errors);
    }

    @Test
    void shouldKeepAWeakCopyFiledSoThatItsRedeliveryStaysACopy() {
        StoryGrouper grouper = new StoryGrouper();
        Article original = byId("sample-08");
        Article weakCopy = DedupFixtures.variant(original, "copy", DedupFixtures.edits().get("all of the above"), 4);
        grouper.add(original);
        StoryDecision first = grouper.add(weakCopy);
        assertTrue(first.similarity() < NearDuplicates.REMEMBER_COPIES_BELOW, "precondition: a weak copy, " + first);
        assertEquals(2, grouper.remembered());
        StoryDecision again = grouper.add(weakCopy);
        assertEquals(new StoryDecision("sample-08", "sample-08", null, true), again);
        assertEquals(2, grouper.remembered());
    }

    @Test
    void shouldNotFileACloseCopy() {
        StoryGrouper grouper = new StoryGrouper();
        Article original = byId("sample-08");
        grouper.add(original);
        StoryDecision decision = grouper.add(DedupFixtures.variant(original, "copy", DedupFixtures.edits().get("new dateline"), 1));
        assertTrue(decision.isDuplicate());
        assertEquals(1, grouper.remembered());
        assertNull(grouper.add(original).similarity());
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static Article byId(String id) {
        return SAMPLES.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}
