package org.basewatch.ingest.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One bad line or one binary file is rejected alone: nothing around it is decoded in another charset. */
class EncodingIsolationTest {
    private static final String TAJI = "تسلمت القوات العراقية اليوم معسكر التاجي من قوات التحالف الدولي";
    private static final String KADHIMI = "أعلن الكاظمي انسحاب القوات القتالية من العراق";

    @TempDir
    Path dir;

    private static List<ReadResult> read(Path path) {
        return ArticleSources.read(path.toString(), ReadOptions.defaults()).toList();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldRejectOnlyTheLineThatIsNotUtf8AndPublishItsNeighboursUntouched() throws IOException {
        Path file = dir.resolve("m.jsonl");
        Files.write(file, concat(
                utf8("{\"id\":\"a\",\"publishedAt\":\"2020-08-23\",\"text\":\"" + TAJI + "\"}\n"),
                utf8("{\"id\":\"b\",\"text\":\""), new byte[]{(byte) 0xD9, (byte) 0x82, (byte) 0xFF, (byte) 0xFE}, utf8("\"}\n"),
                utf8("{\"id\":\"c\",\"publishedAt\":\"2021-12-29\",\"text\":\"" + KADHIMI + "\"}\n")));

        List<ReadResult> results = read(file);

        assertEquals(3, results.size());
        assertEquals(TAJI, results.get(0).article().text());
        assertEquals(file + ":2", results.get(1).origin());
        assertTrue(results.get(1).rejection().startsWith("invalid-utf8: byte 0xFF at column"), results.get(1).rejection());
        assertEquals(KADHIMI, results.get(2).article().text());
    }

    @Test
    void shouldRejectAWindows1256LineInAUtf8FileRatherThanGuessItsCharset() throws IOException {
        Path file = dir.resolve("mixed.jsonl");
        Files.write(file, concat(
                ("{\"id\":\"old\",\"text\":\"" + KADHIMI + "\"}\r\n").getBytes(Charsets.WINDOWS_1256),
                utf8("{\"id\":\"new\",\"text\":\"" + TAJI + "\"}\r\n")));

        List<ReadResult> results = read(file);

        assertTrue(results.get(0).rejection().startsWith("invalid-utf8"), String.valueOf(results.get(0).rejection()));
        assertEquals(TAJI, results.get(1).article().text());
    }

    @Test
    void shouldStillReadAWholeUtf8FileWithByteOrderMarkAndCrlf() throws IOException {
        Path file = dir.resolve("bom.jsonl");
        Files.write(file, concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8("{\"id\":\"a\",\"text\":\"" + TAJI + "\"}\r\n{\"id\":\"c\",\"text\":\"" + KADHIMI + "\"}\r\n")));

        List<ReadResult> results = read(file);

        assertEquals(List.of(TAJI, KADHIMI), results.stream().map(r -> r.article().text()).toList());
    }

    @Test
    void shouldRejectAPdfNamedHtmlAsBinaryInsteadOfDecodingItAsWindows1256() throws IOException {
        Path file = dir.resolve("report.html");
        Files.write(file, concat(utf8("%PDF-1.4\n%"), new byte[]{(byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3},
                utf8("\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")));

        List<ReadResult> results = read(file);

        assertEquals(1, results.size());
        assertEquals("binary: a PDF document, not a text document", results.get(0).rejection());
    }

    @Test
    void shouldRejectAZipAndAnyNulBytesNamedTxtAsBinary() throws IOException {
        Path zip = dir.resolve("archive.txt");
        Files.write(zip, concat(new byte[]{'P', 'K', 3, 4, 20, 0, 0, 0}, utf8("word/document.xml")));
        Path nul = dir.resolve("dump.txt");
        Files.write(nul, concat(utf8(TAJI), new byte[]{0, 0, 0, 1}, utf8(KADHIMI)));

        assertTrue(read(zip).get(0).rejection().startsWith("binary: a ZIP archive"), read(zip).get(0).rejection());
        assertTrue(read(nul).get(0).rejection().startsWith("binary: binary data (a NUL byte"), read(nul).get(0).rejection());
    }

    @Test
    void shouldStillDetectWindows1256ForOnePlainTextDocument() throws IOException {
        Path file = dir.resolve("old.txt");
        Files.write(file, (TAJI + "\n" + KADHIMI).getBytes(Charsets.WINDOWS_1256));

        ReadResult result = read(file).get(0);

        assertFalse(result.isRejected(), String.valueOf(result.rejection()));
        assertEquals(TAJI + "\n" + KADHIMI, result.article().text());
    }

    @Test
    void shouldReadUtf16TextWithItsByteOrderMark() throws IOException {
        Path file = dir.resolve("utf16.txt");
        Files.write(file, concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, TAJI.getBytes(StandardCharsets.UTF_16LE)));

        assertEquals(TAJI, read(file).get(0).article().text());
    }
}
