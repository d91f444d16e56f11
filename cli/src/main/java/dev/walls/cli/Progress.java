package dev.walls.cli;

import dev.walls.core.search.SearchProgress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for searches that run longer than a second; none when stderr is not a terminal or the
 * user asked for quiet, so pipes and logs stay clean.
 */
final class Progress implements SearchProgress, AutoCloseable {

    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;

    private final boolean enabled;
    /** What the bar counts: layouts for a search, points for a sweep. */
    private final String unit;
    private final PrintStream err;
    private final LongSupplier nanoTime;
    private final long started;
    private ProgressBar bar;

    /** A bar of layouts drawn on {@code err}, timed by {@code nanoTime}, when {@code enabled}. */
    Progress(boolean enabled, PrintStream err, LongSupplier nanoTime) {
        this(enabled, "layouts", err, nanoTime);
    }

    /** A bar counting {@code unit} ("points"), drawn on {@code err}, timed by {@code nanoTime}, when {@code enabled}. */
    Progress(boolean enabled, String unit, PrintStream err, LongSupplier nanoTime) {
        this.enabled = enabled;
        this.unit = unit;
        this.err = err;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
    }

    /** Returns a bar that shows only when stderr is a terminal and the user did not ask for quiet. */
    static Progress forTerminal(boolean quiet) {
        return forTerminal(quiet, "layouts");
    }

    /** Returns a bar counting {@code unit}, shown only when stderr is a terminal and the user did not ask for quiet. */
    static Progress forTerminal(boolean quiet, String unit) {
        return new Progress(!quiet && stderrIsTerminal(), unit, System.err, System::nanoTime);
    }

    /** Returns what a search should tell: this bar, or nothing when it will never show (so no total is counted). */
    SearchProgress listener() {
        return enabled ? this : SearchProgress.NONE;
    }

    /**
     * Returns true when stderr is a terminal. {@code System.console()} answers for stdin and stdout together, so it
     * says no when only the output is redirected ({@code walls search --format json > out.json}); on Linux the
     * descriptor's link tells stderr's own story.
     */
    private static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** Layouts of the searches before the current one, and the current one's total and progress. */
    private long finished;
    private long searchTotal;
    private long searchDone;

    @Override
    public void update(long done, long total) {
        if (!enabled) {
            return;
        }
        synchronized (this) {
            if (bar == null) {
                long elapsed = nanoTime.getAsLong() - started;
                if (elapsed < SHOW_AFTER_NANOS) {
                    return;
                }
                // The bar appears a second in: it starts from what was done by then, so that its elapsed time, speed
                // and ETA count that second as well instead of crediting the bar's first second with it.
                bar = new ProgressBarBuilder().setTaskName(unit).setInitialMax(total).setUnit("", 1)
                        .startsFrom(done, Duration.ofNanos(elapsed)).setStyle(ProgressBarStyle.ASCII)
                        .setConsumer(new ConsoleProgressBarConsumer(err))
                        .showSpeed(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT))).build();
            }
            // compare runs one search per system, each counting from zero to its own total: the bar counts them all,
            // so that it never steps back (a step back read as a negative speed and ETA)
            if (total != searchTotal || done < searchDone) {
                finished += searchTotal;
                searchTotal = total;
            }
            searchDone = done;
            bar.maxHint(finished + total);
            bar.stepTo(finished + done);
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
