package org.basewatch.app;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docker-compose.yml is valid for Docker Compose v2 in both profiles and runs what the operations guide says. */
class ComposeFileTest {
    private static final Path COMPOSE = Path.of("..", "docker-compose.yml");

    private record Result(int exit, String out) {
    }

    private static Result compose(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 4];
        command[0] = "docker";
        command[1] = "compose";
        command[2] = "-f";
        command[3] = COMPOSE.toString();
        System.arraycopy(args, 0, command, 4, args.length);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "docker compose did not finish");
        return new Result(p.exitValue(), out);
    }

    private static boolean composeAvailable() {
        try {
            Process p = new ProcessBuilder("docker", "compose", "version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @ParameterizedTest
    @CsvSource({
            "cluster, kafka-1 kafka-2 kafka-3 kafka-ui postgres processor sink ingest",
            "single, kafka kafka-ui postgres processor sink ingest"})
    void shouldValidateWithComposeV2(String profile, String services) throws Exception {
        Assumptions.assumeTrue(Files.exists(COMPOSE), "docker-compose.yml not found from " + Path.of("").toAbsolutePath());
        Assumptions.assumeTrue(composeAvailable(), "`docker compose` (v2) is not installed: skipping (scripts/install-compose installs it)");
        Result valid = compose("--profile", profile, "config", "-q");
        assertEquals(0, valid.exit(), valid.out());
        Result listed = compose("--profile", profile, "config", "--services");
        assertEquals(0, listed.exit(), listed.out());
        assertEquals(new TreeSet<>(Set.of(services.split(" "))), new TreeSet<>(listed.out().lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList()), "services of profile " + profile);
    }
}
