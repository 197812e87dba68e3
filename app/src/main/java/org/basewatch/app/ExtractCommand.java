package org.basewatch.app;

import org.basewatch.processor.extract.ExtractJsonl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Offline extraction: article JSONL in, claim JSONL out, with the code the processor runs. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Read article JSONL (FILE, or - for stdin) and print the claims it makes, one JSON object a line. No Kafka needed.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Article JSONL in the article contract, or - for stdin.")
    String file;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        try (BufferedReader in = "-".equals(file)
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            ExtractJsonl.run(in, out, System.err);
        }
        out.flush();
        return 0;
    }
}
