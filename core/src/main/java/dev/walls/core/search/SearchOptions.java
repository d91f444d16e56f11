package dev.walls.core.search;

/**
 * How a search runs, as {@code walls search} takes it in flags: what it minimizes ({@code --objective}), how many of
 * the best layouts it returns ({@code --top}), whether it uses exactly the system's accelerators ({@code --exact}),
 * which kernel sweeps ({@code --kernel}) and who hears of its progress.
 *
 * @param objective what to minimize
 * @param top       how many of the best layouts to return, at least 1
 * @param exact     use exactly the system's accelerators, else any size it scales to up to them
 * @param kernelId  the kernel that sweeps; null for the default ({@code fast} when loaded)
 * @param progress  told how far the sweep has come
 * @param maxDays   the longest a run may take ({@code --max-days}): the best layouts are the best of those within it;
 *                  null for no deadline
 */
public record SearchOptions(Objective objective, int top, boolean exact, String kernelId, SearchProgress progress,
                            Double maxDays) {

    /** The fastest layout and the next four, on any size up to the system's, with the default kernel. */
    public static final SearchOptions DEFAULT = new SearchOptions(Objective.TIME, 5, false, null, SearchProgress.NONE);

    public SearchOptions {
        if (objective == null || progress == null) {
            throw new NullPointerException("objective and progress must be given");
        }
        requireTop(top);
        requireMaxDays(maxDays);
    }

    /** Options without a deadline. */
    public SearchOptions(Objective objective, int top, boolean exact, String kernelId, SearchProgress progress) {
        this(objective, top, exact, kernelId, progress, null);
    }

    /** Checks a deadline to be a positive, finite number of days, or null for none. */
    static void requireMaxDays(Double maxDays) {
        if (maxDays != null && !(maxDays > 0 && maxDays < Double.POSITIVE_INFINITY)) {
            // a whole number as the user typed it ("got 0", not "got 0.0")
            String given = maxDays == Math.rint(maxDays) && Math.abs(maxDays) < 1e15
                    ? Long.toString(maxDays.longValue()) : maxDays.toString();
            throw new IllegalArgumentException("--max-days must be a positive number of days, got " + given);
        }
    }

    /** Checks {@code top} to be at least 1: the rule for every search, however it is asked for. */
    static void requireTop(int top) {
        if (top < 1) {
            throw new IllegalArgumentException("--top must be at least 1, got " + top);
        }
    }

    public SearchOptions withObjective(Objective o) {
        return new SearchOptions(o, top, exact, kernelId, progress, maxDays);
    }

    public SearchOptions withTop(int k) {
        return new SearchOptions(objective, k, exact, kernelId, progress, maxDays);
    }

    public SearchOptions withExact(boolean e) {
        return new SearchOptions(objective, top, e, kernelId, progress, maxDays);
    }

    public SearchOptions withKernel(String id) {
        return new SearchOptions(objective, top, exact, id, progress, maxDays);
    }

    public SearchOptions withProgress(SearchProgress listener) {
        return new SearchOptions(objective, top, exact, kernelId, listener, maxDays);
    }

    /** These options with a deadline of {@code days} for the run; null for none. */
    public SearchOptions withMaxDays(Double days) {
        return new SearchOptions(objective, top, exact, kernelId, progress, days);
    }
}
