package dev.walls.core.search;

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
 * Every valid layout of a workload on a system: parallel degrees that divide the model the way Megatron-style
 * stacks require, crossed with microbatch, interleaving, recomputation, sequence parallelism, optimizer sharding
 * and precision — each only where the system's software stack supports it.
 *
 * <p>The space is cut into {@link Block}s, one per accelerator count and (tp, pp, cp, dp): the unit of work a
 * search hands to a thread. Which layouts are fast or fit is the kernel's business; this class only decides
 * which ones exist.
 */
public final class StrategySpace {

    /** Largest tensor-parallel degree considered: beyond it no shipping stack shards a layer. */
    static final int MAX_TP = 64;
    /** Largest context-parallel degree considered. */
    static final int MAX_CP = 32;
    /** Largest microbatch considered, in sequences. */
    static final int MAX_MICROBATCH = 16;
    /** Largest interleaving considered. */
    static final int MAX_VPP = 16;

    /**
     * One unit of work: an accelerator count and its four parallel degrees.
     *
     * @param size index of the accelerator count in {@link #sizes()}
     */
    public record Block(int size, int accelerators, int tp, int pp, int cp, int dp) {
    }

    private final List<Integer> sizes;
    private final List<Block> blocks;
    private final Template template;
    private final int layers;
    private final int globalBatch;
    private final int[] recomputes;
    private final int[] zeroStages;
    private final int[] precisions;
    private final boolean sequenceParallel;
    private final boolean interleaving;

    private StrategySpace(SystemSpec system, Workload workload, Template template, boolean exact) {
        this.template = template;
        ModelShape m = workload.model();
        layers = m.layers();
        globalBatch = workload.globalBatchSequences();
        SoftwareStack stack = system.software();
        int most = system.accelerators();

        List<int[]> found = new ArrayList<>();
        for (int tp : divisors(m.heads())) {
            if (tp > MAX_TP || m.kvHeads() % tp != 0 || m.ffnHidden() % tp != 0 || pinned(template.tp(), tp)) {
                continue;
            }
            for (int pp : divisors(layers)) {
                if (pinned(template.pp(), pp) || pp > 1 && !stack.supports(StackFeature.PIPELINE_PARALLEL)
                        || (long) tp * pp > most) {
                    continue;
                }
                for (int cp = 1; cp <= MAX_CP; cp *= 2) {
                    if (pinned(template.cp(), cp) || cp > 1 && (workload.sequenceLength() % (2 * cp) != 0
                            || !stack.supports(StackFeature.CONTEXT_PARALLEL)) || (long) tp * pp * cp > most) {
                        continue;
                    }
                    for (int dp : divisors(globalBatch)) {
                        long n = (long) tp * pp * cp * dp;
                        if (n > most) {
                            break;
                        }
                        if (pinned(template.dp(), dp)) {
                            continue;
                        }
                        if (!exact || n == most) {
                            found.add(new int[] {(int) n, tp, pp, cp, dp});
                        }
                    }
                }
            }
        }
        // Largest systems first, then by degrees: a fixed order makes every result reproducible.
        found.sort(Comparator.<int[]>comparingInt(b -> -b[0]).thenComparingInt(b -> b[1]).thenComparingInt(b -> b[2])
                .thenComparingInt(b -> b[3]).thenComparingInt(b -> b[4]));
        sizes = new ArrayList<>();
        blocks = new ArrayList<>();
        for (int[] b : found) {
            if (sizes.isEmpty() || sizes.get(sizes.size() - 1) != b[0]) {
                sizes.add(b[0]);
            }
            blocks.add(new Block(sizes.size() - 1, b[0], b[1], b[2], b[3], b[4]));
        }

        List<Integer> r = new ArrayList<>();
        for (Recompute rc : Recompute.values()) {
            boolean supported = rc != Recompute.SELECTIVE || stack.supports(StackFeature.SELECTIVE_RECOMPUTE);
            if (template.recompute() == null ? supported : template.recompute() == rc) {
                r.add(rc.ordinal());
            }
        }
        recomputes = r.stream().mapToInt(Integer::intValue).toArray();
        List<Integer> z = new ArrayList<>();
        for (int stage = 0; stage <= 3; stage++) {
            boolean supported = stage == 0 || stage <= 2 && stack.supports(StackFeature.DISTRIBUTED_OPTIMIZER)
                    || stage == 3 && stack.supports(StackFeature.ZERO3);
            if (template.zeroStage() < 0 ? supported : template.zeroStage() == stage) {
                z.add(stage);
            }
        }
        zeroStages = z.stream().mapToInt(Integer::intValue).toArray();
        List<Integer> p = new ArrayList<>();
        if (template.precision() != null) {
            p.add(template.precision().ordinal());
        } else {
            // fp16 runs at bf16's peak wherever both exist: enumerate one 16-bit format and the 8-bit one.
            if (system.accelerator().peak(Precision.BF16).isPresent()) {
                p.add(Precision.BF16.ordinal());
            } else if (system.accelerator().peak(Precision.FP16).isPresent()) {
                p.add(Precision.FP16.ordinal());
            }
            if (system.accelerator().peak(Precision.FP8).isPresent() && stack.supports(StackFeature.FP8_TRAINING)) {
                p.add(Precision.FP8.ordinal());
            }
        }
        precisions = p.stream().mapToInt(Integer::intValue).toArray();
        sequenceParallel = stack.supports(StackFeature.SEQUENCE_PARALLEL);
        interleaving = stack.supports(StackFeature.INTERLEAVED_PIPELINE);
    }

    /**
     * Returns the layouts of a workload on a system that a template leaves open.
     *
     * @param exact use exactly the system's accelerators; otherwise any number of them (see {@link Subsystem})
     */
    public static StrategySpace of(SystemSpec system, Workload workload, Template template, boolean exact) {
        return new StrategySpace(system, workload, template, exact);
    }

    /** Returns the accelerator counts with at least one layout, largest first. */
    public List<Integer> sizes() {
        return sizes;
    }

    /** Returns the blocks in sweep order: largest accelerator count first, then by degrees. */
    public List<Block> blocks() {
        return blocks;
    }

    /** Visits one layout; the slot array is reused, so a visitor copies what it keeps. */
    public interface Visitor {
        void visit(int[] slots);
    }

    /**
     * Writes every layout of one block into {@code slots} (a {@link KernelStrategy} array) and hands it to the
     * visitor. Returns how many layouts it visited.
     */
    public long forEach(Block block, int[] slots, Visitor visitor) {
        int tp = block.tp();
        int pp = block.pp();
        int dp = block.dp();
        slots[KernelStrategy.TP] = tp;
        slots[KernelStrategy.PP] = pp;
        slots[KernelStrategy.CP] = block.cp();
        slots[KernelStrategy.DP] = dp;
        int perReplica = globalBatch / dp;
        int layersPerStage = layers / pp;
        long visited = 0;
        for (int mb = 1; mb <= Math.min(MAX_MICROBATCH, perReplica); mb++) {
            if (perReplica % mb != 0 || pinned(template.microbatch(), mb)) {
                continue;
            }
            int microbatches = perReplica / mb;
            slots[KernelStrategy.MICROBATCH] = mb;
            for (int vpp = 1; vpp <= Math.min(MAX_VPP, layersPerStage); vpp++) {
                if (layersPerStage % vpp != 0 || pinned(template.vpp(), vpp)
                        || vpp > 1 && (pp == 1 || !interleaving || microbatches % pp != 0)) {
                    continue;
                }
                slots[KernelStrategy.VPP] = vpp;
                for (int recompute : recomputes) {
                    slots[KernelStrategy.RECOMPUTE] = recompute;
                    for (int sp = 0; sp <= 1; sp++) {
                        if (sp == 1 && (tp == 1 || !sequenceParallel)
                                || template.sequenceParallel() != null && template.sequenceParallel() != (sp == 1)) {
                            continue;
                        }
                        slots[KernelStrategy.SEQUENCE_PARALLEL] = sp;
                        for (int zero : zeroStages) {
                            // Sharding over one replica changes nothing: keep only zero=0 unless pinned.
                            if (zero > 0 && dp == 1 && template.zeroStage() < 0) {
                                continue;
                            }
                            slots[KernelStrategy.ZERO_STAGE] = zero;
                            for (int precision : precisions) {
                                slots[KernelStrategy.PRECISION] = precision;
                                visitor.visit(slots);
                                visited++;
                            }
                        }
                    }
                }
            }
        }
        return visited;
    }

    /** Returns how many layouts the whole space holds, by arithmetic: what {@link #forEach} would visit. */
    public long count() {
        long total = 0;
        for (Block b : blocks) {
            total += count(b);
        }
        return total;
    }

    /** Returns how many layouts one block holds; the same rules as {@link #forEach}, counted instead of visited. */
    public long count(Block block) {
        int tp = block.tp();
        int pp = block.pp();
        int dp = block.dp();
        int perReplica = globalBatch / dp;
        int layersPerStage = layers / pp;
        long spOptions = 0;
        for (int sp = 0; sp <= 1; sp++) {
            if (!(sp == 1 && (tp == 1 || !sequenceParallel)
                    || template.sequenceParallel() != null && template.sequenceParallel() != (sp == 1))) {
                spOptions++;
            }
        }
        long zeroOptions = 0;
        for (int zero : zeroStages) {
            if (!(zero > 0 && dp == 1 && template.zeroStage() < 0)) {
                zeroOptions++;
            }
        }
        long inner = recomputes.length * spOptions * zeroOptions * precisions.length;
        long total = 0;
        for (int mb = 1; mb <= Math.min(MAX_MICROBATCH, perReplica); mb++) {
            if (perReplica % mb != 0 || pinned(template.microbatch(), mb)) {
                continue;
            }
            int microbatches = perReplica / mb;
            for (int vpp = 1; vpp <= Math.min(MAX_VPP, layersPerStage); vpp++) {
                if (layersPerStage % vpp != 0 || pinned(template.vpp(), vpp)
                        || vpp > 1 && (pp == 1 || !interleaving || microbatches % pp != 0)) {
                    continue;
                }
                total += inner;
            }
        }
        return total;
    }

    private static boolean pinned(int pin, int value) {
        return pin > 0 && pin != value;
    }

    /** Returns the divisors of n in increasing order. */
    static List<Integer> divisors(int n) {
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
