package dev.walls.core.search;

import java.util.ArrayList;
import java.util.List;

/** The K best layouts seen so far by {@link Ranked#ORDER}; a cheap test turns away the rest before any allocation. */
final class TopK {

    private final int k;
    private final List<Ranked> items = new ArrayList<>();
    private double worst = Double.POSITIVE_INFINITY;

    TopK(int k) {
        this.k = k;
    }

    /** Returns false when a score cannot enter (ties at the boundary may, the total order decides). */
    boolean admits(double score) {
        return items.size() < k || score <= worst;
    }

    void offer(Ranked r) {
        int at = 0;
        while (at < items.size() && Ranked.ORDER.compare(items.get(at), r) <= 0) {
            at++;
        }
        if (at >= k) {
            return;
        }
        items.add(at, r);
        if (items.size() > k) {
            items.remove(items.size() - 1);
        }
        if (items.size() == k) {
            worst = items.get(k - 1).score();
        }
    }

    List<Ranked> items() {
        return items;
    }
}
