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
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void shouldFileEveryCopyEvenACloseOneSoThatItsRedeliveryStaysACopy() {
        StoryGrouper grouper = new StoryGrouper();
        Article original = byId("sample-08");
        Article closeCopy = DedupFixtures.variant(original, "copy", DedupFixtures.edits().get("new dateline"), 1);
        grouper.add(original);
        StoryDecision first = grouper.add(closeCopy);
        assertTrue(first.similarity() >= 0.8, "precondition: a close copy, " + first);
        assertEquals(2, grouper.remembered(), "a copy of the copy may match only the copy");
        StoryDecision again = grouper.add(closeCopy);
        assertEquals(new StoryDecision("sample-08", "sample-08", null, true), again);
        assertEquals(2, grouper.remembered());
    }

    @Test
    void shouldNotFileTheSameTextTwice() {
        StoryGrouper grouper = new StoryGrouper();
        Article original = byId("sample-08");
        grouper.add(original);
        StoryDecision decision = grouper.add(new Article("sample-08-again", null, "وكالة أخرى", original.publishedAt(),
                original.language(), original.title(), original.text()));
        assertEquals("sample-08", decision.storyId());
        assertEquals(1, grouper.remembered(), "every later article matches both or neither");
        assertNull(grouper.add(original).similarity());
    }

    @Test
    void shouldMakeACopyPublishedBeforeTheOriginalTheStorysOriginalAndNameTheStoryItReplaced() {
        StoryGrouper grouper = new StoryGrouper();
        Article original = byId("sample-08");
        Article earlier = new Article("earlier", null, "وكالة أخرى", "2000-01-01", original.language(), original.title(),
                DedupFixtures.variant(original, "copy", DedupFixtures.edits().get("new dateline"), 1).text());
        grouper.add(original);
        StoryDecision decision = grouper.add(earlier);
        assertEquals(StoryDecision.newStory("earlier").replacing(List.of("sample-08")), decision);
        assertEquals("earlier", grouper.currentStory("sample-08"));
        StoryDecision copy = grouper.add(DedupFixtures.variant(original, "again", DedupFixtures.edits().get("boilerplate appended"), 2));
        assertEquals("earlier", copy.storyId());
        assertEquals(List.of(), copy.replaced());
    }

    @Test
    void shouldJoinTwoStoriesThatAnArticleMatchesBothOfIntoTheOnePublishedFirst() {
        Article a = byId("sample-08");
        String text = a.text();
        // the first and second halves of one text: each matches the whole, not each other
        int half = text.indexOf('\n', text.length() / 2);
        Article first = new Article("half-1", null, "أ", "2021-12-02", "ar", "", text.substring(0, half));
        Article second = new Article("half-2", null, "ب", "2021-12-01", "ar", "", text.substring(half + 1));
        Article whole = new Article("whole", null, "ج", "2021-12-03", "ar", "", text);
        StoryGrouper grouper = new StoryGrouper();
        assertFalse(grouper.add(first).isDuplicate());
        assertFalse(grouper.add(second).isDuplicate(), "precondition: the halves are not copies of each other");
        StoryDecision joined = grouper.add(whole);
        assertEquals("half-2", joined.storyId());
        assertEquals(List.of("half-1"), joined.replaced());
        assertEquals("half-2", grouper.currentStory("half-1"));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static Article byId(String id) {
        return SAMPLES.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}
