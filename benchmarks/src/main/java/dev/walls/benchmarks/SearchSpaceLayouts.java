package dev.walls.benchmarks;

import dev.walls.core.Walls;
import dev.walls.core.search.Subsystem;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.kernel.KernelStrategy;
import dev.walls.spi.strategy.Recompute;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.SoftwareStack;
import dev.walls.spi.system.StackFeature;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.workload.ModelShape;
import dev.walls.spi.workload.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every layout an open, non-exact {@code walls search} sweeps for a workload on a system, in the search's order
 * (blocks of an accelerator count and tp, pp, cp, dp; then microbatch, interleaving, recompute, sp, ZeRO stage and
 * precision), each with the table staged for its accelerator count.
 *
 * <p>A copy of the core's {@code StrategySpace} enumeration with an open template (that class is internal to the
 * core); {@link #count} is checked against what {@code walls search} reports, so the copy cannot drift silently.
 */
final class SearchSpaceLayouts {

    static final int MAX_TP = 64;
    static final int MAX_CP = 32;
    static final int MAX_MICROBATCH = 16;
    static final int MAX_VPP = 16;

    /** The layouts in sweep order, as {@link KernelStrategy} slots. */
    final int[][] layouts;
    /** The table of each layout (one per accelerator count, shared). */
    final CostTable[] tables;

    private SearchSpaceLayouts(int[][] layouts, CostTable[] tables) {
        this.layouts = layouts;
        this.tables = tables;
    }

    int count() {
        return layouts.length;
    }

    static SearchSpaceLayouts of(Walls walls, SystemSpec system, Workload workload) {
        ModelShape m = workload.model();
        SoftwareStack stack = system.software();
        int most = system.accelerators();
        int layers = m.layers();
        int globalBatch = workload.globalBatchSequences();
        List<int[]> blocks = new ArrayList<>();
        for (int tp : divisors(m.heads())) {
            if (tp > MAX_TP || m.kvHeads() % tp != 0 || m.ffnHidden() % tp != 0) {
                continue;
            }
            for (int pp : divisors(layers)) {
                if (pp > 1 && !stack.supports(StackFeature.PIPELINE_PARALLEL) || (long) tp * pp > most) {
                    continue;
                }
                for (int cp = 1; cp <= MAX_CP; cp *= 2) {
                    if (cp > 1 && (workload.sequenceLength() % (2 * cp) != 0
                            || !stack.supports(StackFeature.CONTEXT_PARALLEL)) || (long) tp * pp * cp > most) {
                        continue;
                    }
                    for (int dp : divisors(globalBatch)) {
                        long n = (long) tp * pp * cp * dp;
                        if (n > most) {
                            break;
                        }
                        blocks.add(new int[] {(int) n, tp, pp, cp, dp});
                    }
                }
            }
        }
        blocks.sort(Comparator.<int[]>comparingInt(b -> -b[0]).thenComparingInt(b -> b[1]).thenComparingInt(b -> b[2])
                .thenComparingInt(b -> b[3]).thenComparingInt(b -> b[4]));

        List<Integer> recomputes = new ArrayList<>();
        for (Recompute rc : Recompute.values()) {
            if (rc != Recompute.SELECTIVE || stack.supports(StackFeature.SELECTIVE_RECOMPUTE)) {
                recomputes.add(rc.ordinal());
            }
        }
        List<Integer> zeroStages = new ArrayList<>();
        for (int stage = 0; stage <= 3; stage++) {
            if (stage == 0 || stage <= 2 && stack.supports(StackFeature.DISTRIBUTED_OPTIMIZER)
                    || stage == 3 && stack.supports(StackFeature.ZERO3)) {
                zeroStages.add(stage);
            }
        }
        List<Integer> precisions = new ArrayList<>();
        if (system.accelerator().peak(Precision.BF16).isPresent()) {
            precisions.add(Precision.BF16.ordinal());
        } else if (system.accelerator().peak(Precision.FP16).isPresent()) {
            precisions.add(Precision.FP16.ordinal());
        }
        if (system.accelerator().peak(Precision.FP8).isPresent() && stack.supports(StackFeature.FP8_TRAINING)) {
            precisions.add(Precision.FP8.ordinal());
        }
        boolean sequenceParallel = stack.supports(StackFeature.SEQUENCE_PARALLEL);
        boolean interleaving = stack.supports(StackFeature.INTERLEAVED_PIPELINE);

        List<int[]> layouts = new ArrayList<>();
        List<CostTable> tables = new ArrayList<>();
        CostTable table = null;
        int tableSize = -1;
        for (int[] block : blocks) {
            if (block[0] != tableSize) {
                tableSize = block[0];
                table = walls.evaluator().table(Subsystem.of(system, tableSize), workload);
            }
            int tp = block[1];
            int pp = block[2];
            int cp = block[3];
            int dp = block[4];
            int perReplica = globalBatch / dp;
            int layersPerStage = layers / pp;
            for (int mb = 1; mb <= Math.min(MAX_MICROBATCH, perReplica); mb++) {
                if (perReplica % mb != 0) {
                    continue;
                }
                int microbatches = perReplica / mb;
                for (int vpp = 1; vpp <= Math.min(MAX_VPP, layersPerStage); vpp++) {
                    if (layersPerStage % vpp != 0 || vpp > 1 && (pp == 1 || !interleaving || microbatches % pp != 0)) {
                        continue;
                    }
                    for (int recompute : recomputes) {
                        for (int sp = 0; sp <= 1; sp++) {
                            if (sp == 1 && (tp == 1 || !sequenceParallel)) {
                                continue;
                            }
                            for (int zero : zeroStages) {
                                if (zero > 0 && dp == 1) {
                                    continue;
                                }
                                for (int precision : precisions) {
                                    layouts.add(new int[] {tp, pp, dp, cp, vpp, mb, recompute, sp, zero, precision});
                                    tables.add(table);
                                }
                            }
                        }
                    }
                }
            }
        }
        return new SearchSpaceLayouts(layouts.toArray(new int[0][]), tables.toArray(new CostTable[0]));
    }

    private static List<Integer> divisors(int n) {
        List<Integer> small = new ArrayList<>();
        List<Integer> large = new ArrayList<>();
        for (int i = 1; (long) i * i <= n; i++) {
            if (n % i == 0) {
                small.add(i);
                if (i != n / i) {
                    large.add(0, n / i);
                }
            }
        }
        small.addAll(large);
        return small;
    }
}
