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
 */
public record MemoryTier(String name, MemoryKind kind, Figure capacityBytes, Figure bandwidthBytesPerSecond) {

    public MemoryTier {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("memory tier name must not be blank");
        }
        Objects.requireNonNull(capacityBytes, "capacityBytes").requirePositive("capacityBytes");
        Objects.requireNonNull(bandwidthBytesPerSecond, "bandwidthBytesPerSecond").requirePositive("bandwidthBytesPerSecond");
    }
}
