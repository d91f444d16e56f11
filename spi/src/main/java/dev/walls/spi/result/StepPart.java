package dev.walls.spi.result;

import dev.walls.spi.figure.NonFiniteException;
import dev.walls.spi.wall.Wall;
import java.util.Objects;

/**
 * A share of a training step's time beyond ideal compute, charged to the wall that causes it.
 *
 * @param name    stable key, e.g. {@code "tp-communication-exposed"}
 * @param wall    the wall it is charged to
 * @param seconds its length, in seconds; finite, not negative
 * @param detail  a short explanation a person can read
 */
public record StepPart(String name, Wall wall, double seconds, String detail) {

    public StepPart {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(wall, "wall");
        Objects.requireNonNull(detail, "detail");
        NonFiniteException.requireFiniteNonNegative(seconds, "step part '" + name + "'");
    }
}
