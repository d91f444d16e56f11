package dev.walls.core.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Layouts no other beats on both step time and cost per step. Kept sorted by time, so costs fall along it and one
 * binary search tells whether a new point is dominated: by the front's slowest point that is not slower than it.
 */
final class ParetoFront {

    private final List<Ranked> items = new ArrayList<>();
    /** The items' times, kept beside them so that the test a search runs per candidate reads one array. */
    private double[] seconds = new double[16];
    private double[] costs = new double[16];

    /**
     * Returns false when a point on the front dominates this one strictly. Exact ties are kept, so that the merge,
     * not the order in which a thread met them, decides which of equal points stays.
     */
    boolean admits(double t, double cost) {
        int i = lastNotSlower(t);
        return i < 0 || !dominates(seconds[i], costs[i], t, cost);
    }

    void offer(Ranked r) {
        int at = lastNotSlower(r.stepSeconds()) + 1;
        // Only points of the same time before it can be dominated from behind.
        while (at > 0 && dominates(r.stepSeconds(), r.costPerStepUsd(), items.get(at - 1).stepSeconds(),
                items.get(at - 1).costPerStepUsd())) {
            items.remove(--at);
        }
        items.add(at, r);
        // What the new point dominates is slower and no cheaper: it follows it, contiguously.
        while (at + 1 < items.size()
                && dominates(r.stepSeconds(), r.costPerStepUsd(), items.get(at + 1).stepSeconds(), items.get(at + 1).costPerStepUsd())) {
            items.remove(at + 1);
        }
        if (seconds.length < items.size()) {
            seconds = new double[2 * items.size()];
            costs = new double[2 * items.size()];
        }
        for (int i = 0; i < items.size(); i++) {
            seconds[i] = items.get(i).stepSeconds();
            costs[i] = items.get(i).costPerStepUsd();
        }
    }

    /** Returns the index of the last point whose time is at most {@code t}, or -1. */
    private int lastNotSlower(double t) {
        int lo = 0;
        int hi = items.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (seconds[mid] <= t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
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
