package org.basewatch.app;

import org.basewatch.contracts.Article;
import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Json;
import org.basewatch.contracts.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code basewatch extract} on what people give it: a page gives its claims, what cannot be read is one line each and exit 2. */
class ExtractCommandTest {
    private static final String WITHDRAWAL = "أعلنت قيادة العمليات المشتركة انسحاب قوات التحالف الدولي بالكامل من قاعدة عين الأسد الجوية في محافظة الأنبار "
            + "وتسليمها إلى القوات العراقية يوم 18 كانون الثاني 2026.";

    static {
        // logging starts before the streams are captured, so its start-up notes do not read as the command's output
        LoggerFactory.getLogger(ExtractCommandTest.class);
    }

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run extract(Path file) {
        return extract(file.toString());
    }

    private static synchronized Run extract(String... inputs) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            String[] args = new String[inputs.length + 1];
            args[0] = "extract";
            System.arraycopy(inputs, 0, args, 1, inputs.length);
            int exit = Main.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    @Test
    void shouldReadAnHtmlPageAsIngestDoesAndPrintItsClaims() throws Exception {
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<!doctype html>\n<html lang=\"ar\" dir=\"rtl\"><head><title>انسحاب التحالف</title>\n"
                + "<meta property=\"article:published_time\" content=\"2026-01-19\"></head>\n<body>\n<article><p>" + WITHDRAWAL
                + "</p></article>\n</body></html>\n");

        Run run = extract(page);

        assertEquals(0, run.exit(), run.err());
        assertFalse(run.err().contains("Json") || run.err().contains("Source:"), run.err());
        List<Claim> claims = run.out().lines().map(l -> Json.read(l, Claim.class)).toList();
        assertTrue(claims.stream().anyMatch(c -> c.place().equals("ain-al-asad") && c.status() == Status.WITHDRAWN), run.out());
    }

    @Test
    void shouldRejectABinaryFileInOneLineWithExitTwo() throws Exception {
        Path png = dir.resolve("picture.png");
        byte[] bytes = new byte[2048];
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(header, 0, bytes, 0, header.length);
        for (int i = header.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(png, bytes);

        Run run = extract(png);

        assertEquals(ExtractCommand.SOME_REJECTED, run.exit());
        assertEquals("", run.out());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("picture.png"), run.err());
    }

    @Test
    void shouldNameEachUnreadableJsonlLineOnceWithoutTheParsersInsides() throws Exception {
        Path jsonl = dir.resolve("articles.jsonl");
        Files.writeString(jsonl, Json.write(new Article("a-1", null, "Outlet", "2026-01-19", "ar", null, WITHDRAWAL))
                + "\n{\"id\": \"a-2\", \"text\": broken\n");

        Run run = extract(jsonl);

        assertEquals(ExtractCommand.SOME_REJECTED, run.exit());
        assertTrue(run.out().contains("ain-al-asad"), "the good line still gives its claims");
        List<String> errors = run.err().strip().lines().toList();
        assertEquals(1, errors.size(), run.err());
        assertTrue(errors.get(0).startsWith("line 2: not an article: "), errors.get(0));
        assertFalse(errors.get(0).contains("com.fasterxml") || errors.get(0).contains("Source:"), errors.get(0));
    }

    @Test
    void shouldReadAFolderOfPagesAndTextsAndSeveralInputsAsIngestDoes() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(folder.resolve("page.html"), "<!doctype html>\n<html lang=\"ar\" dir=\"rtl\"><head><title>انسحاب</title>"
                + "</head>\n<body><article><p>" + WITHDRAWAL + "</p></article></body></html>\n");
        Files.writeString(folder.resolve("note.txt"), "---\nid: note-1\nsource: Outlet\npublished: 2026-01-19\n---\n"
                + WITHDRAWAL + "\n");
        Path jsonl = dir.resolve("articles.jsonl");
        Files.writeString(jsonl, Json.write(new Article("a-1", null, "Outlet", "2026-01-19", "ar", null, WITHDRAWAL)) + "\n");

        Run run = extract(folder.toString(), jsonl.toString());

        assertEquals(0, run.exit(), run.err());
        List<Claim> claims = run.out().lines().map(l -> Json.read(l, Claim.class)).toList();
        List<String> articles = claims.stream().map(Claim::articleId).distinct().toList();
        assertEquals(3, articles.size(), "the page, the text and the JSONL line: " + run.out());
        assertTrue(articles.containsAll(List.of("note-1", "a-1")), articles.toString());
        assertTrue(claims.stream().allMatch(c -> c.place().equals("ain-al-asad")), run.out());
    }

    @Test
    void shouldNameAMissingInputInOneLineAndStillReadTheOthers() throws Exception {
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<html lang=\"ar\"><body><article><p>" + WITHDRAWAL + "</p></article></body></html>\n");

        Run run = extract(dir.resolve("nowhere.html").toString(), page.toString());

        assertEquals(ExtractCommand.SOME_REJECTED, run.exit());
        assertTrue(run.out().contains("ain-al-asad"), run.out());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("nowhere.html"), run.err());
    }
}
