package dev.walls.spi.result;

import dev.walls.spi.figure.NonFiniteException;
import java.util.Objects;

/**
 * One component of a rank's memory footprint.
 *
 * @param name  stable key, e.g. {@code "optimizer-state"}
 * @param bytes its size, in bytes; finite, not negative
 */
public record MemoryPart(String name, double bytes) {

    public MemoryPart {
        Objects.requireNonNull(name, "name");
        NonFiniteException.requireFiniteNonNegative(bytes, "memory part '" + name + "'");
    }
}
