package dev.walls.kernel.fast;

import dev.walls.spi.kernel.KernelStrategy;
import dev.walls.spi.kernel.LayoutGrid;

/**
 * What each ZeRO stage of a grid contributes once its block and precision are known: the rank's weight, gradient and
 * optimizer-state bytes and their sum, the floored optimizer-step seconds, and the data-parallel collectives with the
 * part of each that could hide. A grid's innermost loop runs over the stages, so these are looked up per grid and
 * precision instead of per layout.
 */
final class ZeroStageTerms {

    /** What the terms were computed for: the block (its generation) and the stages; one instance per precision. */
    private long generation = -1;
    private int[] stages = new int[4];
    int count;
    boolean anyZero3;
    boolean[] allowed = new boolean[4];
    boolean[] zero3 = new boolean[4];
    /** ZeRO-2: one gradient reduction per microbatch, so its exposed time depends on the microbatch. */
    boolean[] zero2 = new boolean[4];
    double[] weights = new double[4];
    double[] gradients = new double[4];
    double[] optimizerState = new double[4];
    /** weights + gradients + optimizer state, in the reference's order of addition. */
    double[] stateBytes = new double[4];
    /** max(0, optimizer step seconds). */
    double[] optimizerSeconds = new double[4];
    double[] dpGradient = new double[4];
    double[] dpParameter = new double[4];
    double[] dpGradientHideable = new double[4];
    double[] dpParameterHideable = new double[4];
    /** By recompute mode: ZeRO-3's traffic per microbatch and the gathers' share of it. */
    final double[] zero3Traffic = new double[3];
    final double[] zero3GatherShare = new double[3];

    /** Makes room for {@code n} stages. */
    void ensureCapacity(int n) {
        if (allowed.length < n) {
            allowed = new boolean[n];
            zero3 = new boolean[n];
            zero2 = new boolean[n];
            weights = new double[n];
            gradients = new double[n];
            optimizerState = new double[n];
            stateBytes = new double[n];
            optimizerSeconds = new double[n];
            dpGradient = new double[n];
            dpParameter = new double[n];
            dpGradientHideable = new double[n];
            dpParameterHideable = new double[n];
            stages = new int[n];
            generation = -1;
        }
    }

    /**
     * Reads the grid's stages for a valid block (of generation {@code blockGeneration}) whose precision {@code pr}
     * terms are ready; the grids of one block usually share their stages, so a repeat costs a comparison.
     */
    void compute(TableTerms tt, BlockTerms bt, long blockGeneration, LayoutGrid grid, int pr) {
        int n = grid.count(KernelStrategy.ZERO_STAGE);
        if (generation == blockGeneration && count == n && sameStages(grid, n)) {
            return;
        }
        generation = blockGeneration;
        count = n;
        for (int i = 0; i < n; i++) {
            stages[i] = grid.value(KernelStrategy.ZERO_STAGE, i);
        }
        anyZero3 = false;
        for (int i = 0; i < count; i++) {
            int zero = stages[i];
            allowed[i] = LayoutTerms.zeroStageAllowed(tt, bt.pp, zero);
            if (!allowed[i]) {
                continue;
            }
            zero3[i] = zero == 3;
            zero2[i] = zero == 2;
            anyZero3 |= zero3[i];
            weights[i] = bt.weightsByZero[zero];
            gradients[i] = bt.gradientsByZero[pr * 4 + zero];
            optimizerState[i] = bt.optimizerStateByZero[zero];
            stateBytes[i] = weights[i] + gradients[i] + optimizerState[i];
            optimizerSeconds[i] = Math.max(0, bt.optimizerSecondsByZero[zero]);
            dpGradient[i] = bt.dpGradientByZero[pr * 4 + zero];
            dpParameter[i] = bt.dpParameterByZero[pr * 4 + zero];
            dpGradientHideable[i] = dpGradient[i] * bt.hideableShare;
            dpParameterHideable[i] = dpParameter[i] * bt.hideableShare;
        }
        if (anyZero3) {
            for (int rc = 0; rc < zero3Traffic.length; rc++) {
                zero3Traffic[rc] = LayoutTerms.zero3Traffic(bt, pr, rc);
                zero3GatherShare[rc] = LayoutTerms.zero3GatherShare(bt, pr, rc);
            }
        }
    }

    private boolean sameStages(LayoutGrid grid, int n) {
        for (int i = 0; i < n; i++) {
            if (stages[i] != grid.value(KernelStrategy.ZERO_STAGE, i)) {
                return false;
            }
        }
        return true;
    }
}
