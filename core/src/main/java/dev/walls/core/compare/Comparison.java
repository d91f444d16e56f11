package dev.walls.core.compare;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.walls.core.describe.SystemDescription;
import dev.walls.core.search.RunFigures;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.system.Precision;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

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
 * @param sizingCapped    sized to a budget, power or peak, the system stopped at its largest size though the target
 *                        would take at least one more step of it: it gets less than the target (the others may not),
 *                        and {@code sizedBy} says how much of it
 * @param sizingAboveTarget sized to a budget, power or peak, even the system's smallest size exceeds the target: the
 *                        row is that smallest size, above the target, and {@code sizedBy} says by how much
 * @param budgetUsd       the capital budget the system was sized to ({@code --budget}, or the first system's capital
 *                        with {@code --normalize budget}); empty (absent in JSON) when not sized to a budget
 * @param budgetUsedUsd   the capital of the size the budget bought, as the budget counts it (the whole sized system;
 *                        {@code capexUsd} is that of the accelerators the best layout uses): below the budget when
 *                        capped, above it when even the smallest size exceeds it; empty when not sized to a budget
 * @param description     the system as compared (at the size its best layout uses), as {@code walls describe} lists
 *                        it: hierarchy, totals and every input figure with its source. Left out of the JSON, where
 *                        {@code walls describe --accelerators N} gives it; the HTML report lists its sources. Null
 *                        only in a row made with the constructor that predates it
 * @param sizedAccelerators the size the system was compared at: the one given ({@code SYSTEM:N}, or its default), or
 *                        the one a budget, power or peak bought. The best layout may use fewer of them
 *                        ({@code accelerators}); {@code sizedBy} says so in prose. A row made with a constructor that
 *                        predates it has {@code accelerators}
 * @param maxDays         the deadline the comparison was given ({@code --max-days}): the row is the system's best run
 *                        within it; null for none
 */
public record Comparison(String system, String name, int accelerators, String sizedBy, double timeToTrainDays,
                         double costUsd, double capexUsd, double powerWatts, double mfu, double mfuAt16BitPeak,
                         double stepTimeSeconds,
                         Strategy strategy, Wall bindingWall, Map<Wall, WallAssessment> walls, ComparisonRange range,
                         String verdict, Evaluation evaluation, boolean sizingCapped, boolean sizingAboveTarget,
                         @JsonInclude(JsonInclude.Include.NON_ABSENT) OptionalDouble budgetUsd,
                         @JsonInclude(JsonInclude.Include.NON_ABSENT) OptionalDouble budgetUsedUsd,
                         @JsonIgnore SystemDescription description, int sizedAccelerators, Double maxDays) {

    public Comparison {
        Objects.requireNonNull(budgetUsd, "budgetUsd");
        Objects.requireNonNull(budgetUsedUsd, "budgetUsedUsd");
    }

    /** A row of a comparison without a deadline (the components before deadlines). */
    public Comparison(String system, String name, int accelerators, String sizedBy, double timeToTrainDays,
                      double costUsd, double capexUsd, double powerWatts, double mfu, double mfuAt16BitPeak,
                      double stepTimeSeconds, Strategy strategy, Wall bindingWall, Map<Wall, WallAssessment> walls,
                      ComparisonRange range, String verdict, Evaluation evaluation, boolean sizingCapped,
                      boolean sizingAboveTarget, OptionalDouble budgetUsd, OptionalDouble budgetUsedUsd,
                      SystemDescription description, int sizedAccelerators) {
        this(system, name, accelerators, sizedBy, timeToTrainDays, costUsd, capexUsd, powerWatts, mfu, mfuAt16BitPeak,
                stepTimeSeconds, strategy, bindingWall, walls, range, verdict, evaluation, sizingCapped,
                sizingAboveTarget, budgetUsd, budgetUsedUsd, description, sizedAccelerators, null);
    }

    /** A row whose sized size is the one its best layout uses (the components before that size was a field). */
    public Comparison(String system, String name, int accelerators, String sizedBy, double timeToTrainDays,
                      double costUsd, double capexUsd, double powerWatts, double mfu, double mfuAt16BitPeak,
                      double stepTimeSeconds, Strategy strategy, Wall bindingWall, Map<Wall, WallAssessment> walls,
                      ComparisonRange range, String verdict, Evaluation evaluation, boolean sizingCapped,
                      boolean sizingAboveTarget, OptionalDouble budgetUsd, OptionalDouble budgetUsedUsd,
                      SystemDescription description) {
        this(system, name, accelerators, sizedBy, timeToTrainDays, costUsd, capexUsd, powerWatts, mfu, mfuAt16BitPeak,
                stepTimeSeconds, strategy, bindingWall, walls, range, verdict, evaluation, sizingCapped,
                sizingAboveTarget, budgetUsd, budgetUsedUsd, description, accelerators);
    }

    /** A row of a system as given, not sized to a target (the components before sizing was reported). */
    public Comparison(String system, String name, int accelerators, String sizedBy, double timeToTrainDays,
                      double costUsd, double capexUsd, double powerWatts, double mfu, double mfuAt16BitPeak,
                      double stepTimeSeconds, Strategy strategy, Wall bindingWall, Map<Wall, WallAssessment> walls,
                      ComparisonRange range, String verdict, Evaluation evaluation) {
        this(system, name, accelerators, sizedBy, timeToTrainDays, costUsd, capexUsd, powerWatts, mfu, mfuAt16BitPeak,
                stepTimeSeconds, strategy, bindingWall, walls, range, verdict, evaluation, false, false,
                OptionalDouble.empty(), OptionalDouble.empty(), null, accelerators);
    }

    /** The best layout's precision: the peak {@code mfu} is against (at the top of the row for tools, as in search). */
    @JsonProperty("precision")
    public Precision precision() {
        return strategy.precision();
    }

    /**
     * Whether the row keeps to {@link #maxDays}: false when the system can run but its row, then its fastest run,
     * takes longer (marked {@code (late)}); true without a deadline, and for a row that cannot run at all, which says
     * so otherwise.
     */
    @JsonProperty("withinMaxDays")
    public boolean withinMaxDays() {
        return maxDays == null || !RunFigures.runs(evaluation) || timeToTrainDays <= maxDays;
    }

    /** Whether the best layout fits memory: the evaluation's, written at the top of the row for tools. */
    @JsonProperty("fits")
    public boolean fits() {
        return evaluation.fits();
    }
}
