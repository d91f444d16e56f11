package dev.walls.core.search;

/**
 * The layouts a sweep's workers have finished, told to a {@link SearchProgress} one report at a time: two workers
 * finishing together would otherwise report in either order, and a listener could see the count fall.
 */
final class ProgressCount {

    private final SearchProgress listener;
    private final long total;
    private long done;

    ProgressCount(SearchProgress listener, long total) {
        this.listener = listener;
        this.total = total;
    }

    /** Adds a finished run's layouts and reports the new count. */
    synchronized void add(long layouts) {
        done += layouts;
        listener.update(done, total);
    }
}
