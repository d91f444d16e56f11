package dev.walls.core.compare;

import dev.walls.core.describe.Describer;
import dev.walls.core.describe.SystemDescription;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import dev.walls.spi.workload.Workload;
import java.util.Optional;

/**
 * What one evaluated layout comes to as a whole run: the figures a comparison row and a sweep point report beside the
 * evaluation, worked out in one place so that the two always agree.
 *
 * @param timeToTrainDays the whole run, failures and restarts included, in days
 * @param costUsd         the run's cost (the economics wall's {@code runCostUsd}), in US dollars
 * @param capexUsd        the capital of the accelerators in use (the economics wall's {@code capexUsd}, else the
 *                        hardware at list price), in US dollars
 * @param powerWatts      IT power of the accelerators in use, in watts
 * @param mfuAt16BitPeak  MFU against the accelerator's 16-bit (bf16, else fp16) peak
 */
public record RunFigures(double timeToTrainDays, double costUsd, double capexUsd, double powerWatts,
                         double mfuAt16BitPeak) {

    private static final double SECONDS_PER_DAY = 86_400;

    /**
     * The figures of a layout evaluated on {@code used}, the system with exactly the layout's accelerators in use.
     */
    public static RunFigures of(SystemSpec used, Workload workload, Evaluation e) {
        SystemDescription d = Describer.describe(used);
        WallAssessment economics = e.walls().get(Wall.ECONOMICS);
        return new RunFigures(workload.steps() * e.stepTimeSeconds() / SECONDS_PER_DAY,
                economics.metrics().getOrDefault("runCostUsd", Double.NaN),
                economics.metrics().getOrDefault("capexUsd", d.capexUsd()), d.powerWatts(), mfuAt16BitPeak(used, e));
    }

    /** MFU against the 16-bit peak: an FP8 layout's MFU is against FP8's peak, twice the 16-bit one on most GPUs. */
    static double mfuAt16BitPeak(SystemSpec system, Evaluation e) {
        AcceleratorSpec a = system.accelerator();
        Optional<Figure> sixteen = a.peak(Precision.BF16).or(() -> a.peak(Precision.FP16));
        Optional<Figure> used = a.peak(e.strategy().precision());
        if (sixteen.isEmpty() || used.isEmpty()) {
            return e.mfu();
        }
        return e.mfu() * used.get().nominal() / sixteen.get().nominal();
    }
}
