package dev.walls.spi.model;

import dev.walls.spi.kernel.CostKey;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.workload.Workload;
import java.util.Optional;
import dev.walls.spi.wall.WallAssessment;

/**
 * The model of one wall. Plugins contribute them through {@link dev.walls.spi.WallsPlugin#wallModels()}; the
 * core asks every model of every wall and keeps, per wall, the one a system or the user selects.
 *
 * <p>One instance is called from several threads at once (a search stages its tables and judges its winners on
 * every core), so {@link #stage} and {@link #assess} must not change state shared between calls.
 *
 * <p><b>What the core reads from an economics model</b> ({@link Wall#ECONOMICS}), by key, besides its status, loss
 * and finding. A model that replaces the standard one must provide:
 * <ul>
 *   <li>metric {@code runCostUsd} in {@link WallAssessment#metrics()} (required): the training run's cost in US
 *       dollars, a finite number. {@code compare} and {@code search} report it as each row's {@code costUsd}; without
 *       it they stop with an error that names the model.</li>
 *   <li>metric {@code capexUsd} (expected): the capital of the system at the size assessed, in US dollars; without
 *       it, rows report the spec's hardware at list price.</li>
 *   <li>metric {@code runHours} (expected): the run's length in hours; {@code evaluate}'s CSV reports it.</li>
 *   <li>cost-table key {@link CostKey#SYSTEM_USD_PER_SECOND}, staged in {@link #stage} (required for the cost
 *       objective): what the system costs per second, a positive amount; a search or comparison by cost is refused
 *       when it is 0 (not staged) or not finite.</li>
 *   <li>cost-table key {@link CostKey#SYSTEM_CAPITAL_USD}, staged in {@link #stage} (expected): the capital a budget
 *       sizes systems by ({@code compare --budget}); without it, the spec's hardware at list price.</li>
 * </ul>
 * Every metric a model reports must be finite; the core refuses a result that holds a NaN or an infinity.
 */
public interface WallModel {

    /** Returns a stable id, e.g. {@code "standard-memory"}. */
    String id();

    /** Returns the wall this model judges. */
    Wall wall();

    /**
     * Judges one evaluated layout.
     *
     * @param context the system, workload, layout and the kernel's breakdowns; never null
     * @return the verdict; never null
     */
    WallAssessment assess(WallContext context);

    /**
     * Returns the model's tunable defaults — wafer prices, PUE, efficiencies — as a record of sourced figures whose
     * paths {@link dev.walls.spi.figure.Figures#in} lists; empty when the model has none.
     */
    default Optional<Record> assumptionSet() {
        return Optional.empty();
    }

    /**
     * Returns a copy of this model that uses other assumptions, of the type {@link #assumptionSet()} returns.
     *
     * @throws IllegalArgumentException when the model takes no assumptions or the record is of another type
     */
    default WallModel withAssumptionSet(Record assumptions) {
        throw new IllegalArgumentException("wall model '" + id() + "' has no assumptions to override");
    }

    /**
     * Returns {@code replacement} as the record type a model's assumptions have, for
     * {@link #withAssumptionSet} implementations.
     *
     * @throws IllegalArgumentException naming the model and both types when it is of another type
     */
    static <A extends Record> A assumptionsOf(WallModel model, Record replacement, Class<A> type) {
        if (!type.isInstance(replacement)) {
            throw new IllegalArgumentException(model.id() + " takes " + type.getSimpleName() + ", not "
                    + replacement.getClass().getSimpleName());
        }
        return type.cast(replacement);
    }

    /**
     * Writes what this wall knows about a system training a workload into the cost table, once, before a kernel
     * evaluates layouts against it (e.g. GEMM efficiency parameters, collective efficiencies, memory reserves).
     * The default writes nothing: the table keeps its neutral values.
     *
     * @param system   the system, at its size
     * @param workload the training job
     * @param table    the table under construction, already seeded from the spec
     */
    default void stage(SystemSpec system, Workload workload, CostTable.Builder table) {
    }
}
