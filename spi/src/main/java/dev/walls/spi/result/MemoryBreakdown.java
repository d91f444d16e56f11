package dev.walls.spi.result;

import dev.walls.spi.figure.NonFiniteException;
import java.util.List;
import java.util.Objects;

/**
 * The memory one rank needs, and what it has: the rank of the busiest pipeline stage, the one whose footprint is
 * largest.
 *
 * @param parts            weights, gradients, optimizer state, activations, buffers, slack; they add up to the
 *                         footprint
 * @param capacityBytes    what the rank can hold in the memory tiers training state may live in, in bytes
 * @param fastestTierBytes capacity of the rank's fastest tier that holds training state, in bytes
 * @param busiestStage     the pipeline stage the parts describe (since SPI 1.6)
 * @param tiers            where the footprint is placed, fastest tier first; empty when not known (since SPI 1.6)
 * @param spilledBytes     bytes placed beyond the fastest tier, streamed from slower ones every step (since SPI 1.6)
 */
public record MemoryBreakdown(List<MemoryPart> parts, double capacityBytes, double fastestTierBytes,
                              PipelineStage busiestStage, List<TierPlacement> tiers, double spilledBytes) {

    public MemoryBreakdown {
        parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
        Objects.requireNonNull(busiestStage, "busiestStage");
        tiers = List.copyOf(Objects.requireNonNull(tiers, "tiers"));
        NonFiniteException.requireFiniteNonNegative(spilledBytes, "spilled memory");
    }

    /**
     * The breakdown as SPI 1.5 built it: the first stage's, with no tier placement, and whatever exceeds the fastest
     * tier spilled.
     */
    public MemoryBreakdown(List<MemoryPart> parts, double capacityBytes, double fastestTierBytes) {
        this(parts, capacityBytes, fastestTierBytes, PipelineStage.FIRST, List.of(),
                Math.max(0, sum(Objects.requireNonNull(parts, "parts")) - fastestTierBytes));
    }

    /** Returns the sum of all parts, in bytes. */
    public double totalBytes() {
        return sum(parts);
    }

    /** Returns true when the footprint fits the capacity. */
    public boolean fits() {
        return totalBytes() <= capacityBytes;
    }

    /** Returns true when part of the footprint lies beyond the fastest tier. */
    public boolean spills() {
        return spilledBytes > 0;
    }

    private static double sum(List<MemoryPart> parts) {
        double b = 0;
        for (MemoryPart p : parts) {
            b += p.bytes();
        }
        return b;
    }
}
