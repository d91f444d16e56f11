package dev.walls.core.compare;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.walls.core.describe.SystemDescription;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import java.util.Map;

/**
 * One system's row of a side-by-side comparison.
 *
 * @param system          system id
 * @param name            human name
 * @param accelerators    accelerators of the best layout
 * @param sizedBy         how the size was chosen, e.g. "budget of $50.0M: 4,608 of up to 9,216"
 * @param timeToTrainDays the whole run, failures and restarts included, in days
 * @param costUsd         the run's cost (the economics wall's {@code runCostUsd}), in US dollars
 * @param capexUsd        the system's capital cost (the economics wall's {@code capexUsd}), in US dollars
 * @param powerWatts      IT power of the system at this size, in watts
 * @param mfu             model FLOPs utilization of the best layout, against the peak of its precision (FP8's for
 *                        an FP8 layout)
 * @param mfuAt16BitPeak  the same against the accelerator's 16-bit (bf16, else fp16) peak, as training reports
 *                        usually state it: FP8 and 16-bit layouts of different systems compare on it
 * @param stepTimeSeconds seconds per step
 * @param strategy        the best layout
 * @param bindingWall     the wall with the largest loss (or the one that blocks)
 * @param walls           every wall's verdict
 * @param range           time and cost across the inputs' ranges
 * @param verdict         one sentence: what binds, and what it means
 * @param evaluation      the full evaluation of the best layout
 * @param description     the system as compared (at the size its best layout uses), as {@code walls describe} lists
 *                        it: hierarchy, totals and every input figure with its source. Left out of the JSON, where
 *                        {@code walls describe --accelerators N} gives it; the HTML report lists its sources
 */
public record Comparison(String system, String name, int accelerators, String sizedBy, double timeToTrainDays,
                         double costUsd, double capexUsd, double powerWatts, double mfu, double mfuAt16BitPeak,
                         double stepTimeSeconds,
                         Strategy strategy, Wall bindingWall, Map<Wall, WallAssessment> walls, ComparisonRange range,
                         String verdict, Evaluation evaluation, @JsonIgnore SystemDescription description) {

    /** Whether the best layout fits memory: the evaluation's, written at the top of the row for tools. */
    @JsonProperty("fits")
    public boolean fits() {
        return evaluation.fits();
    }
}
