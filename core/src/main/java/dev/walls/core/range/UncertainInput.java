package dev.walls.core.range;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.wall.Wall;
import java.util.Objects;
import java.util.Optional;

/**
 * One figure with a range among an evaluation's inputs: a figure of the system's spec, or of a wall model's
 * assumptions.
 *
 * @param wall   the wall whose assumptions hold the figure; empty for a figure of the system
 * @param path   where the figure sits, as {@code walls describe} (system) or {@code walls assumptions} (wall) lists it
 * @param figure the figure, with its range and provenance
 */
public record UncertainInput(Optional<Wall> wall, String path, Figure figure) {

    public UncertainInput {
        Objects.requireNonNull(wall, "wall");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(figure, "figure");
    }

    /**
     * Returns the name a user types for it: the path for a system figure, {@code WALL.PATH} for an assumption (what
     * {@code --assume} takes).
     */
    public String name() {
        return wall.map(w -> w.id() + "." + path).orElse(path);
    }
}
