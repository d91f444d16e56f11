package dev.walls.core.search;

/** Told how far a search has come; called from worker threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface SearchProgress {

    /** A listener that ignores progress; a search given it does not count its total. */
    SearchProgress NONE = (done, total) -> { };

    /**
     * Reports progress.
     *
     * @param strategiesDone  layouts evaluated so far
     * @param strategiesTotal layouts the search will evaluate in all
     */
    void update(long strategiesDone, long strategiesTotal);
}
