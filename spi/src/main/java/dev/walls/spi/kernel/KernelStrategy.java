package dev.walls.spi.kernel;

import dev.walls.spi.strategy.Recompute;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.system.Precision;

/**
 * A layout as a kernel reads it: an {@code int[]} of {@link #SIZE} slots, so that a search can enumerate layouts
 * without allocating records.
 */
public final class KernelStrategy {
    public static final int TP = 0;
    public static final int PP = 1;
    public static final int DP = 2;
    public static final int CP = 3;
    public static final int VPP = 4;
    public static final int MICROBATCH = 5;
    /** {@link Recompute} ordinal. */
    public static final int RECOMPUTE = 6;
    /** 1 with sequence parallelism, else 0. */
    public static final int SEQUENCE_PARALLEL = 7;
    public static final int ZERO_STAGE = 8;
    /** {@link Precision} ordinal of the matrix multiplications. */
    public static final int PRECISION = 9;
    public static final int SIZE = 10;

    private KernelStrategy() {
    }

    /** Writes a resolved strategy (dp filled in) into {@code slots}. */
    public static int[] encode(Strategy s, int[] slots) {
        slots[TP] = s.tp();
        slots[PP] = s.pp();
        slots[DP] = s.dp();
        slots[CP] = s.cp();
        slots[VPP] = s.vpp();
        slots[MICROBATCH] = s.microbatch();
        slots[RECOMPUTE] = s.recompute().ordinal();
        slots[SEQUENCE_PARALLEL] = s.sequenceParallel() ? 1 : 0;
        slots[ZERO_STAGE] = s.zeroStage();
        slots[PRECISION] = s.precision().ordinal();
        return slots;
    }

    /** Returns a new slot array for a resolved strategy. */
    public static int[] encode(Strategy s) {
        return encode(s, new int[SIZE]);
    }

    /** Reads slots back into a strategy. */
    public static Strategy decode(int[] slots) {
        return new Strategy(slots[TP], slots[PP], slots[DP], slots[CP], slots[VPP], slots[MICROBATCH],
                Recompute.values()[slots[RECOMPUTE]], slots[SEQUENCE_PARALLEL] != 0, slots[ZERO_STAGE],
                Precision.values()[slots[PRECISION]]);
    }
}
