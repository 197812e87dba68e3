package org.basewatch.app;

import picocli.CommandLine.Option;

/**
 * The HTTP servers' options: the table (API and web page) and the operations endpoints ({@code /metrics},
 * {@code /health}, {@code /ready}). Every port option means the same everywhere: a number, 0 for a free port,
 * -1 for none; left out, the command's default.
 */
public final class HttpOptions {
    /** A port option's value for "no server". */
    static final int NONE = -1;

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Port of the HTTP API and web page; 0 picks a free port, -1 for none (default: 8080; local --until-idle: none).")
    Integer httpPort;

    @Option(names = "--http-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address the HTTP API and web page bind (default: ${DEFAULT-VALUE}).")
    String httpHost;

    /** The table's port, or null for none: the flag, else {@code byDefault} (null for none). */
    Integer httpPort(Integer byDefault) {
        return port(httpPort, byDefault);
    }

    String httpHost() {
        return httpHost;
    }

    static Integer port(Integer flag, Integer byDefault) {
        Integer p = flag != null ? flag : byDefault;
        return p == null || p == NONE ? null : p;
    }

    /** {@code --metrics-port}, for every command that runs a Streams app. */
    public static final class Metrics {
        @Option(names = "--metrics-port", paramLabel = "PORT",
                description = "Port of /metrics (Prometheus), /health and /ready; 0 picks a free port, -1 for none "
                        + "(default: processor and local 9464, sink 9465; local --until-idle: none).")
        Integer metricsPort;

        /** The port, or null for none: the flag, else {@code byDefault} (null for none). */
        Integer port(Integer byDefault) {
            return HttpOptions.port(metricsPort, byDefault);
        }
    }
}
