package org.basewatch.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A {@code basewatch} command run in this JVM: its exit code and what it printed on standard output. */
record CommandRun(int exit, String out) {

    List<String> lines() {
        return out.lines().map(String::trim).toList();
    }

    static synchronized CommandRun of(String... args) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.run(args);
            System.out.flush();
            return new CommandRun(exit, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
        }
    }
}
