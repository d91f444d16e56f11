package dev.walls.spi.system;

import dev.walls.spi.figure.Figure;
import java.util.Objects;

/**
 * One tier of memory as one unit of its level sees it: an accelerator's HBM, a Grace CPU's LPDDR5X,
 * a Dojo Interface Processor's HBM shared by a tray.
 *
 * @param name                    a short name, e.g. {@code "HBM3e"}; never blank
 * @param kind                    the technology
 * @param capacityBytes           capacity of one unit, in bytes; positive
 * @param bandwidthBytesPerSecond bandwidth of one unit, in bytes per second; positive
 * @param stacks                  the HBM stacks that make up one unit's capacity, as the spec states them; {@code 0}
 *                                when it does not, and the walls infer them from the capacity
 *                                ({@link dev.walls.spi.silicon.PackageContents}). Only an HBM tier has stacks
 */
public record MemoryTier(String name, MemoryKind kind, Figure capacityBytes, Figure bandwidthBytesPerSecond,
                         int stacks) {

    /** The most stacks one unit may state: well above any package's (12 on TSMC's 2027 CoWoS-L roadmap). */
    public static final int MAX_STACKS = 1024;

    /** A tier whose HBM stacks, if any, are inferred from its capacity (the SPI before 1.8 had no other). */
    public MemoryTier(String name, MemoryKind kind, Figure capacityBytes, Figure bandwidthBytesPerSecond) {
        this(name, kind, capacityBytes, bandwidthBytesPerSecond, 0);
    }

    public MemoryTier {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("memory tier name must not be blank");
        }
        Objects.requireNonNull(capacityBytes, "capacityBytes").requirePositive("capacityBytes");
        Objects.requireNonNull(bandwidthBytesPerSecond, "bandwidthBytesPerSecond").requirePositive("bandwidthBytesPerSecond");
        if (stacks < 0 || stacks > MAX_STACKS) {
            throw new IllegalArgumentException("memory tier '" + name + "': stacks must be between 1 and " + MAX_STACKS
                    + " (or 0 to infer them from the capacity), got " + stacks);
        }
        if (stacks > 0 && kind != MemoryKind.HBM) {
            throw new IllegalArgumentException("memory tier '" + name + "': stacks apply to an hbm tier only, not to "
                    + kind.id());
        }
    }

    /** Returns true when the spec states the tier's HBM stacks rather than leaving them to be inferred. */
    public boolean statesStacks() {
        return stacks > 0;
    }
}
