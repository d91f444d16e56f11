package dev.walls.spi.result;

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
        if (!(bytes >= 0) || Double.isInfinite(bytes)) {
            throw new IllegalArgumentException("memory part '" + name + "' must be finite and not negative, got " + bytes);
        }
    }
}
