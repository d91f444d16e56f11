package dev.walls.core.search;

import dev.walls.spi.result.Evaluation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a strategy search found.
 *
 * @param best                 the best layout by the objective, evaluated in full
 * @param top                  the best {@code K} layouts, best first, evaluated in full
 * @param pareto               the layouts no other beats on both time and cost, fastest first, evaluated in full
 * @param strategiesEvaluated  layouts the kernel evaluated
 * @param strategiesFeasible   layouts no wall blocked
 * @param rejected             layouts blocked, per wall id (every wall listed, zero when it blocked none)
 * @param objective            what the search minimized
 * @param kernel               the kernel that swept the space
 * @param sizes                accelerator counts the space held, largest first
 * @param threads              worker threads, one per core (not deterministic: it describes the machine)
 * @param elapsedSeconds       wall-clock time of the sweep (not deterministic, nor are the speed and the threads)
 * @param strategiesPerSecond  evaluated layouts per second of the sweep (not deterministic)
 * @param blockedBetter        layouts that beat {@code best} on the objective but that a wall blocks (economics: a
 *                             run dearer than its limit; packaging: a part that cannot be built), each the fastest of
 *                             its size, best first; empty when nothing runnable was beaten or nothing can run
 */
public record SearchResult(Evaluation best, List<Evaluation> top, List<Evaluation> pareto, long strategiesEvaluated,
                           long strategiesFeasible, Map<String, Long> rejected, String objective, String kernel,
                           List<Integer> sizes, int threads, double elapsedSeconds, double strategiesPerSecond,
                           List<Evaluation> blockedBetter) {

    public SearchResult {
        top = List.copyOf(top);
        blockedBetter = List.copyOf(blockedBetter);
        pareto = List.copyOf(pareto);
        sizes = List.copyOf(sizes);
        // kept in wall order, which JSON writes as it iterates
        rejected = Collections.unmodifiableMap(new LinkedHashMap<>(rejected));
    }

    /** A result without {@link #blockedBetter}, for callers of the API before it. */
    public SearchResult(Evaluation best, List<Evaluation> top, List<Evaluation> pareto, long strategiesEvaluated,
                        long strategiesFeasible, Map<String, Long> rejected, String objective, String kernel,
                        List<Integer> sizes, int threads, double elapsedSeconds, double strategiesPerSecond) {
        this(best, top, pareto, strategiesEvaluated, strategiesFeasible, rejected, objective, kernel, sizes, threads,
                elapsedSeconds, strategiesPerSecond, List.of());
    }
}
