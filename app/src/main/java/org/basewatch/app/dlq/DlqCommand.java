package org.basewatch.app.dlq;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code basewatch dlq}: the dead letters of {@code articles-dlq}, listed by reason and replayed once a fix accepts them. */
@Command(name = "dlq", mixinStandardHelpOptions = true, subcommands = {DlqListCommand.class, DlqReplayCommand.class},
        description = "Dead letters of articles-dlq: 'list' counts them by reason with examples; 'replay' re-publishes "
                + "those today's validation accepts to articles.")
public final class DlqCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
