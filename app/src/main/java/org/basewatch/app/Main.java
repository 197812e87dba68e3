package org.basewatch.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code basewatch} command line: one subcommand per part, plus the one-process default. */
@Command(name = "basewatch", mixinStandardHelpOptions = true, version = "basewatch 0.1.0",
        description = "Status of coalition presence at Iraqi bases, read from a stream of news articles.",
        subcommands = {LocalCommand.class, BrokerCommand.class, IngestCommand.class, ProcessorCommand.class,
                SinkCommand.class, ExtractCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
        return cmd;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
