package org.basewatch.app;

import org.basewatch.contracts.Settings;

import java.nio.file.Path;
import java.util.Properties;

/** Which database the sink writes: the flag, else {@code basewatch.jdbc.url}, else SQLite in the data folder. */
final class Databases {
    private Databases() {
    }

    static String url(String flag, Properties settings, Path dataDir) {
        if (flag != null && !flag.isBlank()) {
            return flag;
        }
        String configured = settings.getProperty(Settings.JDBC_URL);
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return "jdbc:sqlite:" + dataDir.toAbsolutePath().resolve("basewatch.db");
    }
}
