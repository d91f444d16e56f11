package dev.walls.core.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Layouts no other beats on both step time and cost per step. Kept sorted by time, so costs fall along it and one
 * binary search tells whether a new point is dominated: by the front's slowest point that is not slower than it.
 */
final class ParetoFront {

    private final List<Ranked> items = new ArrayList<>();

    /**
     * Returns false when a point on the front dominates this one strictly. Exact ties are kept, so that the merge,
     * not the order in which a thread met them, decides which of equal points stays.
     */
    boolean admits(double seconds, double cost) {
        int i = lastNotSlower(seconds);
        return i < 0 || !dominates(items.get(i).stepSeconds(), items.get(i).costPerStepUsd(), seconds, cost);
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
    }

    /** Returns the index of the last point whose time is at most {@code seconds}, or -1. */
    private int lastNotSlower(double seconds) {
        int lo = 0;
        int hi = items.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (items.get(mid).stepSeconds() <= seconds) {
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
