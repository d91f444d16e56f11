package dev.walls.spi.result;

import dev.walls.spi.wall.Wall;
import java.util.List;
import java.util.Objects;

/**
 * A training step's time: what ideal compute takes plus each loss, charged to a wall. The parts sum
 * exactly to the step time.
 *
 * @param idealComputeSeconds model FLOPs of one step at the accelerators' dense peak, in seconds; positive
 * @param parts               the losses, in a stable order
 */
public record StepBreakdown(double idealComputeSeconds, List<StepPart> parts) {

    public StepBreakdown {
        if (!(idealComputeSeconds > 0) || Double.isInfinite(idealComputeSeconds)) {
            throw new IllegalArgumentException("idealComputeSeconds must be positive and finite, got " + idealComputeSeconds);
        }
        parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
    }

    /** Returns ideal compute plus every part. */
    public double stepTimeSeconds() {
        double t = idealComputeSeconds;
        for (StepPart p : parts) {
            t += p.seconds();
        }
        return t;
    }

    /** Returns the seconds charged to one wall. */
    public double lossSeconds(Wall wall) {
        double t = 0;
        for (StepPart p : parts) {
            if (p.wall() == wall) {
                t += p.seconds();
            }
        }
        return t;
    }
}
