package dev.walls.spi.result;

import java.util.List;
import java.util.Objects;

/**
 * The memory one rank (the busiest: the first pipeline stage) needs, and what it has.
 *
 * @param parts                weights, gradients, optimizer state, activations, buffers, slack
 * @param capacityBytes        what the rank can hold in the memory tiers training state may live in, in bytes
 * @param fastestTierBytes     capacity of the rank's fastest tier that holds training state, in bytes
 */
public record MemoryBreakdown(List<MemoryPart> parts, double capacityBytes, double fastestTierBytes) {

    public MemoryBreakdown {
        parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
    }

    /** Returns the sum of all parts, in bytes. */
    public double totalBytes() {
        double b = 0;
        for (MemoryPart p : parts) {
            b += p.bytes();
        }
        return b;
    }

    /** Returns true when the footprint fits the capacity. */
    public boolean fits() {
        return totalBytes() <= capacityBytes;
    }
}
