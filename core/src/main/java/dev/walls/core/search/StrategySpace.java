package dev.walls.core.search;

import dev.walls.core.evaluation.Divisors;
import dev.walls.core.evaluation.ReferenceKernel;
import dev.walls.spi.kernel.KernelStrategy;
import dev.walls.spi.kernel.LayoutGrid;
import dev.walls.spi.kernel.PipelineLayers;
import dev.walls.spi.strategy.Recompute;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.SoftwareStack;
import dev.walls.spi.system.StackFeature;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.workload.ModelShape;
import dev.walls.spi.workload.Workload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every valid layout of a workload on a system: parallel degrees that divide the model the way Megatron-style
 * stacks require, crossed with microbatch, interleaving, recomputation, sequence parallelism, optimizer sharding
 * and precision — each only where the system's software stack supports it.
 *
 * <p>The space is cut into {@link Block}s, one per accelerator count and (tp, pp, cp, dp), and each block into
 * {@link LayoutGrid}s, one per microbatch: a kernel scores a grid per call. Which layouts are fast or fit is the
 * kernel's business; this class only decides which ones exist.
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
     * An accelerator count and its four parallel degrees.
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
    /** Whether ZeRO-2 and -3 may run with pp > 1 on the stack. */
    private final boolean shardsInsidePipeline;
    private final int[] precisions;
    private final boolean sequenceParallel;
    private final boolean interleaving;
    /** By pp: the interleavings that divide a stage's layers and the template allows, increasing. */
    private final Map<Integer, int[]> interleavings = new HashMap<>();
    /** By dp: the microbatch sizes that divide a replica's batch and the template allows, increasing. */
    private final Map<Integer, int[]> microbatchSizes = new HashMap<>();

    private StrategySpace(SystemSpec system, Workload workload, Template template, boolean exact) {
        this.template = template;
        ModelShape m = workload.model();
        layers = m.layers();
        globalBatch = workload.globalBatchSequences();
        SoftwareStack stack = system.software();
        int most = system.accelerators();

        List<int[]> found = new ArrayList<>();
        boolean uneven = stack.supports(StackFeature.UNEVEN_PIPELINE);
        List<Integer> depths = pipelineDepths(layers, uneven);
        for (int tp : Divisors.of(m.heads())) {
            if (tp > MAX_TP || !tpSplitsModel(m, tp) || pinned(template.tp(), tp)) {
                continue;
            }
            for (int pp : depths) {
                if (pinned(template.pp(), pp) || !runs(stack, KernelStrategy.PP, pp) || (long) tp * pp > most) {
                    continue;
                }
                for (int cp = 1; cp <= MAX_CP; cp *= 2) {
                    if (pinned(template.cp(), cp) || !cpSplitsSequence(workload, cp) || !runs(stack, KernelStrategy.CP, cp)
                            || (long) tp * pp * cp > most) {
                        continue;
                    }
                    for (int dp : Divisors.of(globalBatch)) {
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
            boolean supported = runs(stack, KernelStrategy.RECOMPUTE, rc.ordinal());
            if (template.recompute() == null ? supported : template.recompute() == rc) {
                r.add(rc.ordinal());
            }
        }
        recomputes = r.stream().mapToInt(Integer::intValue).toArray();
        List<Integer> z = new ArrayList<>();
        for (int stage = 0; stage <= 3; stage++) {
            boolean supported = runs(stack, KernelStrategy.ZERO_STAGE, stage);
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
            if (system.accelerator().peak(Precision.FP8).isPresent()
                    && runs(stack, KernelStrategy.PRECISION, Precision.FP8.ordinal())) {
                p.add(Precision.FP8.ordinal());
            }
        }
        precisions = p.stream().mapToInt(Integer::intValue).toArray();
        sequenceParallel = runs(stack, KernelStrategy.SEQUENCE_PARALLEL, 1);
        shardsInsidePipeline = ReferenceKernel.missingFeature(stack, KernelStrategy.ZERO_STAGE, 3, KernelStrategy.PP, 2)
                == null;
        interleaving = runs(stack, KernelStrategy.VPP, 2);
        for (Block b : blocks) {
            interleavings.computeIfAbsent(b.pp(), pp -> interleavingsOf(pp, uneven));
            microbatchSizes.computeIfAbsent(b.dp(), dp -> allowed(globalBatch / dp, MAX_MICROBATCH, template.microbatch()));
        }
    }

    /**
     * The pipeline depths that can hold the layers: their divisors, and with uneven stages every depth that leaves
     * the last stage at least one layer.
     */
    public static List<Integer> pipelineDepths(int layers, boolean uneven) {
        if (!uneven) {
            return Divisors.of(layers);
        }
        List<Integer> depths = new ArrayList<>();
        for (int pp = 1; pp <= layers; pp++) {
            if (PipelineLayers.splits(layers, pp, 1, true)) {
                depths.add(pp);
            }
        }
        return depths;
    }

    /**
     * The interleavings a pin allows at a depth: the divisors of a full stage's ⌈layers/pp⌉ layers up to
     * {@link #MAX_VPP} that leave each of the last stage's chunks a layer or more.
     */
    private int[] interleavingsOf(int pp, boolean uneven) {
        return Arrays.stream(allowed((layers + pp - 1) / pp, MAX_VPP, template.vpp()))
                .filter(v -> PipelineLayers.splits(layers, pp, v, uneven)).toArray();
    }

    /** Returns the divisors of n up to {@code most} that a pin allows. */
    private static int[] allowed(int n, int most, int pin) {
        return Divisors.of(n).stream().mapToInt(Integer::intValue).filter(x -> x <= most && !pinned(pin, x)).toArray();
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

    /** Visits one grid of layouts; the grid is reused, so a visitor copies what it keeps. */
    public interface GridVisitor {
        void visit(LayoutGrid grid);
    }

    /**
     * Hands the visitor one {@link LayoutGrid} per microbatch size of a block: the block's degrees and the microbatch
     * fixed, crossed with every interleaving, recompute mode, sp, ZeRO stage and precision the space allows there.
     * Returns how many layouts the grids hold.
     */
    public long forEachGrid(Block block, LayoutGrid grid, GridVisitor visitor) {
        int tp = block.tp();
        int pp = block.pp();
        int dp = block.dp();
        int perReplica = globalBatch / dp;
        grid.clear();
        grid.set(KernelStrategy.TP, tp).set(KernelStrategy.PP, pp).set(KernelStrategy.CP, block.cp())
                .set(KernelStrategy.DP, dp);
        for (int recompute : recomputes) {
            grid.add(KernelStrategy.RECOMPUTE, recompute);
        }
        for (int sp = 0; sp <= 1; sp++) {
            if (!(sp == 1 && (tp == 1 || !sequenceParallel)
                    || template.sequenceParallel() != null && template.sequenceParallel() != (sp == 1))) {
                grid.add(KernelStrategy.SEQUENCE_PARALLEL, sp);
            }
        }
        for (int zero : zeroStages) {
            // Sharding over one replica changes nothing: keep only zero=0 unless pinned.
            if (!(zero > 0 && dp == 1 && template.zeroStage() < 0) && (pp == 1 || zero < 2 || shardsInsidePipeline)) {
                grid.add(KernelStrategy.ZERO_STAGE, zero);
            }
        }
        for (int precision : precisions) {
            grid.add(KernelStrategy.PRECISION, precision);
        }
        long visited = 0;
        int[] vpps = interleavings.get(pp);
        boolean interleavable = pp > 1 && interleaving;
        for (int mb : microbatchSizes.get(dp)) {
            grid.set(KernelStrategy.MICROBATCH, mb);
            grid.clear(KernelStrategy.VPP);
            // Interleaving needs the step's microbatches to be a multiple of pp.
            boolean interleaved = interleavable && (perReplica / mb) % pp == 0;
            for (int vpp : vpps) {
                if (vpp == 1 || interleaved) {
                    grid.add(KernelStrategy.VPP, vpp);
                }
            }
            int size = grid.size();
            if (size > 0) {
                visitor.visit(grid);
                visited += size;
            }
        }
        return visited;
    }

    /**
     * Writes every layout of one block into {@code slots} (a {@link KernelStrategy} array) and hands it to the
     * visitor, in the grids' point order. Returns how many layouts it visited.
     */
    public long forEach(Block block, int[] slots, Visitor visitor) {
        int[] digits = new int[KernelStrategy.SIZE];
        return forEachGrid(block, new LayoutGrid(), grid -> {
            grid.layout(0, slots);
            java.util.Arrays.fill(digits, 0);
            do {
                visitor.visit(slots);
            } while (grid.next(slots, digits));
        });
    }

    /** Returns how many layouts the whole space holds: what {@link #forEach} would visit. */
    public long count() {
        long total = 0;
        LayoutGrid grid = new LayoutGrid();
        for (Block b : blocks) {
            total += forEachGrid(b, grid, g -> { });
        }
        return total;
    }

    /** Returns how many layouts one block holds. */
    public long count(Block block) {
        return forEachGrid(block, new LayoutGrid(), g -> { });
    }

    /**
     * Returns why a search of the system, on any number of its accelerators up to its size, can have no layout
     * whatever the size: the pins conflict with the model or the stack, or the accelerator has no precision to train
     * in; null when some size may have a layout. A sweep asks this once per system, at its largest size, so that a
     * mistake in the pins is refused rather than reported as a missing point at every size.
     */
    public static String ruledOutAtEverySize(SystemSpec system, Workload workload, Template template) {
        String untrainable = noTrainingPrecision(system, template);
        return untrainable != null ? untrainable : pinnedConflict(system, workload, template, false);
    }

    /**
     * Returns why the degrees a template pins leave no block, in the words of the rules above, or null when they do
     * not on their own (the system's size or its software does); with {@code exact}, the degrees must also tile the
     * system's accelerators.
     */
    static String pinnedConflict(SystemSpec system, Workload workload, Template template, boolean exact) {
        ModelShape m = workload.model();
        SoftwareStack stack = system.software();
        int tp = template.tp();
        int pp = template.pp();
        int cp = template.cp();
        int dp = template.dp();
        if (tp > 0 && !tpSplitsModel(m, tp)) {
            return "the pinned tp=" + tp + " does not divide the " + m.heads() + " heads, " + m.kvHeads()
                    + " key/value heads and FFN width " + m.ffnHidden();
        }
        if (tp > MAX_TP) {
            return "the pinned tp=" + tp + " is above the " + MAX_TP + " a search considers";
        }
        boolean uneven = stack.supports(StackFeature.UNEVEN_PIPELINE);
        if (pp > 0 && !PipelineLayers.splits(m.layers(), pp, 1, uneven)) {
            return "the pinned pp=" + pp + (uneven ? " leaves the last stage none of the " + m.layers() + " layers"
                    : " does not divide the " + m.layers() + " layers (every stage holds as many: the stack has no "
                    + "uneven stages; pp is one of " + Divisors.listed(m.layers()) + ")");
        }
        if (pp > 0 && template.vpp() > 1 && !PipelineLayers.splits(m.layers(), pp, template.vpp(), uneven)) {
            return "the pinned vpp=" + template.vpp() + " does not split the " + m.layers() + " layers' stages of pp="
                    + pp + " into equal chunks" + (uneven ? " (a full stage holds ⌈" + m.layers() + "/" + pp + "⌉)" : "");
        }
        String lacking = pp > 0 ? ReferenceKernel.missingFeature(stack, KernelStrategy.PP, pp) : null;
        if (lacking != null) {
            return "the pinned " + lacking;
        }
        if (cp > 0 && (Integer.bitCount(cp) != 1 || cp > MAX_CP)) {
            return "the pinned cp=" + cp + " is not a power of two up to " + MAX_CP;
        }
        if (cp > 0 && !cpSplitsSequence(workload, cp)) {
            return "the pinned cp=" + cp + " does not divide the sequence of " + workload.sequenceLength()
                    + " tokens into 2·cp chunks";
        }
        lacking = cp > 0 ? ReferenceKernel.missingFeature(stack, KernelStrategy.CP, cp) : null;
        if (lacking != null) {
            return "the pinned " + lacking;
        }
        if (dp > 0 && workload.globalBatchSequences() % dp != 0) {
            return "the pinned dp=" + dp + " does not divide the global batch of " + workload.globalBatchSequences()
                    + " sequences";
        }
        long product = (long) Math.max(1, tp) * Math.max(1, pp) * Math.max(1, cp) * Math.max(1, dp);
        if (product > system.accelerators()) {
            return "the pinned degrees alone need " + product + " accelerators";
        }
        if (exact && tp > 0 && pp > 0 && cp > 0 && dp > 0 && product != system.accelerators()) {
            return "the pinned degrees multiply to " + product + ", not the " + system.accelerators()
                    + " accelerators --exact uses";
        }
        if (exact && system.accelerators() % product != 0) {
            return "the pinned degrees multiply to " + product + ", which does not divide the " + system.accelerators()
                    + " accelerators --exact uses";
        }
        int mb = template.microbatch();
        if (mb > MAX_MICROBATCH) {
            return "the pinned mb=" + mb + " is above the " + MAX_MICROBATCH + " a search considers";
        }
        if (mb > 0 && workload.globalBatchSequences() % mb != 0) {
            return "the pinned mb=" + mb + " does not divide the global batch of " + workload.globalBatchSequences()
                    + " sequences";
        }
        int vpp = template.vpp();
        lacking = vpp > 1 ? ReferenceKernel.missingFeature(stack, KernelStrategy.VPP, vpp) : null;
        if (lacking != null) {
            return "the pinned " + lacking;
        }
        if (vpp > 1 && pipelineDepths(m.layers(), uneven).stream()
                .noneMatch(p -> p > 1 && PipelineLayers.splits(m.layers(), p, vpp, uneven))) {
            return "the pinned vpp=" + vpp + " divides no pipeline stage's share of the " + m.layers() + " layers";
        }
        // The other keys a stack may lack, in the kernel's words.
        if (Boolean.TRUE.equals(template.sequenceParallel())) {
            lacking = ReferenceKernel.missingFeature(stack, KernelStrategy.SEQUENCE_PARALLEL, 1);
        }
        if (lacking == null && template.zeroStage() >= 0) {
            lacking = ReferenceKernel.missingFeature(stack, KernelStrategy.ZERO_STAGE, template.zeroStage(),
                    KernelStrategy.PP, Math.max(1, template.pp()));
        }
        if (lacking == null && template.recompute() != null) {
            lacking = ReferenceKernel.missingFeature(stack, KernelStrategy.RECOMPUTE, template.recompute().ordinal());
        }
        if (lacking != null) {
            return "the pinned " + lacking;
        }
        String unusable = template.precision() == null ? null : unusablePrecision(system, template.precision());
        return unusable == null ? null : "the pinned " + unusable;
    }

    /**
     * Why a search of the system has no precision to try, or null: its accelerator has no peak in a format walls
     * trains in (an inference chip with only int8), nothing the keys pin.
     */
    static String noTrainingPrecision(SystemSpec system, Template template) {
        if (template.precision() != null) {
            return null;
        }
        List<String> trains = new ArrayList<>();
        List<String> has = new ArrayList<>();
        for (Precision p : system.accelerator().peaksInOrder().keySet()) {
            (unusablePrecision(system, p) == null ? trains : has).add(p.id());
        }
        if (!trains.isEmpty()) {
            return null;
        }
        return "the " + system.accelerator().name() + " has no peak in a precision walls trains in (bf16, fp16, or fp8"
                + " on a stack that trains in it); it has " + String.join(", ", has);
    }

    /**
     * Why a system cannot train in a precision, or null: a format the model does not train in, no peak for it, or
     * FP8 without a stack that trains in it. The search's pins and the validator's precision cells share it.
     */
    public static String unusablePrecision(SystemSpec system, Precision precision) {
        String untrained = ReferenceKernel.untrainedFormat(precision);
        if (untrained != null) {
            return untrained;
        }
        if (system.accelerator().peak(precision).isEmpty()) {
            return "precision=" + precision.id() + " has no peak on the " + system.accelerator().name();
        }
        return ReferenceKernel.missingFeature(system.software(), KernelStrategy.PRECISION, precision.ordinal());
    }

    /** tp splits the heads, the key/value heads and the FFN width evenly. */
    private static boolean tpSplitsModel(ModelShape m, int tp) {
        return m.heads() % tp == 0 && m.kvHeads() % tp == 0 && m.ffnHidden() % tp == 0;
    }

    /** Whether the stack runs one key at one value, by the kernel's rule ({@link ReferenceKernel#missingFeature}). */
    private static boolean runs(SoftwareStack stack, int slot, int value) {
        return ReferenceKernel.missingFeature(stack, slot, value) == null;
    }

    /** cp splits the sequence into 2·cp chunks (each rank takes one from each end, for balanced causal attention). */
    private static boolean cpSplitsSequence(Workload workload, int cp) {
        return cp == 1 || workload.sequenceLength() % (2 * cp) == 0;
    }


    private static boolean pinned(int pin, int value) {
        return pin > 0 && pin != value;
    }

}
