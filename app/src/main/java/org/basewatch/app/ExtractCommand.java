package org.basewatch.app;

import org.basewatch.contracts.Claim;
import org.basewatch.contracts.Json;
import org.basewatch.ingest.read.ArticleSources;
import org.basewatch.ingest.read.ReadOptions;
import org.basewatch.ingest.read.ReadResult;
import org.basewatch.processor.extract.ClaimExtractor;
import org.basewatch.processor.extract.ExtractJsonl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Offline extraction with the code the processor runs: articles in, claim JSONL out. It takes what {@code ingest}
 * takes: an article JSONL file or stdin is read line by line in the article contract; anything else (an HTML page,
 * text, a folder, an http(s) URL or feed) as {@code ingest} reads it, so a page gives its claims instead of a parse
 * error a line. What cannot be read is one line on standard error and exit code 2.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Read articles (INPUT...: files, folders, URLs, or - for stdin) and print the claims they make, one JSON object a line. No Kafka needed.",
                "Article JSONL (a file or stdin) is read in the article contract; anything else (an HTML page, text with optional "
                        + "front matter, a folder, an http(s) URL or feed) as ingest reads it.",
                "Exit code: 0 when every article was read, 2 when some input was not (each is named on standard error)."})
final class ExtractCommand implements Callable<Integer> {
    /** Exit code when some input could not be read, as ingest's. */
    static final int SOME_REJECTED = 2;
    /** How much of a file decides whether it is JSONL. */
    private static final int HEAD_BYTES = 4096;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Article JSONL, HTML or text files, folders, http(s) URLs or feeds, or - for stdin (JSONL).")
    List<String> inputs;

    @Option(names = "--source", description = "Outlet name for articles that carry none (as ingest's).")
    String source;

    @Option(names = "--allow-private", description = "Allow fetching from loopback and private network addresses (as ingest's).")
    boolean allowPrivate;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        ReadOptions opts = ReadOptions.defaults().withAllowPrivate(allowPrivate).withSource(source);
        int unread = 0;
        for (String input : inputs) {
            unread += "-".equals(input) || isJsonl(input) ? jsonl(input, out) : asIngestReads(input, opts, out);
        }
        out.flush();
        return unread == 0 ? 0 : SOME_REJECTED;
    }

    private static int jsonl(String input, PrintStream out) throws IOException {
        LineCount problems = new LineCount(System.err);
        try (BufferedReader in = "-".equals(input)
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8)) {
            ExtractJsonl.run(in, out, problems.stream());
        }
        return problems.lines();
    }

    private static int asIngestReads(String input, ReadOptions opts, PrintStream out) {
        ClaimExtractor extractor = new ClaimExtractor();
        int rejected = 0;
        try (Stream<ReadResult> read = ArticleSources.read(input, opts)) {
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

    /** Whether {@code input} is a file whose head is JSON; a folder, URL or missing file is ingest's to read or name. */
    private static boolean isJsonl(String input) throws IOException {
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            return false;
        }
        if (!Files.isRegularFile(path)) {
            return false;
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
