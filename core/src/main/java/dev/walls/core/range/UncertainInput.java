package dev.walls.core.range;

import dev.walls.spi.figure.Figure;
import java.util.List;
import java.util.Objects;

/**
 * One figure with a range among an evaluation's inputs: a figure of the system's spec, or a wall model's assumption.
 *
 * @param name   {@code system.PATH} for a system figure, with the path {@code walls describe} lists; {@code WALL.PATH}
 *               for an assumption, as {@code walls assumptions} lists it and {@code --assume} takes it
 * @param figure the figure, with its range and provenance
 * @param copies other walls' copies of the same assumption, which move with it: each wall keeps its own overridable
 *               copy of a figure it shares (a node's defect density, an assembly yield), as {@code --assume} moves
 *               them together
 */
public record UncertainInput(String name, Figure figure, List<String> copies) {

    /** The prefix of a system figure's name: no wall is called this, so it never reads as an assumption. */
    public static final String SYSTEM = "system";

    public UncertainInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(figure, "figure");
        copies = List.copyOf(copies);
    }
}
