package dev.walls.core.search;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A feasible layout a search keeps: its scores and its slots. Ordered by score, then by accelerator count
 * (more first) and slots, a total order that makes merged results independent of which thread found what.
 */
record Ranked(double score, double stepSeconds, double costPerStepUsd, int accelerators, int[] slots) {

    // Written out rather than composed from Comparator.comparing…: each lambda of a composed comparator is a class
    // the JVM generates when the search first touches this one, and the dozen of them cost a one-shot search 3-7 ms
    // of its 30-50 ms sweep.

    /** Score, then more accelerators first, then slots. */
    static final Comparator<Ranked> ORDER = new Comparator<>() {
        @Override
        public int compare(Ranked a, Ranked b) {
            int c = Double.compare(a.score, b.score);
            return c != 0 ? c : tieBreak(a, b);
        }
    };

    /** Step time, then cost per step, then as {@link #ORDER} breaks ties. */
    static final Comparator<Ranked> BY_TIME = new Comparator<>() {
        @Override
        public int compare(Ranked a, Ranked b) {
            int c = Double.compare(a.stepSeconds, b.stepSeconds);
            if (c == 0) {
                c = Double.compare(a.costPerStepUsd, b.costPerStepUsd);
            }
            return c != 0 ? c : tieBreak(a, b);
        }
    };

    private static int tieBreak(Ranked a, Ranked b) {
        int c = Integer.compare(b.accelerators, a.accelerators);
        return c != 0 ? c : Arrays.compare(a.slots, b.slots);
    }
}
