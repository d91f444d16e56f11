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

    int count;
    boolean anyZero3;
    boolean[] allowed = new boolean[4];
    boolean[] zero3 = new boolean[4];
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
            weights = new double[n];
            gradients = new double[n];
            optimizerState = new double[n];
            stateBytes = new double[n];
            optimizerSeconds = new double[n];
            dpGradient = new double[n];
            dpParameter = new double[n];
            dpGradientHideable = new double[n];
            dpParameterHideable = new double[n];
        }
    }

    /** Reads the grid's stages for a valid block whose precision {@code pr} terms are ready. */
    void compute(TableTerms tt, BlockTerms bt, LayoutGrid grid, int pr) {
        count = grid.count(KernelStrategy.ZERO_STAGE);
        anyZero3 = false;
        for (int i = 0; i < count; i++) {
            int zero = grid.value(KernelStrategy.ZERO_STAGE, i);
            allowed[i] = LayoutTerms.zeroStageAllowed(tt, zero);
            if (!allowed[i]) {
                continue;
            }
            zero3[i] = zero == 3;
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
            for (int rc = 0; rc < 3; rc++) {
                zero3Traffic[rc] = LayoutTerms.zero3Traffic(bt, pr, rc);
                zero3GatherShare[rc] = LayoutTerms.zero3GatherShare(bt, pr, rc);
            }
        }
    }
}
