package dev.walls.core.compare;

import java.util.List;

/**
 * How far the time and cost of a run move across the ranges of its uncertain inputs, the system's figures and the
 * walls' assumptions, for the layout found at nominal values. Each input is first moved alone to each end of its
 * range; then every input is set together at the end that shortened the run (for the low time) or lengthened it
 * (for the high), and likewise for cost. The bounds are the extremes of all these evaluations, nominal included, so
 * a figure that makes the system both faster and dearer (a higher peak, a higher price) counts on the side it
 * helps for each result. When the layout fits memory at nominal values, a setting at which it no longer fits is
 * a run that cannot happen: it is left out of the bounds and is never picked as an end that helps or hurts.
 *
 * @param timeToTrainDays the time to train, in days
 * @param costUsd         the cost of the run, in US dollars
 * @param fitsAtBothEnds  whether the layout fits memory at every setting evaluated
 * @param uncertainInputs how many inputs carry a range
 * @param drivers         the inputs that move time or cost, the largest relative swing first
 * @param refusedEnds     inputs with an end that their own spec or model refused, left nominal there
 */
public record ComparisonRange(Bounds timeToTrainDays, Bounds costUsd, boolean fitsAtBothEnds, int uncertainInputs,
                              List<RangeDriver> drivers, List<String> refusedEnds) {

    public ComparisonRange {
        drivers = List.copyOf(drivers);
        refusedEnds = List.copyOf(refusedEnds);
    }
}
