package dev.walls.core.sweep;

import java.util.Locale;

/**
 * What a sweep found at one size. A point uses exactly the size asked for unless it says {@link #FEWER}; the points
 * that cannot run ({@link #BLOCKED}, {@link #DOES_NOT_FIT}, {@link #NO_LAYOUT}) are missing from a scaling curve, and
 * say why.
 */
public enum PointStatus {

    /** A layout on exactly the size asked for fits memory and no wall blocks it: the best such layout. */
    RUNS,
    /**
     * No layout on exactly the size asked for can run, and the sweep was told it may use fewer accelerators
     * ({@code --allow-fewer}): the best layout that runs on up to that size, which uses fewer.
     */
    FEWER,
    /**
     * A layout on exactly the size fits memory, but a wall blocks the best one (economics: a run dearer than its
     * limit or longer than the hardware lasts; packaging: a part that cannot be built). Its figures are given, as
     * {@code compare} gives them, but the run cannot happen.
     */
    BLOCKED,
    /**
     * Layouts on exactly the size exist but none fits memory. The figures are those of the layout closest to fitting,
     * as {@code search} and {@code compare} report it ({@code fits} false): what the run would take if it did.
     */
    DOES_NOT_FIT,
    /**
     * No layout uses exactly the size: its parallel degrees cannot multiply to it (the pipeline depths that hold the
     * model's layers, its heads and its batch leave some counts unreachable: Llama 3 405B on 3,456 = 2^7·27 H100s).
     * No figures.
     */
    NO_LAYOUT;

    /** Whether the point's run can happen: on exactly the size, or on fewer when allowed. */
    public boolean runs() {
        return this == RUNS || this == FEWER;
    }

    /**
     * The status as {@code walls sweep}'s table and the HTML report write it: {@code runs}, and in capitals the
     * statuses of points that do not run on exactly their size ({@code FEWER}, {@code BLOCKED}, {@code DOES NOT FIT},
     * {@code NO LAYOUT}), so that they stand out in a column of {@code runs}.
     */
    public String label() {
        return this == RUNS ? "runs" : name().replace('_', ' ');
    }

    /** The status as JSON and CSV write it: {@code runs}, {@code fewer}, {@code blocked}, {@code does-not-fit}, {@code no-layout}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
