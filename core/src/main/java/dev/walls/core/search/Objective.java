package dev.walls.core.search;

import java.util.Locale;

/** What a search minimizes. */
public enum Objective {
    /** Time to train: seconds per optimizer step (the step count is fixed by the workload). */
    TIME,
    /** Money to train: a step's seconds times what the accelerators it uses cost per second. */
    COST;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }
}
