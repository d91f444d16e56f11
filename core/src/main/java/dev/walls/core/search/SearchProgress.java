package dev.walls.core.search;

/**
 * Told how far a search has come. Calls come from the search's worker threads, one at a time and each after the last
 * has returned, with the count of layouts done never falling; the last call of a sweep reports its total.
 */
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
