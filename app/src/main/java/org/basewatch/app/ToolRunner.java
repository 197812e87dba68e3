package org.basewatch.app;

import org.apache.kafka.common.utils.Exit;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

/**
 * Runs a Kafka tool's {@code main} in this JVM and returns its exit code: the tools end with
 * {@code Exit.exit(code)}, which here ends the tool rather than the process.
 */
final class ToolRunner {
    private ToolRunner() {
    }

    /** Thrown by the exit procedure to leave the tool's {@code main}; carries the first code the tool exited with. */
    private static final class ToolExit extends RuntimeException {
        private final int code;

        ToolExit(int code) {
            super("the tool ended with exit code " + code, null, false, false);
            this.code = code;
        }
    }

    static synchronized int run(String className, List<String> args) throws Exception {
        int[] first = {-1};
        Exit.setExitProcedure((code, message) -> {
            if (first[0] < 0) {
                first[0] = code;
            }
            throw new ToolExit(code);
        });
        try {
            Class.forName(className).getMethod("main", String[].class).invoke(null, (Object) args.toArray(String[]::new));
            return Math.max(first[0], 0);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ToolExit) {
                return first[0];
            }
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            Exit.resetExitProcedure();
        }
    }
}
