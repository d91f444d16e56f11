package dev.walls.core.search;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A feasible layout a search keeps: its scores and its slots. Ordered by score, then by accelerator count
 * (more first) and slots, a total order that makes merged results independent of which thread found what.
 */
record Ranked(double score, double stepSeconds, double costPerStepUsd, int accelerators, int[] slots) {

    static final Comparator<Ranked> ORDER = Comparator.comparingDouble(Ranked::score)
            .thenComparing(Comparator.comparingInt(Ranked::accelerators).reversed())
            .thenComparing(Ranked::slots, Arrays::compare);

    static final Comparator<Ranked> BY_TIME = Comparator.comparingDouble(Ranked::stepSeconds)
            .thenComparingDouble(Ranked::costPerStepUsd)
            .thenComparing(Comparator.comparingInt(Ranked::accelerators).reversed())
            .thenComparing(Ranked::slots, Arrays::compare);
}
