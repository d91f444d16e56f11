package dev.walls.core.sweep;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.walls.core.compare.ComparisonRange;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import java.util.Map;
import java.util.Objects;

/**
 * One system at one size of a sweep (and at one value of its varied assumption): the best layout there, by the sweep's
 * objective, with the figures a comparison row gives under the same names. A point with no layout at all
 * ({@link PointStatus#NO_LAYOUT}) has no figures: they are null, {@code walls} is empty.
 *
 * @param system                system id
 * @param name                  human name
 * @param requestedAccelerators the size asked for
 * @param accelerators          accelerators the layout uses: the size asked for, fewer only when {@code status} is
 *                              {@link PointStatus#FEWER}; null without a layout
 * @param varyValue             the varied assumption's value at this point; null when the sweep varies none
 * @param status                whether the run can happen there, and if not, why not
 * @param reason                one sentence on why the point cannot run (or runs on fewer); null when it runs
 * @param timeToTrainDays       the whole run, failures and restarts included, in days
 * @param costUsd               the run's cost (the economics wall's {@code runCostUsd}), in US dollars
 * @param capexUsd              the capital of the accelerators used (the economics wall's {@code capexUsd}), in US dollars
 * @param powerWatts            IT power of the accelerators used, in watts
 * @param mfu                   model FLOPs utilization against the peak of the layout's precision
 * @param mfuAt16BitPeak        the same against the 16-bit peak, as training reports usually state it
 * @param stepTimeSeconds       seconds per step, as the walls report it
 * @param tokensPerSecond       training throughput of the accelerators used
 * @param fits                  whether the layout fits memory (false without a layout)
 * @param strategy              the layout; null without one
 * @param bindingWall           the wall that blocks the layout, else the one with the largest loss; null without one
 * @param walls                 every wall's verdict on the layout, in wall order; empty without one
 * @param range                 time and cost across the uncertain inputs' ranges, as {@code compare} gives them; null
 *                              unless the sweep was asked for ranges (and for a point without a layout)
 * @param evaluation            the layout's full evaluation (not written to JSON: {@code walls evaluate} with the
 *                              point's system, size and layout gives it); null without a layout
 * @param maxDays               the sweep's deadline ({@code --max-days}): the point is the best run within it at its
 *                              size, or its fastest when none there meets it ({@link #withinMaxDays()}); null for none.
 *                              Not written to JSON, where the sweep gives it once
 */
public record SweepPoint(String system, String name, int requestedAccelerators, Integer accelerators, Double varyValue,
                         PointStatus status, String reason, Double timeToTrainDays, Double costUsd, Double capexUsd,
                         Double powerWatts, Double mfu, Double mfuAt16BitPeak, Double stepTimeSeconds,
                         Double tokensPerSecond, boolean fits, Strategy strategy, Wall bindingWall,
                         Map<Wall, WallAssessment> walls, ComparisonRange range,
                         @JsonIgnore Evaluation evaluation, @JsonIgnore Double maxDays) {

    public SweepPoint {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        walls = walls == null ? Map.of() : walls;
        if ((evaluation == null) != (status == PointStatus.NO_LAYOUT)) {
            throw new IllegalArgumentException("a point has a layout unless its status is no-layout; got " + status
                    + (evaluation == null ? " without one" : " with one"));
        }
        if ((reason == null) != (status == PointStatus.RUNS)) {
            throw new IllegalArgumentException("a point says why exactly when it does not run on its size; got "
                    + status + (reason == null ? " without a reason" : " with one"));
        }
    }

    /** A point of a sweep without a deadline (the components before deadlines). */
    public SweepPoint(String system, String name, int requestedAccelerators, Integer accelerators, Double varyValue,
                      PointStatus status, String reason, Double timeToTrainDays, Double costUsd, Double capexUsd,
                      Double powerWatts, Double mfu, Double mfuAt16BitPeak, Double stepTimeSeconds,
                      Double tokensPerSecond, boolean fits, Strategy strategy, Wall bindingWall,
                      Map<Wall, WallAssessment> walls, ComparisonRange range, Evaluation evaluation) {
        this(system, name, requestedAccelerators, accelerators, varyValue, status, reason, timeToTrainDays, costUsd,
                capexUsd, powerWatts, mfu, mfuAt16BitPeak, stepTimeSeconds, tokensPerSecond, fits, strategy,
                bindingWall, walls, range, evaluation, null);
    }

    /**
     * Whether the run can happen: it fits memory and no wall blocks it, on exactly the size asked for or, for
     * {@link PointStatus#FEWER}, on fewer. Written to JSON beside {@code status}, for tools that plot only these.
     */
    @JsonProperty("runs")
    public boolean runs() {
        return status.runs();
    }

    /**
     * Whether the point keeps to {@link #maxDays}: false when its run can happen but takes longer, no run at its size
     * meeting it (the point is then the fastest there, its days marked {@code (late)}); true without a deadline, and
     * for a point that cannot run, whose status says so otherwise, as for a comparison row.
     */
    @JsonProperty("withinMaxDays")
    public boolean withinMaxDays() {
        return maxDays == null || !runs() || timeToTrainDays <= maxDays;
    }
}
