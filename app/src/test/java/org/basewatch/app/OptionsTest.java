package org.basewatch.app;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each option is said one way in every command that has it, and a wrong one is answered in one line and a hint. */
class OptionsTest {
    private static final List<String> LONG_RUNNING = List.of("local", "broker", "processor", "sink");

    @Test
    void shouldAnswerAMistypedOptionWithOneLineAndAHint() {
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setErr(new PrintWriter(err, true));
        cmd.getSubcommands().values().forEach(sub -> sub.setErr(new PrintWriter(err, true)));

        int exit = cmd.execute("sink", "--http-prot", "8080");

        List<String> lines = err.toString().strip().lines().toList();
        assertEquals(2, exit);
        assertEquals(2, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("basewatch sink: ") && lines.get(0).contains("--http-prot"), lines.get(0));
        assertEquals("try './basewatch sink --help'", lines.get(1));
    }

    @Test
    void shouldGiveEverySharedOptionOneNameAndOneMeaning() {
        CommandLine main = Main.commandLine();
        for (String shared : List.of("--data-dir", "--http-port", "--http-host", "--metrics-port", "--port", "--controller-port", "--config")) {
            List<String> descriptions = LONG_RUNNING.stream()
                    .map(name -> main.getSubcommands().get(name).getCommandSpec().findOption(shared))
                    .filter(o -> o != null)
                    .map(o -> String.join(" ", o.description()))
                    .distinct().toList();
            assertEquals(1, descriptions.size(), shared + " is described " + descriptions);
        }
        for (String name : LONG_RUNNING) {
            assertTrue(main.getSubcommands().get(name).getCommandSpec().findOption("--data-dir") != null, name + " takes --data-dir");
        }
    }

    @Test
    void shouldKeepTheProcessorsOldStateDirWorkingButOutOfTheHelp() {
        ProcessorCommand processor = new ProcessorCommand();
        new CommandLine(processor).parseArgs("--state-dir", "old/state");

        assertEquals(Path.of("old/state"), processor.stateDir);
        OptionSpec old = new CommandLine(new ProcessorCommand()).getCommandSpec().findOption("--state-dir");
        assertTrue(old.hidden());
        assertFalse(new CommandLine(new ProcessorCommand()).getUsageMessage().contains("--state-dir"));
    }

    @Test
    void shouldReadEveryPortTheSameWay() {
        assertEquals(8080, HttpOptions.port(null, 8080), "left out: the command's default");
        assertNull(HttpOptions.port(null, null), "left out where the command serves nothing by default");
        assertNull(HttpOptions.port(-1, 8080), "-1: none");
        assertEquals(0, HttpOptions.port(0, 8080), "0: a free port, picked by the server");
        assertEquals(9000, HttpOptions.port(9000, null));

        SinkCommand sink = new SinkCommand();
        new CommandLine(sink).parseArgs("--http-port", "-1", "--metrics-port", "0");
        assertNull(sink.http.httpPort(SinkCommand.HTTP_PORT));
        assertEquals(0, sink.metrics.port(SinkCommand.METRICS_PORT));
    }

    @Test
    void shouldReadEveryDurationTheSameWay() {
        LocalCommand local = new LocalCommand();
        new CommandLine(local).parseArgs("--idle-timeout", "30");
        assertEquals(Duration.ofSeconds(30), local.idleTimeout, "seconds, as ingest --interval 30");
        new CommandLine(local).parseArgs("--idle-timeout", "PT2M");
        assertEquals(Duration.ofMinutes(2), local.idleTimeout);

        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.getSubcommands().values().forEach(sub -> sub.setErr(new PrintWriter(err, true)));
        assertEquals(2, cmd.execute("local", "--idle-timeout", "soon"));
        assertTrue(err.toString().contains("ISO-8601 like PT5M, or seconds"), err.toString());
    }

    @Test
    void shouldPickAFreeBrokerPortForZero() {
        BrokerOptions ports = new BrokerOptions();
        new CommandLine(ports).parseArgs("--port", "0", "--controller-port", "0");

        int client = ports.port(BrokerOptions.DEFAULT_PORT);
        int controller = ports.controllerPort(BrokerOptions.DEFAULT_CONTROLLER_PORT, client);
        assertTrue(client > 0 && controller > 0 && client != controller, client + " and " + controller);
        assertEquals(BrokerOptions.DEFAULT_PORT, new BrokerOptions().port(BrokerOptions.DEFAULT_PORT));
    }
}
