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
}
