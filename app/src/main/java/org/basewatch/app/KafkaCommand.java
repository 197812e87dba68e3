package org.basewatch.app;

import org.basewatch.contracts.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Stack;
import java.util.concurrent.Callable;

/** Kafka's own command-line tools, shipped: a user of the embedded default has no {@code kafka-*.sh} scripts. */
@Command(name = "kafka", mixinStandardHelpOptions = true,
        description = {"Run a Kafka command-line tool (kafka-tools of the bundled Kafka) with --bootstrap-server filled in "
                + "from --bootstrap-servers/--config/KAFKA_BOOTSTRAP_SERVERS unless given after TOOL.",
                "TOOL: consumer-groups, topics, console-consumer, console-producer, get-offsets, delete-records, "
                        + "transactions, streams-application-reset, streams-groups. Everything after TOOL is the tool's own "
                        + "(try TOOL --help).",
                "Example: basewatch kafka consumer-groups --describe --all-groups"})
final class KafkaCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TOOL [ARGS]", arity = "1..*", parameterConsumer = Rest.class,
            description = "The tool and its arguments.")
    List<String> command = new ArrayList<>();

    /** Takes every argument after the tool's name as the tool's, options included. */
    static final class Rest implements IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
            List<String> list = argSpec.getValue();
            while (!args.isEmpty()) {
                list.add(args.pop());
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        String tool = command.get(0);
        String className = KafkaTools.CLASSES.get(tool);
        if (className == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown tool " + tool + "; one of " + String.join(", ", KafkaTools.CLASSES.keySet()));
        }
        Properties settings = kafka.settings();
        List<String> args = command.subList(1, command.size());
        if (KafkaTools.usesDeploymentBrokers(args)) {
            BrokerCheck.reachable(Settings.kafkaClient(settings));
        }
        return ToolRunner.run(className, KafkaTools.withBootstrap(args, settings.getProperty(Settings.BOOTSTRAP)));
    }
}
