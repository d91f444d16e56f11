package dev.walls.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The K best layouts seen so far by {@link Ranked#ORDER}; a cheap test turns away the rest before any allocation.
 * A heap with the worst kept on top, so that asking for every feasible layout ({@code --top 100000}) costs
 * log K per layout, not K.
 */
final class TopK {

    private final int k;
    private final PriorityQueue<Ranked> worstFirst = new PriorityQueue<>(Ranked.ORDER.reversed());
    /** The worst kept score once K are kept: what {@link #admits} compares, kept here so the sweep reads one field. */
    private double cutoff = Double.POSITIVE_INFINITY;

    TopK(int k) {
        this.k = k;
    }

    /** Returns false when a score cannot enter (ties at the boundary may, the total order decides). */
    boolean admits(double score) {
        return worstFirst.size() < k || score <= cutoff;
    }

    void offer(Ranked r) {
        if (worstFirst.size() < k) {
            worstFirst.add(r);
        } else if (Ranked.ORDER.compare(r, worstFirst.peek()) < 0) {
            worstFirst.poll();
            worstFirst.add(r);
        }
        if (worstFirst.size() == k) {
            cutoff = worstFirst.peek().score();
        }
    }

    /** The layouts kept, best first. */
    List<Ranked> items() {
        List<Ranked> items = new ArrayList<>(worstFirst);
        items.sort(Ranked.ORDER);
        return items;
    }
}
