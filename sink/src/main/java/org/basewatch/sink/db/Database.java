package org.basewatch.sink.db;

import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Opens a JDBC connection to SQLite or PostgreSQL and brings its schema up to date with Flyway. */
final class Database {
    private static final String SQLITE_PREFIX = "jdbc:sqlite:";
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private Database() {
    }

    /** Applies the pending migrations under {@code db/migration}; a no-op on an up-to-date database. */
    static void migrate(String jdbcUrl, String user, String password) {
        Flyway.configure(Database.class.getClassLoader())
                .dataSource(jdbcUrl, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    static Connection connect(String jdbcUrl, String user, String password) throws SQLException {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        Connection connection = DriverManager.getConnection(jdbcUrl, props);
        if (isSqlite(jdbcUrl)) {
            try (Statement st = connection.createStatement()) {
                // WAL lets the HTTP side read while the sink writes; the timeout rides out
                // the short write locks instead of failing with SQLITE_BUSY.
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MILLIS);
                st.execute("PRAGMA synchronous=NORMAL");
            }
        }
        return connection;
    }

    /** The URL without its query string, which may carry a password and so stays out of messages. */
    static String withoutParameters(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }

    static boolean isSqlite(String jdbcUrl) {
        return jdbcUrl.startsWith(SQLITE_PREFIX);
    }

    /** SQLite creates the file but not its folder, so a fresh data dir would fail on first start. */
    static void createSqliteFolder(String jdbcUrl) {
        if (!isSqlite(jdbcUrl)) {
            return;
        }
        String path = withoutParameters(jdbcUrl.substring(SQLITE_PREFIX.length()));
        if (path.isEmpty() || path.startsWith(":") || path.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(path).toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create folder for " + jdbcUrl, e);
        }
    }
}
