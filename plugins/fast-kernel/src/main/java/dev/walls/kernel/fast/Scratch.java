package dev.walls.kernel.fast;

import dev.walls.spi.kernel.CostTable;

/**
 * One thread's memo of the terms derived from the last table and block it evaluated. Every entry is a pure
 * function of its key (table identity; tp, pp, dp, cp; microbatch and precision; sequence parallelism), so the
 * numbers never depend on the order in which layouts arrive: a miss only costs time.
 */
final class Scratch {

    CostTable table;
    final TableTerms tableTerms = new TableTerms();
    final BlockTerms block = new BlockTerms();
    /** Bumped whenever the block (or the table) changes; microbatch terms compare it to their own. */
    long generation;
    boolean blockKnown;
    /** Microbatch terms by precision ordinal: a search alternates precisions innermost, so each keeps its slot. */
    final MicrobatchTerms[] microbatch = new MicrobatchTerms[TableTerms.PRECISIONS];

    Scratch() {
        for (int i = 0; i < microbatch.length; i++) {
            microbatch[i] = new MicrobatchTerms();
        }
    }
}
