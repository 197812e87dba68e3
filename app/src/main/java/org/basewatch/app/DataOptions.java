package org.basewatch.app;

import org.basewatch.contracts.Settings;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * {@code --data-dir}, the one folder a process keeps things in (broker logs in {@code kafka/}, Streams state in
 * {@code state/}, {@code basewatch.db}), for every command that keeps any. The flag is the top layer of
 * {@link Settings#DATA_DIR}, so {@code BASEWATCH_DATA_DIR} and {@code --config} reach every command alike.
 */
public final class DataOptions {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data folder: broker logs in kafka/, Streams state in state/, basewatch.db "
                    + "(default: basewatch.data.dir / BASEWATCH_DATA_DIR, else ./data; bench: a fresh temporary folder, deleted afterwards).")
    Path dataDir;

    /** The flag's layer for {@link Settings#resolve}. */
    void addTo(Map<String, String> flags) {
        if (dataDir != null) {
            flags.put(Settings.DATA_DIR, dataDir.toString());
        }
    }

    /** The data folder the settings (this flag included) name. */
    static Path of(Properties settings) {
        return Path.of(settings.getProperty(Settings.DATA_DIR));
    }

    /** The folder given on the command line, or null. */
    public Path given() {
        return dataDir;
    }
}
