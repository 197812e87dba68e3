package org.basewatch.app;

import org.basewatch.app.dlq.DlqCommand;
import org.basewatch.contracts.Places;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code basewatch} command line: one subcommand per part, plus the one-process default. */
@Command(name = "basewatch", mixinStandardHelpOptions = true, version = "basewatch 0.1.0",
        description = "Status of coalition presence at Iraqi bases, read from a stream of news articles.",
        subcommands = {LocalCommand.class, BrokerCommand.class, IngestCommand.class, ProcessorCommand.class,
                SinkCommand.class, KafkaCommand.class, LagCommand.class, DlqCommand.class, ExtractCommand.class, StoriesCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        return configure(new CommandLine(new Main()));
    }

    /**
     * Sets how {@code cmd} (this command line, perhaps with more subcommands added, as the bench module does) reads
     * arguments and reports failures; call after adding subcommands, since the settings reach only those present.
     */
    public static CommandLine configure(CommandLine cmd) {
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        // a failure the user can act on (port taken, broker unreachable) is one clear line, not a stack trace
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("basewatch " + commandLine.getCommandName() + ": " + rootMessage(e));
            if (System.getenv("BASEWATCH_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        // a mistyped option is one line and where to look, not the whole usage scrolling it away
        cmd.setParameterExceptionHandler((e, args) -> {
            CommandLine.Model.CommandSpec command = e.getCommandLine().getCommandSpec();
            e.getCommandLine().getErr().println(command.qualifiedName() + ": " + e.getMessage());
            e.getCommandLine().getErr().println("try './" + command.qualifiedName() + " --help'");
            return command.exitCodeOnInvalidInput();
        });
        cmd.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        return cmd;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() != null && t.getCause().getMessage() != null
                && !(t instanceof IllegalStateException)) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Your own gazetteer, read instead of the built-in one by every part of this process (the processor's
     * extractor, the sink's scopes, the table): set before anything reads the places.
     */
    @Option(names = "--places", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "A gazetteer in the format of contracts/src/main/resources/org/basewatch/contracts/places.json "
                    + "(ids, names, scopes) to follow other bases or another country; give the same file to every part. "
                    + "Also the basewatch.places system property or the BASEWATCH_PLACES environment variable.")
    void places(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--places: no such file: " + file);
        }
        System.setProperty(Places.PROPERTY, file.toAbsolutePath().toString());
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
