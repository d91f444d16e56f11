package dev.walls.core.search;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.walls.spi.result.Evaluation;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a strategy search found.
 *
 * @param best                 the best layout by the objective, evaluated in full
 * @param top                  the best {@code K} layouts, best first, evaluated in full
 * @param pareto               the layouts no other beats on both time and cost, fastest first, evaluated in full;
 *                             only layouts that can run (no wall blocks them), so empty when none can
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
 * @param figures              the figures {@code walls compare} gives each layout above (days, cost, capital, power,
 *                             MFU at the 16-bit peak, precision), by layout; JSON writes them into each layout's
 *                             object, as compare names them. {@link dev.walls.core.Walls#search} fills them; a search
 *                             run on a {@link StrategySearch} alone has none
 * @param maxDays              the deadline the search was given ({@code --max-days}): {@code best} and {@code top} are
 *                             the best layouts whose run takes no longer; null for none
 * @param withinMaxDays        false when layouts can run but none meets {@code maxDays}: {@code best} and {@code top}
 *                             are then the fastest layouts, as close to it as the system comes; true without a deadline,
 *                             and when no layout can run at all (which the result says otherwise)
 */
public record SearchResult(Evaluation best, List<Evaluation> top, List<Evaluation> pareto, long strategiesEvaluated,
                           long strategiesFeasible, Map<String, Long> rejected, String objective, String kernel,
                           List<Integer> sizes, int threads, double elapsedSeconds, double strategiesPerSecond,
                           List<Evaluation> blockedBetter, Map<Evaluation, RunFigures> figures, Double maxDays,
                           boolean withinMaxDays) {

    public SearchResult {
        if (maxDays != null && !(maxDays > 0)) {
            throw new IllegalArgumentException("maxDays must be positive or null, got " + maxDays);
        }
        top = List.copyOf(top);
        blockedBetter = List.copyOf(blockedBetter);
        pareto = List.copyOf(pareto);
        sizes = List.copyOf(sizes);
        // kept in wall order, which JSON writes as it iterates
        rejected = Collections.unmodifiableMap(new LinkedHashMap<>(rejected));
        figures = Map.copyOf(figures);
    }

    /** A result of a search without a deadline. */
    public SearchResult(Evaluation best, List<Evaluation> top, List<Evaluation> pareto, long strategiesEvaluated,
                        long strategiesFeasible, Map<String, Long> rejected, String objective, String kernel,
                        List<Integer> sizes, int threads, double elapsedSeconds, double strategiesPerSecond,
                        List<Evaluation> blockedBetter, Map<Evaluation, RunFigures> figures) {
        this(best, top, pareto, strategiesEvaluated, strategiesFeasible, rejected, objective, kernel, sizes, threads,
                elapsedSeconds, strategiesPerSecond, blockedBetter, figures, null, true);
    }

    /** A result without {@link #figures}, as a search on a {@link StrategySearch} alone gives it. */
    public SearchResult(Evaluation best, List<Evaluation> top, List<Evaluation> pareto, long strategiesEvaluated,
                        long strategiesFeasible, Map<String, Long> rejected, String objective, String kernel,
                        List<Integer> sizes, int threads, double elapsedSeconds, double strategiesPerSecond,
                        List<Evaluation> blockedBetter) {
        this(best, top, pareto, strategiesEvaluated, strategiesFeasible, rejected, objective, kernel, sizes, threads,
                elapsedSeconds, strategiesPerSecond, blockedBetter, Map.of());
    }

    /** A result without {@link #blockedBetter}, for callers of the API before it. */
    public SearchResult(Evaluation best, List<Evaluation> top, List<Evaluation> pareto, long strategiesEvaluated,
                        long strategiesFeasible, Map<String, Long> rejected, String objective, String kernel,
                        List<Integer> sizes, int threads, double elapsedSeconds, double strategiesPerSecond) {
        this(best, top, pareto, strategiesEvaluated, strategiesFeasible, rejected, objective, kernel, sizes, threads,
                elapsedSeconds, strategiesPerSecond, List.of());
    }

    /** The figures of one of this result's layouts, when the result carries them ({@link #figures}). */
    public Optional<RunFigures> figures(Evaluation layout) {
        return Optional.ofNullable(figures.get(layout));
    }

    /** This result with the figures of every layout it holds, as {@code of} gives them. */
    public SearchResult withFigures(Function<Evaluation, RunFigures> of) {
        Map<Evaluation, RunFigures> all = new HashMap<>();
        for (List<Evaluation> layouts : List.of(List.of(best), top, pareto, blockedBetter)) {
            for (Evaluation e : layouts) {
                all.computeIfAbsent(e, of);
            }
        }
        return new SearchResult(best, top, pareto, strategiesEvaluated, strategiesFeasible, rejected, objective, kernel,
                sizes, threads, elapsedSeconds, strategiesPerSecond, blockedBetter, all, maxDays, withinMaxDays);
    }

    /**
     * What JSON writes: every component but {@link #figures} in order, each layout with its figures after its own
     * fields (a new component must be added here too; a test checks that every one is written).
     */
    @JsonValue
    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("best", row(best));
        m.put("top", rows(top));
        m.put("pareto", rows(pareto));
        m.put("strategiesEvaluated", strategiesEvaluated);
        m.put("strategiesFeasible", strategiesFeasible);
        m.put("rejected", rejected);
        m.put("objective", objective);
        m.put("kernel", kernel);
        m.put("sizes", sizes);
        m.put("threads", threads);
        m.put("elapsedSeconds", elapsedSeconds);
        m.put("strategiesPerSecond", strategiesPerSecond);
        m.put("blockedBetter", rows(blockedBetter));
        m.put("maxDays", maxDays);
        m.put("withinMaxDays", withinMaxDays);
        return m;
    }

    private List<Row> rows(List<Evaluation> layouts) {
        return layouts.stream().map(this::row).toList();
    }

    private Row row(Evaluation layout) {
        return new Row(layout, figures.get(layout));
    }

    /**
     * A layout as JSON writes it: the evaluation's fields, then its figures' (none when the result has no figures).
     *
     * @param evaluation the layout evaluated through every wall
     * @param figures    its figures, or null
     */
    public record Row(@JsonUnwrapped Evaluation evaluation, @JsonUnwrapped RunFigures figures) {
    }
}
