package org.basewatch.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Kafka command-line tools that {@code basewatch kafka} runs, by the name of their {@code kafka-*.sh} script
 * without prefix and suffix, and how their arguments get the deployment's bootstrap servers.
 */
final class KafkaTools {
    static final String BOOTSTRAP_FLAG = "--bootstrap-server";

    /** Script name → the class of {@code org.apache.kafka:kafka-tools} its script runs. */
    static final Map<String, String> CLASSES = tools();

    private KafkaTools() {
    }

    private static Map<String, String> tools() {
        Map<String, String> tools = new LinkedHashMap<>();
        tools.put("consumer-groups", "org.apache.kafka.tools.consumer.group.ConsumerGroupCommand");
        tools.put("topics", "org.apache.kafka.tools.TopicCommand");
        tools.put("console-consumer", "org.apache.kafka.tools.consumer.ConsoleConsumer");
        tools.put("console-producer", "org.apache.kafka.tools.ConsoleProducer");
        tools.put("get-offsets", "org.apache.kafka.tools.GetOffsetShell");
        tools.put("delete-records", "org.apache.kafka.tools.DeleteRecordsCommand");
        tools.put("transactions", "org.apache.kafka.tools.TransactionsCommand");
        tools.put("streams-application-reset", "org.apache.kafka.tools.StreamsResetter");
        tools.put("streams-groups", "org.apache.kafka.tools.streams.StreamsGroupCommand");
        return Collections.unmodifiableMap(tools);
    }

    /**
     * Whether the tool will talk to the deployment's brokers, as set for basewatch: it does unless the user gave it a
     * {@code --bootstrap-server} of its own (perhaps with TLS settings of its own) or only asks for its help or version.
     */
    static boolean usesDeploymentBrokers(List<String> args) {
        return args.stream().noneMatch(a -> a.equals(BOOTSTRAP_FLAG) || a.startsWith(BOOTSTRAP_FLAG + "=")
                || a.equals("--help") || a.equals("--version"));
    }

    /** The tool's arguments with {@code --bootstrap-server} added unless the user gave one. */
    static List<String> withBootstrap(List<String> args, String bootstrap) {
        boolean given = args.stream().anyMatch(a -> a.equals(BOOTSTRAP_FLAG) || a.startsWith(BOOTSTRAP_FLAG + "="));
        List<String> out = new ArrayList<>(args);
        if (!given && bootstrap != null) {
            out.add(BOOTSTRAP_FLAG);
            out.add(bootstrap);
        }
        return out;
    }
}
