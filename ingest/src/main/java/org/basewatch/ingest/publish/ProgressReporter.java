package org.basewatch.ingest.publish;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Shows how an ingest run is going: on a terminal a one-line bar redrawn in place (count, rate,
 * ETA when the total is known), otherwise a plain log line every few seconds, so that logs from
 * a pipe or CI stay readable.
 */
public final class ProgressReporter implements Consumer<Progress> {
    private static final int BAR_WIDTH = 30;
    private final PrintStream out;
    private final boolean terminal;
    private final long intervalNanos;
    private final LongSupplier clock;
    private long lastDrawn = Long.MIN_VALUE;
    private boolean drewBar;

    /** A reporter for this process: a bar when {@code System.console()} exists, log lines every 5 s otherwise. */
    public static ProgressReporter forConsole(PrintStream out) {
        boolean terminal = System.console() != null;
        return new ProgressReporter(out, terminal, terminal ? Duration.ofMillis(100) : Duration.ofSeconds(5), System::nanoTime);
    }

    public ProgressReporter(PrintStream out, boolean terminal, Duration interval, LongSupplier nanoClock) {
        this.out = out;
        this.terminal = terminal;
        this.intervalNanos = interval.toNanos();
        this.clock = nanoClock;
    }

    @Override
    public void accept(Progress p) {
        long now = clock.getAsLong();
        if (lastDrawn != Long.MIN_VALUE && now - lastDrawn < intervalNanos) {
            return;
        }
        lastDrawn = now;
        if (terminal) {
            out.print("\r" + bar(p));
            drewBar = true;
        } else {
            out.println("ingest: " + line(p));
        }
        out.flush();
    }

    /** Ends the bar's line and prints the outcome of the run. */
    public void finish(IngestSummary summary) {
        if (drewBar) {
            out.println();
        }
        out.printf(Locale.ROOT, "ingest: %d published, %d repeats skipped, %d rejected%n",
                summary.published(), summary.skippedDuplicateKeys(), summary.rejected());
        out.flush();
    }

    static String bar(Progress p) {
        StringBuilder s = new StringBuilder();
        if (p.total() > 0) {
            int filled = (int) Math.min(BAR_WIDTH, BAR_WIDTH * p.read() / p.total());
            s.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ");
        }
        return s.append(line(p)).toString();
    }

    static String line(Progress p) {
        String count = p.total() >= 0 ? p.read() + "/" + p.total() : String.valueOf(p.read());
        String text = String.format(Locale.ROOT, "%s read, %d published, %d skipped, %d rejected, %.1f/s",
                count, p.published(), p.skipped(), p.rejected(), p.rate());
        Duration eta = p.eta();
        return eta == null ? text : text + ", ETA " + clockTime(eta);
    }

    private static String clockTime(Duration d) {
        long s = d.toSeconds();
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
