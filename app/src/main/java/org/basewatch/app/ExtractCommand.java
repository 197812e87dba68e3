package org.basewatch.app;

import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Json;
import org.basewatch.ingest.read.ArticleSources;
import org.basewatch.ingest.read.ReadOptions;
import org.basewatch.ingest.read.ReadResult;
import org.basewatch.processor.extract.ClaimExtractor;
import org.basewatch.processor.extract.ExtractJsonl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Offline extraction with the code the processor runs: article JSONL in, claim JSONL out. Another file (an HTML page,
 * text) is read as {@code ingest} reads it, so a page gives its claims instead of a parse error a line; what cannot be
 * read is one line on standard error and exit code 2.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Read article JSONL (FILE, or - for stdin) and print the claims it makes, one JSON object a line. No Kafka needed.",
                "Another FILE (an HTML page, text with optional front matter) is read as ingest reads it.",
                "Exit code: 0 when every article was read, 2 when some input was not (each is named on standard error)."})
final class ExtractCommand implements Callable<Integer> {
    /** Exit code when some input could not be read, as ingest's. */
    static final int SOME_REJECTED = 2;
    /** How much of a file decides whether it is JSONL. */
    private static final int HEAD_BYTES = 4096;

    @Parameters(paramLabel = "FILE", description = "Article JSONL in the article contract, an HTML or text file, or - for stdin (JSONL).")
    String file;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int unread = "-".equals(file) || isJsonl(Path.of(file)) ? jsonl(out) : otherFile(out);
        out.flush();
        return unread == 0 ? 0 : SOME_REJECTED;
    }

    private int jsonl(PrintStream out) throws IOException {
        LineCount problems = new LineCount(System.err);
        try (BufferedReader in = "-".equals(file)
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            ExtractJsonl.run(in, out, problems.stream());
        }
        return problems.lines();
    }

    private int otherFile(PrintStream out) {
        ClaimExtractor extractor = new ClaimExtractor();
        int rejected = 0;
        try (Stream<ReadResult> read = ArticleSources.read(file, ReadOptions.defaults())) {
            for (Iterator<ReadResult> it = read.iterator(); it.hasNext(); ) {
                ReadResult r = it.next();
                if (r.isRejected()) {
                    System.err.println(r.origin() + ": " + r.rejection());
                    rejected++;
                    continue;
                }
                for (Claim c : extractor.extract(r.article())) {
                    out.println(Json.write(c));
                }
            }
        }
        return rejected;
    }

    private static boolean isJsonl(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            return true; // not ours to read: the JSONL reader names the missing file
        }
        try (InputStream in = Files.newInputStream(path)) {
            String head = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
            return head.startsWith("{") || head.startsWith("[") || head.isEmpty();
        }
    }

    /** Forwards to a stream and counts the lines written: each is one input line the extractor could not read. */
    private static final class LineCount extends OutputStream {
        private final PrintStream target;
        private final PrintStream stream;
        private int lines;

        LineCount(PrintStream target) {
            this.target = target;
            this.stream = new PrintStream(this, true, StandardCharsets.UTF_8);
        }

        PrintStream stream() {
            return stream;
        }

        int lines() {
            stream.flush();
            return lines;
        }

        @Override
        public void write(int b) {
            if (b == '\n') {
                lines++;
            }
            target.write(b);
        }
    }
}
