package dev.walls.spi.kernel;

/**
 * What a search needs of every layout of a {@link LayoutGrid}, in the grid's point order: whether it is valid and
 * fits, its footprint, and the step time of a layout that fits; and, once for the grid, what a rank can hold (a
 * property of the table, not of a layout). The same numbers {@link EvaluationKernel#evaluate} writes at
 * {@link KernelOutput#VALID}, {@link KernelOutput#FITS}, {@link KernelOutput#STEP_SECONDS},
 * {@link KernelOutput#MEMORY_BYTES} and {@link KernelOutput#CAPACITY_BYTES}; an invalid layout has zeros.
 *
 * <p>A layout over capacity cannot run, so a search ranks it by its footprint alone: its step time is not part of
 * the contract, and a kernel may skip it: the fast kernel leaves NaN there (two thirds of the layouts of GPT-3 on up to
 * 4,096 A100s are over capacity).
 *
 * <p>The arrays are exposed, not copied, so that a kernel fills them in its inner loop and a search reads them in
 * its own; they hold at least the points asked for by the last {@link #ensureCapacity} and are reused across grids.
 */
public final class LayoutScores {

    /** The layout is not valid for the table (divisibility, precision, features). */
    public static final byte INVALID = 0;
    /** Valid, but the footprint exceeds what the rank can hold. */
    public static final byte OVER_CAPACITY = 1;
    /** Valid and fits. */
    public static final byte FITS = 2;

    private byte[] verdicts = new byte[0];
    private double[] stepSeconds = new double[0];
    private double[] memoryBytes = new double[0];
    private double capacityBytes = Double.NaN;

    /** Scratch of the per-layout default in {@link EvaluationKernel#score}. */
    final int[] slots = new int[KernelStrategy.SIZE];
    final int[] digits = new int[KernelStrategy.SIZE];
    final double[] out = new double[KernelOutput.SIZE];

    /** Makes room for {@code points} layouts; keeps the arrays when they are large enough. */
    public void ensureCapacity(int points) {
        if (verdicts.length < points) {
            int n = Math.max(points, 2 * verdicts.length);
            verdicts = new byte[n];
            stepSeconds = new double[n];
            memoryBytes = new double[n];
        }
    }

    /** {@link #INVALID}, {@link #OVER_CAPACITY} or {@link #FITS}, by point. */
    public byte[] verdicts() {
        return verdicts;
    }

    /** Seconds per optimizer step, by point: defined for a layout that {@link #FITS}; zero for an invalid one. */
    public double[] stepSeconds() {
        return stepSeconds;
    }

    /** Footprint of the busiest rank in bytes, by point. */
    public double[] memoryBytes() {
        return memoryBytes;
    }

    /**
     * What a rank can hold across its memory tiers in bytes: set by the kernel at the latest when the grid has a
     * valid layout (the search reads it only for layouts over capacity); NaN until then.
     */
    public double capacityBytes() {
        return capacityBytes;
    }

    /** Sets what a rank can hold; a kernel sets it for each grid (a property of the table, so any repeat agrees). */
    public void capacityBytes(double bytes) {
        capacityBytes = bytes;
    }

    /** Records one layout from a full {@link KernelOutput} result. */
    public void record(int point, double[] result) {
        boolean valid = result[KernelOutput.VALID] != 0;
        verdicts[point] = !valid ? INVALID : result[KernelOutput.FITS] != 0 ? FITS : OVER_CAPACITY;
        stepSeconds[point] = valid ? result[KernelOutput.STEP_SECONDS] : 0;
        memoryBytes[point] = valid ? result[KernelOutput.MEMORY_BYTES] : 0;
        if (valid) {
            capacityBytes = result[KernelOutput.CAPACITY_BYTES];
        }
    }

    /** Records an invalid layout. */
    public void invalid(int point) {
        verdicts[point] = INVALID;
        stepSeconds[point] = 0;
        memoryBytes[point] = 0;
    }
}
