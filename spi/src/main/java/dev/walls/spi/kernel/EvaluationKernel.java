package dev.walls.spi.kernel;

/**
 * Evaluates layouts of one workload on one system against a staged {@link CostTable}.
 *
 * <p>Implementations do plain arithmetic: no allocation, no I/O, no shared mutable state, so that one instance
 * can be called from many threads and sweep millions of layouts per second. Every implementation must return the
 * numbers of the reference kernel in the core to 1e-9 relative.
 */
public interface EvaluationKernel {

    /** Returns a stable id, e.g. {@code "reference"}. */
    String id();

    /**
     * Evaluates one layout.
     *
     * @param table    the staged system × workload
     * @param strategy a resolved layout in {@link KernelStrategy} slots
     * @param out      receives the result at {@link KernelOutput} indices; length at least {@link KernelOutput#SIZE}
     */
    void evaluate(CostTable table, int[] strategy, double[] out);

    /**
     * Scores every layout of a grid: verdict and footprint, the step time of each layout that fits, and the rank's
     * capacity, as {@link #evaluate} reports them (see {@link LayoutScores} for what a kernel may skip).
     * A search calls this once per block and microbatch size; a kernel that derives shared terms once per grid
     * overrides it.
     * This default evaluates the layouts one by one.
     *
     * @param table  the staged system × workload
     * @param grid   the layouts, as a product of slot values
     * @param scores receives one entry per layout of the grid, in its point order
     */
    default void score(CostTable table, LayoutGrid grid, LayoutScores scores) {
        int n = grid.size();
        scores.ensureCapacity(n);
        scores.capacityBytes(Double.NaN);
        if (n == 0) {
            return;
        }
        int[] slots = grid.layout(0, scores.slots);
        int[] digits = scores.digits;
        java.util.Arrays.fill(digits, 0);
        double[] out = scores.out;
        int point = 0;
        do {
            evaluate(table, slots, out);
            scores.record(point++, out);
        } while (grid.next(slots, digits));
    }
}
