package org.basewatch.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --places FILE} replaces the gazetteer for every part of the process: a base that exists only
 * in the user's file is found, and a built-in base the file leaves out is not. Each run is a JVM of its
 * own, because the gazetteer is read once per process.
 */
class PlacesOptionIT {

    @Test
    void shouldExtractClaimsAboutThePlacesOfTheUsersOwnGazetteer(@TempDir Path dir) throws Exception {
        Path places = dir.resolve("places.json");
        Files.writeString(places, """
                {"places": [
                  {"id": "iq", "kind": "country", "parent": null, "ar": "العراق", "en": "Iraq", "names": ["العراق", "iraq"]},
                  {"id": "camp-nujoom", "kind": "base", "parent": "iq", "ar": "معسكر النجوم", "en": "Camp Nujoom",
                   "names": ["معسكر النجوم", "camp nujoom"]}
                ]}
                """, StandardCharsets.UTF_8);
        Path articles = dir.resolve("a.jsonl");
        Files.writeString(articles, """
                {"id":"a1","publishedAt":"2025-09-14","text":"انسحبت القوات الأمريكية من معسكر النجوم يوم أمس، وسلّمت قوات التحالف قاعدة عين الأسد إلى القوات العراقية."}
                """, StandardCharsets.UTF_8);

        Run own = run("--places", places.toString(), "extract", articles.toString());
        assertEquals(0, own.exit(), own.err());
        assertTrue(own.out().contains("\"place\":\"camp-nujoom\""), own.out());
        assertFalse(own.out().contains("ain-al-asad"), "a base the user's file leaves out is not followed: " + own.out());

        Run builtIn = run("extract", articles.toString());
        assertEquals(0, builtIn.exit(), builtIn.err());
        assertTrue(builtIn.out().contains("\"place\":\"ain-al-asad\""), builtIn.out());
        assertFalse(builtIn.out().contains("camp-nujoom"), builtIn.out());
    }

    @Test
    void shouldRefuseAMissingGazetteerWithOneLine(@TempDir Path dir) throws Exception {
        Run run = run("--places", dir.resolve("nope.json").toString(), "extract", "-");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--places: no such file"), run.err());
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "extract did not finish");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
