package org.basewatch.app;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How {@code basewatch kafka} fills in the bootstrap servers, and that its help names every tool it runs. */
class KafkaToolsTest {

    @Test
    void shouldAddTheDeploymentsBootstrapServerUnlessTheUserGaveOne() {
        assertEquals(List.of("--list", "--bootstrap-server", "b:9092"), KafkaTools.withBootstrap(List.of("--list"), "b:9092"));
        assertEquals(List.of("--list", "--bootstrap-server", "mine:1"),
                KafkaTools.withBootstrap(List.of("--list", "--bootstrap-server", "mine:1"), "b:9092"));
        assertEquals(List.of("--bootstrap-server=mine:1"), KafkaTools.withBootstrap(List.of("--bootstrap-server=mine:1"), "b:9092"));
    }

    @Test
    void shouldCheckTheDeploymentsBrokersOnlyWhenTheToolWillTalkToThem() {
        assertTrue(KafkaTools.usesDeploymentBrokers(List.of("--list")));
        assertFalse(KafkaTools.usesDeploymentBrokers(List.of("--list", "--bootstrap-server", "mine:1")));
        assertFalse(KafkaTools.usesDeploymentBrokers(List.of("--bootstrap-server=mine:1")));
        assertFalse(KafkaTools.usesDeploymentBrokers(List.of("--help")));
    }

    @Test
    void shouldNameEveryToolInTheHelp() {
        String help = new CommandLine(new KafkaCommand()).getUsageMessage();
        for (String tool : KafkaTools.CLASSES.keySet()) {
            assertTrue(help.contains(tool), tool + " missing from:\n" + help);
        }
    }

    @Test
    void shouldFindEveryToolsClass() throws Exception {
        for (String className : KafkaTools.CLASSES.values()) {
            assertEquals(className, Class.forName(className).getMethod("main", String[].class).getDeclaringClass().getName());
        }
    }
}
