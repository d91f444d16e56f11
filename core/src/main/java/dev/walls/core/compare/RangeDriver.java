package dev.walls.core.compare;

import dev.walls.spi.figure.Figure;

/**
 * One uncertain input and how far it alone moves a comparison: the layout re-evaluated with that input at the low,
 * then the high end of its range, every other input nominal.
 *
 * @param input           the input's name: a system figure's path ({@code accelerator.memory[0].capacityBytes}) or a
 *                        wall assumption's {@code WALL.PATH}, as {@code --assume} takes it
 * @param figure          the input, with its range and provenance
 * @param timeToTrainDays the time to train across the input's range (nominal included), in days
 * @param costUsd         the run's cost across it (nominal included), in US dollars
 * @param fitsAtLowEnd    whether the layout fits memory with this input at the low end of its range
 * @param fitsAtHighEnd   whether it fits with this input at the high end
 */
public record RangeDriver(String input, Figure figure, Bounds timeToTrainDays, Bounds costUsd, boolean fitsAtLowEnd,
                          boolean fitsAtHighEnd) {
}
