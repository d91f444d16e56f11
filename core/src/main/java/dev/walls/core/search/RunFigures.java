package dev.walls.core.search;

import dev.walls.core.describe.Describer;
import dev.walls.core.describe.SystemDescription;
import dev.walls.core.error.PluginFaultException;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import dev.walls.spi.workload.Workload;
import java.util.Objects;
import java.util.Optional;

/**
 * What a row of output says about one evaluated layout beyond the evaluation itself, with the names and units
 * {@code walls compare} gives them: the run in days and dollars, the capital and power of the system at the size the
 * layout uses, MFU against the 16-bit peak, and the precision. {@code compare} and {@code search} both take them from
 * here, so that they agree on the same layout.
 *
 * @param timeToTrainDays the whole run, failures and restarts included, in days
 * @param costUsd         the run's cost: the economics wall's {@code runCostUsd} metric, in US dollars
 * @param capexUsd        the system's capital at the size the layout uses: the economics wall's {@code capexUsd}
 *                        metric, else (a model that reports none) its hardware at list price, in US dollars
 * @param powerWatts      IT power of the system at the size the layout uses, in watts
 * @param mfuAt16BitPeak  model FLOPs utilization against the accelerator's 16-bit (bf16, else fp16) peak, as training
 *                        reports usually state it; the evaluation's {@code mfu} is against the peak of the layout's
 *                        precision (FP8's for an FP8 layout, twice the 16-bit one on most GPUs)
 * @param precision       the layout's precision, the peak the evaluation's {@code mfu} is against
 */
public record RunFigures(double timeToTrainDays, double costUsd, double capexUsd, double powerWatts,
                         double mfuAt16BitPeak, Precision precision) {

    /** The economics wall's metric the run's cost is read from; its model must report it (see the SPI's WallModel). */
    public static final String RUN_COST_METRIC = "runCostUsd";
    /** The economics wall's metric the capital is read from, when its model reports it. */
    public static final String CAPITAL_METRIC = "capexUsd";

    private static final double SECONDS_PER_DAY = 86_400;

    public RunFigures {
        Objects.requireNonNull(precision, "precision");
    }

    /**
     * The figures of a layout that a search or comparison found on a system.
     *
     * @param system          the system searched; the layout may use fewer of its accelerators, whose capital and
     *                        power are what count
     * @param workload        the training job
     * @param evaluation      the layout evaluated through every wall
     * @param economicsModel  the id of the economics wall's model, for the message when it reports no cost
     * @throws PluginFaultException naming the economics wall's model when it reports no finite {@code runCostUsd}: a
     *                              cost of NaN would otherwise pass for an answer
     */
    public static RunFigures of(SystemSpec system, Workload workload, Evaluation evaluation, String economicsModel) {
        WallAssessment economics = evaluation.walls().get(Wall.ECONOMICS);
        Double cost = economics.metrics().get(RUN_COST_METRIC);
        if (cost == null || !Double.isFinite(cost)) {
            throw new PluginFaultException("the economics wall model '" + economicsModel + "' reports "
                    + (cost == null ? "no " + RUN_COST_METRIC + " metric" : RUN_COST_METRIC + " = " + cost)
                    + " for " + evaluation.system() + " on " + evaluation.workload() + ": the run's cost is read from it,"
                    + " so an economics model must report it as a finite number of US dollars (see WallModel)");
        }
        SystemSpec used = Subsystem.of(system, evaluation.accelerators());
        SystemDescription d = Describer.describe(used);
        double capex = economics.metrics().getOrDefault(CAPITAL_METRIC, d.capexUsd());
        return new RunFigures(days(workload, evaluation.stepTimeSeconds()), cost, capex,
                d.powerWatts(), mfuAt16BitPeak(system, evaluation), evaluation.strategy().precision());
    }

    /**
     * Whether a layout can run: it fits memory and no wall blocks it. A layout that does not fit is still evaluated and
     * reported, with the walls' findings, but it is not a run. {@code compare}, {@code sweep}, {@code report} and the
     * exit codes all ask this.
     */
    public static boolean runs(Evaluation e) {
        return e.fits() && e.blockingWall().isEmpty();
    }

    /** MFU against the 16-bit peak: an FP8 layout's MFU is against FP8's peak, twice the 16-bit one on most GPUs. */
    static double mfuAt16BitPeak(SystemSpec system, Evaluation e) {
        return e.mfu() * peakOver16Bit(system.accelerator(), e.strategy().precision());
    }

    /**
     * The ratio of an accelerator's peak in a precision to its 16-bit (bf16, else fp16) peak: 2 for FP8 on most GPUs,
     * 1 for a 16-bit precision, and 1 when the accelerator does not state one of the two peaks.
     */
    public static double peakOver16Bit(AcceleratorSpec accelerator, Precision precision) {
        Optional<Figure> sixteen = accelerator.peak(Precision.BF16).or(() -> accelerator.peak(Precision.FP16));
        Optional<Figure> used = accelerator.peak(precision);
        if (sixteen.isEmpty() || used.isEmpty()) {
            return 1;
        }
        return used.get().nominal() / sixteen.get().nominal();
    }

    /** The days a run of the workload takes at {@code stepSeconds} a step: what {@link #timeToTrainDays} reports. */
    public static double days(Workload workload, double stepSeconds) {
        return workload.steps() * stepSeconds / SECONDS_PER_DAY;
    }
}
