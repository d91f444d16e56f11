package dev.walls.kernel.fast;

import dev.walls.spi.kernel.CostTable;

/**
 * One thread's memo of the terms derived from the tables and blocks it evaluates. Every entry is a pure function
 * of its key (table; tp, pp, dp, cp; tp, cp, microbatch and precision; sequence parallelism), so the numbers never
 * depend on the order in which layouts arrive: a miss only costs time.
 */
final class Scratch {

    /** Shape terms kept per thread: a search of one table meets a few hundred (tp, cp, microbatch, precision). */
    private static final int SHAPES = 512;

    CostTable table;
    /** Bumped whenever the table changes; shape terms compare it to their own. */
    long tableGeneration;
    final TableTerms tableTerms = new TableTerms();
    final BlockTerms block = new BlockTerms();
    /** Bumped whenever the block (or the table) changes; microbatch terms compare it to their own. */
    long blockGeneration;
    boolean blockKnown;
    /** Microbatch terms by precision ordinal: a search alternates precisions innermost, so each keeps its slot. */
    final MicrobatchTerms[] microbatch = new MicrobatchTerms[TableTerms.PRECISIONS];
    private final ShapeTerms[] shapes = new ShapeTerms[SHAPES];
    private final ZeroStageTerms zeroStages = new ZeroStageTerms();
    /** The strides of the grid being scored. */
    final int[] stride = new int[dev.walls.spi.kernel.KernelStrategy.SIZE];

    Scratch() {
        for (int i = 0; i < microbatch.length; i++) {
            microbatch[i] = new MicrobatchTerms();
        }
        for (int i = 0; i < shapes.length; i++) {
            shapes[i] = new ShapeTerms();
        }
    }

    /** Returns the per-stage terms, with room for {@code n} stages. */
    ZeroStageTerms zeroStages(int n) {
        zeroStages.ensureCapacity(n);
        return zeroStages;
    }

    /** Switches to a table. */
    void table(CostTable c) {
        tableTerms.read(c);
        table = c;
        tableGeneration++;
        blockKnown = false;
    }

    /** Returns the shape terms of (tp, cp, microbatch, precision) under the current table, computing them on a miss. */
    ShapeTerms shape(int t, int cp, int b, int pr) {
        int hash = ((t * 31 + cp) * 31 + b) * 8 + pr;
        hash *= 0x9E3779B9;
        ShapeTerms s = shapes[(hash >>> 23) & (SHAPES - 1)];
        if (!s.matches(tableGeneration, t, cp, b, pr)) {
            s.compute(tableTerms, table, tableGeneration, t, cp, b, pr);
        }
        return s;
    }
}
