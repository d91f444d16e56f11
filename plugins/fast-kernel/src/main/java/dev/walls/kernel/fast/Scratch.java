package dev.walls.kernel.fast;

import dev.walls.spi.kernel.CostTable;

/**
 * One thread's memo of the terms derived from the tables and blocks it evaluates. Every entry is a pure function
 * of its key (table; tp, pp, dp, cp; tp, cp, microbatch and precision; sequence parallelism), so the numbers never
 * depend on the order in which layouts arrive: a miss only costs time.
 */
final class Scratch {

    /**
     * Shape terms kept per thread, in slots made on first use: a search meets a few hundred (tp, cp, microbatch,
     * precision) per table, and shares most of them across its tables; 512 slots made the GB200 search compute
     * 4,641 shapes where 2,048 slots recompute 2,484.
     */
    private static final int SHAPES = 2048;

    CostTable table;
    final TableTerms tableTerms = new TableTerms();
    /**
     * Bumped when a table's inputs ({@link TableTerms}) differ from the previous table's; shape terms compare it to
     * their own. The sizes a search stages for one system differ only in the accelerator count, which no shape term
     * reads.
     */
    long inputsGeneration;
    private double[] inputs = new double[0];
    private int inputCount;
    final BlockTerms block = new BlockTerms();
    /** Bumped whenever the block (or the table) changes; microbatch terms compare it to their own. */
    long blockGeneration;
    boolean blockKnown;
    /** Microbatch terms by precision ordinal: a search alternates precisions innermost, so each keeps its slot. */
    final MicrobatchTerms[] microbatch = new MicrobatchTerms[TableTerms.PRECISIONS];
    private final ShapeTerms[] shapes = new ShapeTerms[SHAPES];
    /** ZeRO-stage terms by precision ordinal, like the microbatch terms: a grid alternates precisions innermost. */
    private final ZeroStageTerms[] zeroStages = new ZeroStageTerms[TableTerms.PRECISIONS];
    /** The strides of the grid being scored. */
    final int[] stride = new int[dev.walls.spi.kernel.KernelStrategy.SIZE];

    Scratch() {
        for (int i = 0; i < microbatch.length; i++) {
            microbatch[i] = new MicrobatchTerms();
            zeroStages[i] = new ZeroStageTerms();
        }
    }

    /** Returns the per-stage terms of a precision, with room for {@code n} stages. */
    ZeroStageTerms zeroStages(int pr, int n) {
        ZeroStageTerms z = zeroStages[pr];
        z.ensureCapacity(n);
        return z;
    }

    /** Switches to a table. */
    void table(CostTable c) {
        tableTerms.read(c);
        table = c;
        blockKnown = false;
        if (!tableTerms.sameInputs(inputs, inputCount)) {
            inputsGeneration++;
            inputs = tableTerms.copyInputs(inputs);
            inputCount = tableTerms.inputCount();
        }
    }

    /**
     * Returns the shape terms of (tp, cp, microbatch, precision) under the current table, computing them on a miss;
     * terms from another table of the same inputs generation are this table's own.
     */
    ShapeTerms shape(int t, int cp, int b, int pr) {
        int hash = ((t * 31 + cp) * 31 + b) * 8 + pr;
        hash *= 0x9E3779B9;
        int slot = (hash >>> 21) & (SHAPES - 1);
        ShapeTerms s = shapes[slot];
        if (s == null) {
            s = new ShapeTerms();
            shapes[slot] = s;
        }
        if (!s.matches(inputsGeneration, t, cp, b, pr)) {
            s.compute(tableTerms, table, inputsGeneration, t, cp, b, pr);
        }
        return s;
    }
}
