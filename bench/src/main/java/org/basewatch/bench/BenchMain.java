package org.basewatch.bench;

import org.basewatch.app.Main;
import picocli.CommandLine;

/**
 * The {@code basewatch} command line with {@code bench} added: the launcher runs this class, on the bench module's
 * classpath, for {@code ./basewatch bench ...}, so the production jar carries no benchmark.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.addSubcommand(new BenchCommand());
        return Main.configure(cmd).execute(args);
    }
}
