package dev.walls.core.compare;

/**
 * How the time and cost of a run move when every uncertain figure — of the system and of the walls' assumptions —
 * sits at the low or the high end of its range (the layout found at nominal values, re-evaluated).
 *
 * @param timeToTrainDays the time to train, in days
 * @param costUsd         the cost of the run, in US dollars
 * @param fitsAtBothEnds  whether the layout still fits memory at both ends
 */
public record ComparisonRange(Bounds timeToTrainDays, Bounds costUsd, boolean fitsAtBothEnds) {
}
