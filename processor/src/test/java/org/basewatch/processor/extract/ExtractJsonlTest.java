package org.basewatch.processor.extract;

import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Json;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractJsonlTest {

    @Test
    void shouldPrintOneClaimPerLineAndReportUnreadableLinesWithTheirNumber() {
        String article = Json.write(new org.basewatch.contracts.Article("a-1", null, "Wire", "2020-08-23", "ar", null,
                "أعلنت خلية الإعلام الأمني، اليوم الأحد، أن قوات التحالف سلّمت معسكر التاجي إلى القوات العراقية."));
        String input = article + "\n{not json\n\n" + "{\"id\":\"a-2\"}\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int count = ExtractJsonl.run(new BufferedReader(new StringReader(input)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(count, lines.length);
        assertTrue(count >= 1);
        Claim first = Json.read(lines[0], Claim.class);
        assertEquals("taji", first.place());
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("line 2"), errors);
        assertTrue(errors.contains("line 4"), errors);
    }
}
