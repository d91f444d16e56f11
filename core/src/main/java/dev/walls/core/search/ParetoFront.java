package dev.walls.core.search;

import java.util.ArrayList;
import java.util.List;

/** Layouts no other beats on both step time and cost per step. */
final class ParetoFront {

    private final List<Ranked> items = new ArrayList<>();

    /**
     * Returns false when a point on the front dominates this one strictly. Exact ties are kept, so that the merge,
     * not the order in which a thread met them, decides which of equal points stays.
     */
    boolean admits(double seconds, double cost) {
        for (Ranked r : items) {
            if (dominates(r.stepSeconds(), r.costPerStepUsd(), seconds, cost)) {
                return false;
            }
        }
        return true;
    }

    void offer(Ranked r) {
        items.removeIf(x -> dominates(r.stepSeconds(), r.costPerStepUsd(), x.stepSeconds(), x.costPerStepUsd()));
        items.add(r);
    }

    private static boolean dominates(double t1, double c1, double t2, double c2) {
        return t1 <= t2 && c1 <= c2 && (t1 < t2 || c1 < c2);
    }

    List<Ranked> items() {
        return items;
    }

    /** Merges fronts into one, fastest first; among equal points the total order keeps one. */
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
