package dev.walls.cli;

import dev.walls.core.search.SearchProgress;
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
    private final long started = System.nanoTime();
    private ProgressBar bar;

    private Progress(boolean enabled) {
        this.enabled = enabled;
    }

    /** Returns a bar that shows only on a terminal and only when not quiet. */
    static Progress forTerminal(boolean quiet) {
        return new Progress(!quiet && System.console() != null);
    }

    @Override
    public void update(long done, long total) {
        if (!enabled) {
            return;
        }
        synchronized (this) {
            if (bar == null) {
                if (System.nanoTime() - started < SHOW_AFTER_NANOS) {
                    return;
                }
                bar = new ProgressBarBuilder().setTaskName("search").setInitialMax(total).setUnit(" layouts", 1)
                        .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
                        .showSpeed().build();
            }
            bar.stepTo(done);
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
