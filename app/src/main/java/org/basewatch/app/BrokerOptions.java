package org.basewatch.app;

import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** The embedded broker's ports, for {@code broker}, {@code local} and {@code bench}: a number, or 0 for a free port. */
public final class BrokerOptions {
    static final int DEFAULT_PORT = 9092;
    static final int DEFAULT_CONTROLLER_PORT = 9093;
    public static final int FREE = 0;

    @Option(names = "--port", paramLabel = "PORT", description = "Broker client port; 0 picks a free port (default: 9092; bench: a free port).")
    Integer port;

    @Option(names = "--controller-port", paramLabel = "PORT", description = "KRaft controller port; 0 picks a free port (default: 9093; bench: a free port).")
    Integer controllerPort;

    /** The client port: the flag, else {@code byDefault}; a free one for 0. */
    public int port(int byDefault) {
        return orFree(port != null ? port : byDefault, -1);
    }

    /** The controller port: the flag, else {@code byDefault}; a free one other than {@code clientPort} for 0. */
    public int controllerPort(int byDefault, int clientPort) {
        return orFree(controllerPort != null ? controllerPort : byDefault, clientPort);
    }

    private static int orFree(int port, int taken) {
        if (port != FREE) {
            return port;
        }
        while (true) {
            try (ServerSocket s = new ServerSocket(0)) {
                if (s.getLocalPort() != taken) {
                    return s.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot find a free port", e);
            }
        }
    }
}
