package dev.walls.core.search;

import java.util.ArrayList;
import java.util.List;

/** Layouts no other beats on both step time and cost per step. */
final class ParetoFront {

    private ParetoFront() {
    }

    /**
     * Returns the points no other beats strictly on both time and cost, fastest first; of equal points the first by
     * {@link Ranked#BY_TIME} stays, so the result does not depend on the order the points come in.
     */
    static List<Ranked> merge(List<Ranked> points) {
        List<Ranked> sorted = new ArrayList<>(points);
        sorted.sort(Ranked.BY_TIME);
        List<Ranked> front = new ArrayList<>();
        double cheapest = Double.POSITIVE_INFINITY;
        for (Ranked r : sorted) {
            if (r.costPerStepUsd() < cheapest) {
                front.add(r);
                cheapest = r.costPerStepUsd();
            }
        }
        return front;
    }
}
