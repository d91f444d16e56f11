package dev.walls.core.sweep;

/**
 * How a sweep runs beyond what its searches share with {@code walls search} (objective, pins, kernel, progress), as
 * {@code walls sweep} takes it in flags.
 *
 * @param ranges    give each point time and cost across the uncertain inputs' ranges ({@code --ranges}), as
 *                  {@code compare} does; about 2 × 110 + 4 evaluations a point, so off by default
 * @param fewer     when no layout on exactly a size can run, use the best layout that runs on fewer accelerators, and
 *                  mark the point {@link PointStatus#FEWER} ({@code --allow-fewer}); by default the point is missing
 * @param variation the assumption varied as a second axis ({@code --vary}); null for none
 */
public record SweepOptions(boolean ranges, boolean fewer, Variation variation) {

    /** No ranges, exact sizes only, nothing varied. */
    public static final SweepOptions DEFAULT = new SweepOptions(false, false, null);

    /** The same with ranges on each point. */
    public SweepOptions withRanges() {
        return new SweepOptions(true, fewer, variation);
    }

    /** The same, using fewer accelerators at a size where none of exactly that many can run. */
    public SweepOptions allowingFewer() {
        return new SweepOptions(ranges, true, variation);
    }

    /** The same, varying one wall assumption over the values given. */
    public SweepOptions varying(Variation v) {
        return new SweepOptions(ranges, fewer, java.util.Objects.requireNonNull(v, "variation"));
    }
}
