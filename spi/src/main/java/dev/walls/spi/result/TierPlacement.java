package dev.walls.spi.result;

import dev.walls.spi.figure.NonFiniteException;
import dev.walls.spi.system.MemoryKind;
import java.util.Objects;

/**
 * How much of a rank's footprint one memory tier holds. The footprint fills the fastest tier first; what does not
 * fit there is placed in the next, and streamed from it every step.
 *
 * @param name          the tier's name, as the cost table reports it (a shared tier names its level and how many
 *                      accelerators share it, e.g. {@code "LPDDR5X (tray, shared by 4)"})
 * @param kind          its technology
 * @param capacityBytes the rank's share of the tier, in bytes
 * @param bytes         the part of the footprint placed in it, in bytes; finite, not negative. The last tier takes
 *                      whatever is left, so a footprint that does not fit overfills it
 */
public record TierPlacement(String name, MemoryKind kind, double capacityBytes, double bytes) {

    public TierPlacement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        NonFiniteException.requireFiniteNonNegative(capacityBytes, "capacity of memory tier '" + name + "'");
        NonFiniteException.requireFiniteNonNegative(bytes, "bytes placed in memory tier '" + name + "'");
    }
}
