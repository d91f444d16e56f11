package dev.walls.core.compare;

import dev.walls.spi.figure.Figure;
import java.util.List;

/**
 * One uncertain input and how far it alone moves a comparison: the layout re-evaluated with that input at the low,
 * then the high end of its range, every other input nominal.
 *
 * @param input           the input's name: {@code system.PATH} for a system figure
 *                        ({@code system.accelerator.memory[0].capacityBytes}), {@code WALL.PATH} for a wall's assumption,
 *                        as {@code --assume} takes it
 * @param copies          other walls' copies of the same assumption, moved with it
 * @param figure          the input, with its range and provenance
 * @param timeToTrainDays the time to train across the input's range, nominal included, in days; an end at which a
 *                        layout that fits at nominal values no longer fits is left out (that run cannot happen)
 * @param costUsd         the run's cost across it, likewise, in US dollars
 * @param fitsAtLowEnd    whether the layout fits memory with this input at the low end of its range
 * @param fitsAtHighEnd   whether it fits with this input at the high end
 */
public record RangeDriver(String input, List<String> copies, Figure figure, Bounds timeToTrainDays, Bounds costUsd, boolean fitsAtLowEnd,
                          boolean fitsAtHighEnd) {

    public RangeDriver {
        copies = List.copyOf(copies);
    }
}
