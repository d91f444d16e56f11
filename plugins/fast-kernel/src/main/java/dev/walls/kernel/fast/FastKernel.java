package dev.walls.kernel.fast;

import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.kernel.EvaluationKernel;
import dev.walls.spi.kernel.KernelOutput;
import dev.walls.spi.kernel.KernelStrategy;
import dev.walls.spi.kernel.LayoutGrid;
import dev.walls.spi.kernel.LayoutScores;
import dev.walls.spi.kernel.MemoryComponent;
import dev.walls.spi.kernel.StepComponent;
import java.util.Arrays;

/**
 * The reference kernel's training-step model, restructured for sweeps: the same expressions with the same operands
 * in the same order (so the numbers agree bit for bit, and always to 1e-9 relative), but each evaluated at the
 * coarsest level it depends on and memoized per thread:
 *
 * <ul>
 *   <li>{@link TableTerms}: the table alone (shape, efficiencies, features, per-precision peaks, tiers);</li>
 *   <li>{@link ShapeTerms}: the table, tp, cp, microbatch and precision (every GEMM, the attention core, the
 *       tensor- and context-parallel transfers, activations per layer), shared by every block with that tp and cp;</li>
 *   <li>{@link BlockTerms}: the table and tp, pp, dp, cp (divisibility, parameter shards, data-parallel
 *       collectives per precision, pipeline factors per interleaving);</li>
 *   <li>{@link MicrobatchTerms}: a block, a microbatch, a precision and sp (the per-layer times scaled to the
 *       rank's layers and the step's microbatches, the start of the step sum).</li>
 * </ul>
 *
 * What is left per layout (interleaving, recomputation, ZeRO stage, in {@link LayoutTerms}) is a few dozen
 * multiplications, no allocation, no boxing and no virtual calls. A search hands the kernel a {@link LayoutGrid} per
 * block and microbatch ({@link #score}), so the memo misses once per block, microbatch, precision and sp, the
 * expensive GEMM model once per (tp, cp, microbatch, precision) of the tables of one system's sizes, and the grid's
 * loops hoist what each interleaving and recompute mode share out of the per-layout arithmetic.
 */
public final class FastKernel implements EvaluationKernel {

    private static final int MODES = 3;
    private static final int PRECISIONS = TableTerms.PRECISIONS;
    private static final int MAX_TIERS = KernelOutput.MAX_TIERS;

    private static final int GEMM = KernelOutput.of(StepComponent.GEMM_EFFICIENCY);
    private static final int ATTENTION = KernelOutput.of(StepComponent.ATTENTION_KERNELS);
    private static final int MEMORY_BOUND = KernelOutput.of(StepComponent.MEMORY_BOUND_KERNELS);
    private static final int FP8 = KernelOutput.of(StepComponent.FP8_CONVERSIONS);
    private static final int IMBALANCE = KernelOutput.of(StepComponent.PIPELINE_IMBALANCE);
    private static final int BUBBLE = KernelOutput.of(StepComponent.PIPELINE_BUBBLE);
    private static final int OPTIMIZER = KernelOutput.of(StepComponent.OPTIMIZER_STEP);
    private static final int HOST = KernelOutput.of(StepComponent.DATA_AND_HOST);
    private static final int RECOMPUTE = KernelOutput.of(StepComponent.RECOMPUTE);
    private static final int STREAMING = KernelOutput.of(StepComponent.TIER_STREAMING);
    private static final int TP = KernelOutput.of(StepComponent.TP_COMMUNICATION);
    private static final int TP_PENALTY = KernelOutput.of(StepComponent.TP_OVERLAP_PENALTY);
    private static final int CP = KernelOutput.of(StepComponent.CP_COMMUNICATION);
    private static final int PP = KernelOutput.of(StepComponent.PP_COMMUNICATION);
    private static final int DP_GRADIENT = KernelOutput.of(StepComponent.DP_GRADIENT_REDUCTION);
    private static final int DP_PARAMETER = KernelOutput.of(StepComponent.DP_PARAMETER_GATHER);

    private static final int WEIGHTS = KernelOutput.of(MemoryComponent.WEIGHTS);
    private static final int GRADIENTS = KernelOutput.of(MemoryComponent.GRADIENTS);
    private static final int OPTIMIZER_STATE = KernelOutput.of(MemoryComponent.OPTIMIZER_STATE);
    private static final int ACTIVATIONS = KernelOutput.of(MemoryComponent.ACTIVATIONS);
    private static final int RUNTIME = KernelOutput.of(MemoryComponent.RUNTIME_AND_BUFFERS);
    private static final int FRAGMENTATION = KernelOutput.of(MemoryComponent.FRAGMENTATION);

    static {
        // The step sum below adds the parts in StepComponent order, as the reference does; fail loudly if the SPI
        // gains a component this kernel does not know.
        if (StepComponent.values().length != 16 || MemoryComponent.values().length != 6) {
            throw new IllegalStateException("the fast kernel knows 16 step and 6 memory components; the SPI has "
                    + StepComponent.values().length + " and " + MemoryComponent.values().length);
        }
    }

    /** Each thread's memo; a table may be shared by threads, the derived terms are not. */
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    @Override
    public String id() {
        return "fast";
    }

    @Override
    public void evaluate(CostTable table, int[] strategy, double[] out) {
        if (out.length < KernelOutput.SIZE) {
            throw new IllegalArgumentException("the result array needs " + KernelOutput.SIZE + " slots");
        }
        int t = strategy[KernelStrategy.TP];
        int p = strategy[KernelStrategy.PP];
        int d = strategy[KernelStrategy.DP];
        int cp = strategy[KernelStrategy.CP];
        int v = strategy[KernelStrategy.VPP];
        int b = strategy[KernelStrategy.MICROBATCH];
        int rc = strategy[KernelStrategy.RECOMPUTE];
        boolean sp = strategy[KernelStrategy.SEQUENCE_PARALLEL] != 0;
        int zero = strategy[KernelStrategy.ZERO_STAGE];
        int pr = strategy[KernelStrategy.PRECISION];
        requireOrdinals(rc, pr);
        Scratch s = scratch.get();
        MicrobatchTerms mt = microbatchTerms(s, table, t, p, d, cp, b, pr);
        TableTerms tt = s.tableTerms;
        if (mt == null || !LayoutTerms.sequenceParallelAllowed(tt, t, sp)
                || !LayoutTerms.interleavingAllowed(tt, s.block, mt, v) || !LayoutTerms.recomputeAllowed(tt, rc)
                || !LayoutTerms.zeroStageAllowed(tt, p, zero)) {
            Arrays.fill(out, 0, KernelOutput.SIZE, 0.0);
            return;
        }
        int variant = sp ? 1 : 0;
        spReady(s, mt, t, cp, b, pr, variant);
        step(tt, s.block, mt, pr, variant, p, v, rc, zero, out);
    }

    /**
     * Scores a grid block by block: the memo lookups once per (tp, pp, dp, cp, microbatch, precision, sp), the
     * pipeline and activation terms once per interleaving and recompute mode, and only the ZeRO stage's few dozen
     * operations per layout. The footprint comes first; the step time only for the layouts that fit (a layout over
     * capacity gets NaN, which {@link LayoutScores} allows).
     */
    @Override
    public void score(CostTable table, LayoutGrid grid, LayoutScores scores) {
        int n = grid.size();
        scores.ensureCapacity(n);
        scores.capacityBytes(Double.NaN);
        if (n == 0) {
            return;
        }
        for (int i = 0; i < grid.count(KernelStrategy.RECOMPUTE); i++) {
            requireOrdinals(grid.value(KernelStrategy.RECOMPUTE, i), 0);
        }
        for (int i = 0; i < grid.count(KernelStrategy.PRECISION); i++) {
            requireOrdinals(0, grid.value(KernelStrategy.PRECISION, i));
        }
        Scratch s = scratch.get();
        int[] stride = grid.strides(s.stride);
        for (int ti = 0; ti < grid.count(KernelStrategy.TP); ti++) {
            for (int pi = 0; pi < grid.count(KernelStrategy.PP); pi++) {
                for (int di = 0; di < grid.count(KernelStrategy.DP); di++) {
                    for (int ci = 0; ci < grid.count(KernelStrategy.CP); ci++) {
                        for (int bi = 0; bi < grid.count(KernelStrategy.MICROBATCH); bi++) {
                            int base = ti * stride[KernelStrategy.TP] + pi * stride[KernelStrategy.PP]
                                    + di * stride[KernelStrategy.DP] + ci * stride[KernelStrategy.CP]
                                    + bi * stride[KernelStrategy.MICROBATCH];
                            scoreMicrobatch(s, table, grid, stride, base, grid.value(KernelStrategy.TP, ti),
                                    grid.value(KernelStrategy.PP, pi), grid.value(KernelStrategy.DP, di),
                                    grid.value(KernelStrategy.CP, ci), grid.value(KernelStrategy.MICROBATCH, bi), scores);
                        }
                    }
                }
            }
        }
    }

    /** Scores the layouts of a grid that share degrees and microbatch: every vpp, recompute, sp, ZeRO and precision. */
    private void scoreMicrobatch(Scratch s, CostTable table, LayoutGrid grid, int[] stride, int base, int t, int p,
                                 int d, int cp, int b, LayoutScores scores) {
        byte[] verdicts = scores.verdicts();
        double[] stepSeconds = scores.stepSeconds();
        double[] memoryBytes = scores.memoryBytes();
        int prCount = grid.count(KernelStrategy.PRECISION);
        int spCount = grid.count(KernelStrategy.SEQUENCE_PARALLEL);
        int vCount = grid.count(KernelStrategy.VPP);
        int rcCount = grid.count(KernelStrategy.RECOMPUTE);
        int zCount = grid.count(KernelStrategy.ZERO_STAGE);
        int prStride = stride[KernelStrategy.PRECISION];
        int spStride = stride[KernelStrategy.SEQUENCE_PARALLEL];
        int vStride = stride[KernelStrategy.VPP];
        int rcStride = stride[KernelStrategy.RECOMPUTE];
        int zStride = stride[KernelStrategy.ZERO_STAGE];
        for (int pri = 0; pri < prCount; pri++) {
            int pr = grid.value(KernelStrategy.PRECISION, pri);
            ZeroStageTerms z = s.zeroStages(pr, zCount);
            MicrobatchTerms mt = microbatchTerms(s, table, t, p, d, cp, b, pr);
            TableTerms tt = s.tableTerms;
            BlockTerms bt = s.block;
            if (mt != null) {
                z.compute(tt, bt, s.blockGeneration, grid, pr);
                scores.capacityBytes(tt.capacityBytes);
            }
            double runtime = tt.runtimeBytesPerRank;
            double capacity = tt.capacityBytes;
            double fastestTier = tt.fastestTierBytes;
            double fragmentationFraction = tt.fragmentationFraction;
            double penalty = tt.collectiveOverlapPenalty;
            boolean overlap = tt.dataParallelOverlap;
            for (int spi = 0; spi < spCount; spi++) {
                boolean sp = grid.value(KernelStrategy.SEQUENCE_PARALLEL, spi) != 0;
                boolean spOk = mt != null && LayoutTerms.sequenceParallelAllowed(tt, t, sp);
                int variant = sp ? 1 : 0;
                if (spOk) {
                    spReady(s, mt, t, cp, b, pr, variant);
                }
                for (int vi = 0; vi < vCount; vi++) {
                    int v = grid.value(KernelStrategy.VPP, vi);
                    boolean vOk = spOk && LayoutTerms.interleavingAllowed(tt, bt, mt, v);
                    double ppPerMicrobatch = vOk ? LayoutTerms.pointToPointPerMicrobatch(tt, mt, p, v) : 0;
                    double firstInFlight = vOk ? LayoutTerms.firstStageInFlight(mt, bt, v) : 0;
                    for (int rci = 0; rci < rcCount; rci++) {
                        int rc = grid.value(KernelStrategy.RECOMPUTE, rci);
                        int at = base + pri * prStride + spi * spStride + vi * vStride + rci * rcStride;
                        if (!vOk || !LayoutTerms.recomputeAllowed(tt, rc)) {
                            for (int zi = 0; zi < zCount; zi++) {
                                scores.invalid(at + zi * zStride);
                            }
                            continue;
                        }
                        // The busiest stage's activations (every stage holds the same state; with pp = 1 the one
                        // stage's two expressions are the same bytes). Only the larger stays in a local: which stage
                        // it is, and its microbatches in flight, are worked out again in the rare streaming path
                        // below. Of the forms measured (base and variant alternated in one session), this one cost
                        // the A100 sweep least, 3-6 % in CPU time per sweep; a flag or the in-flight count kept
                        // across the ZeRO loop, a branch on pp or Math.max 5-8 %, both stages behind two selects
                        // 15-25 % in JMH.
                        double activations = LayoutTerms.firstStageActivations(mt, p, variant, rc,
                                bt.layersPerRank * firstInFlight);
                        double last = LayoutTerms.lastStageActivations(mt, variant, rc, bt.lastStageLayers(v));
                        activations = last > activations ? last : activations;
                        // What the stages of this (precision, sp, vpp, recompute) that fit share, worked out when the
                        // first fits, in locals: the JIT cannot keep array elements in registers across the stores,
                        // and the same terms as fields of a holder object ran 30-40 % slower (A/B in one process).
                        boolean shared = false;
                        double throughBubble = 0;
                        double host = 0;
                        double recompute = 0;
                        double tensor = 0;
                        double tensorPenalty = 0;
                        double context = 0;
                        double pointToPoint = 0;
                        double backwardMb = 0;
                        double backwardCover = 0;
                        double forwardCover = 0;
                        double zero3Gradient = 0;
                        double zero3Parameter = 0;
                        for (int zi = 0; zi < zCount; zi++) {
                            int point = at + zi * zStride;
                            if (!z.allowed[zi]) {
                                scores.invalid(point);
                                continue;
                            }
                            double subtotal = z.stateBytes[zi] + activations + runtime;
                            double total = subtotal + subtotal * fragmentationFraction;
                            memoryBytes[point] = total;
                            // Memory first: a layout over capacity cannot run, so the search needs only its footprint.
                            if (!(total <= capacity)) {
                                verdicts[point] = LayoutScores.OVER_CAPACITY;
                                stepSeconds[point] = Double.NaN;
                                continue;
                            }
                            verdicts[point] = LayoutScores.FITS;
                            if (!shared) {
                                shared = true;
                                double rankLayersMb = mt.rankLayers[variant][rc];
                                double rankMb = rankLayersMb + mt.rankLogits + ppPerMicrobatch;
                                double drain = LayoutTerms.drain(bt, p, v, rankLayersMb);
                                backwardMb = mt.rankBackward[variant][rc];
                                backwardCover = backwardMb + drain;
                                forwardCover = mt.rankForward[variant] + drain;
                                throughBubble = mt.stepPrefix[variant]
                                        + Math.max(0, LayoutTerms.bubble(bt, p, v, rankLayersMb, ppPerMicrobatch));
                                pointToPoint = Math.max(0, mt.microbatches * ppPerMicrobatch);
                                host = mt.hostPart;
                                recompute = mt.recomputePart[variant][rc];
                                tensor = mt.tpPart[variant];
                                tensorPenalty = mt.tpPenaltyPart[variant];
                                context = mt.cpPart;
                                if (z.anyZero3) {
                                    double exposed = mt.microbatches * LayoutTerms.zero3ExposedPerMicrobatch(
                                            z.zero3Traffic[rc], rankMb, penalty);
                                    double share = z.zero3GatherShare[rc];
                                    zero3Gradient = exposed * (1 - share);
                                    zero3Parameter = exposed * share;
                                }
                            }
                            double streaming = 0;
                            if (total > fastestTier) {
                                double fragmentation = subtotal * fragmentationFraction;
                                double inFlight = LayoutTerms.busiestStageInFlight(mt, bt, p, variant, rc, v,
                                        firstInFlight);
                                streaming = LayoutTerms.streaming(tt, mt, total, z.optimizerState[zi], z.gradients[zi],
                                        z.weights[zi], activations + runtime + fragmentation, inFlight);
                            }
                            double dpGradient;
                            double dpParameter;
                            if (z.zero3[zi]) {
                                dpGradient = zero3Gradient;
                                dpParameter = zero3Parameter;
                            } else if (z.zero2[zi]) {
                                dpGradient = LayoutTerms.zero2GradientExposed(z.dpGradient[zi],
                                        z.dpGradientHideable[zi], mt.microbatches, backwardMb, backwardCover, penalty,
                                        overlap);
                                dpParameter = overlap ? LayoutTerms.overlapped(z.dpParameter[zi],
                                        z.dpParameterHideable[zi], forwardCover, penalty) : z.dpParameter[zi];
                            } else if (overlap) {
                                dpGradient = LayoutTerms.overlapped(z.dpGradient[zi], z.dpGradientHideable[zi],
                                        backwardCover, penalty);
                                dpParameter = LayoutTerms.overlapped(z.dpParameter[zi], z.dpParameterHideable[zi],
                                        forwardCover, penalty);
                            } else {
                                dpGradient = z.dpGradient[zi];
                                dpParameter = z.dpParameter[zi];
                            }
                            stepSeconds[point] = LayoutTerms.stepAfterBubble(throughBubble, z.optimizerSeconds[zi],
                                    host, recompute, streaming, tensor, tensorPenalty, context, pointToPoint, dpGradient,
                                    dpParameter);
                        }
                    }
                }
            }
        }
    }

    private static void requireOrdinals(int rc, int pr) {
        if (rc < 0 || rc >= MODES || pr < 0 || pr >= PRECISIONS) {
            throw new IllegalArgumentException("recompute ordinal " + rc + " or precision ordinal " + pr + " out of range");
        }
    }

    /**
     * Returns the memoized terms of a block, microbatch and precision, computing what is missing; null when no
     * layout with them is valid (a degree below 1, a block the table rules out, a precision it cannot run, a
     * microbatch that does not divide the batch).
     */
    private static MicrobatchTerms microbatchTerms(Scratch s, CostTable table, int t, int p, int d, int cp, int b,
                                                   int pr) {
        if (t < 1 || p < 1 || d < 1 || cp < 1 || b < 1) {
            return null;
        }
        if (s.table != table) {
            s.table(table);
        }
        TableTerms tt = s.tableTerms;
        BlockTerms bt = s.block;
        if (!s.blockKnown || bt.tp != t || bt.pp != p || bt.dp != d || bt.cp != cp) {
            bt.compute(tt, table, t, p, d, cp);
            s.blockGeneration++;
            s.blockKnown = true;
        }
        if (!bt.valid || !tt.precisionUsable[pr]) {
            return null;
        }
        MicrobatchTerms mt = s.microbatch[pr];
        if (mt.generation != s.blockGeneration || mt.microbatch != b) {
            mt.generation = s.blockGeneration;
            mt.microbatch = b;
            if (mt.check(tt, bt, b)) {
                bt.precision(tt, table, pr);
                mt.compute(tt, bt, table, s.shape(t, cp, b, pr));
            }
        }
        return mt.batchDivides ? mt : null;
    }

    private static void spReady(Scratch s, MicrobatchTerms mt, int t, int cp, int b, int pr, int variant) {
        if (!mt.spReady[variant]) {
            mt.computeSp(s.tableTerms, s.block, s.shape(t, cp, b, pr), variant);
        }
    }

    /** Every output slot of one valid layout. */
    private static void step(TableTerms tt, BlockTerms bt, MicrobatchTerms mt, int pr, int sp, int p, int v, int rc,
                             int zero, double[] out) {
        double m = mt.microbatches;
        double ppPerMicrobatch = LayoutTerms.pointToPointPerMicrobatch(tt, mt, p, v);
        double rankLayersMb = mt.rankLayers[sp][rc];
        double rankMb = rankLayersMb + mt.rankLogits + ppPerMicrobatch;
        double drain = LayoutTerms.drain(bt, p, v, rankLayersMb);
        double backwardMb = mt.rankBackward[sp][rc];
        double backwardCover = backwardMb + drain;
        double forwardCover = mt.rankForward[sp] + drain;
        double dpGradExposed = LayoutTerms.dataParallelExposed(tt, bt, mt, pr, rc, zero, rankMb, backwardMb,
                backwardCover, forwardCover, true);
        double dpParamExposed = LayoutTerms.dataParallelExposed(tt, bt, mt, pr, rc, zero, rankMb, backwardMb,
                backwardCover, forwardCover, false);
        double optimizer = bt.optimizerSecondsByZero[zero];

        double weights = bt.weightsByZero[zero];
        double grads = bt.gradientsByZero[pr * 4 + zero];
        double optimizerState = bt.optimizerStateByZero[zero];
        // the busiest stage's activations, as the grid path works them out
        double firstInFlight = LayoutTerms.firstStageInFlight(mt, bt, v);
        double lastInFlight = bt.lastStageInFlight(v);
        double firstActivations = LayoutTerms.firstStageActivations(mt, p, sp, rc, bt.layersPerRank * firstInFlight);
        double lastActivations = LayoutTerms.lastStageActivations(mt, sp, rc, bt.lastStageLayers(v));
        boolean lastBusiest = lastActivations > firstActivations;
        double activations = lastBusiest ? lastActivations : firstActivations;
        double inFlight = lastBusiest ? lastInFlight : firstInFlight;
        double runtime = tt.runtimeBytesPerRank;
        double subtotal = weights + grads + optimizerState + activations + runtime;
        double fragmentation = subtotal * tt.fragmentationFraction;
        double total = subtotal + fragmentation;

        int tiers = tt.tiers;
        double remaining = total;
        for (int i = 0; i < MAX_TIERS; i++) {
            double placed = 0;
            if (i < tiers) {
                placed = i == tiers - 1 ? remaining : Math.min(remaining, tt.tierCapacityBytes[i]);
                remaining -= placed;
            }
            out[KernelOutput.TIER_BYTES + i] = placed;
        }
        double streaming = LayoutTerms.streaming(tt, mt, total, optimizerState, grads, weights,
                activations + runtime + fragmentation, inFlight);
        double bubble = LayoutTerms.bubble(bt, p, v, rankLayersMb, ppPerMicrobatch);

        out[GEMM] = mt.gemmPart;
        out[ATTENTION] = mt.attentionPart;
        out[MEMORY_BOUND] = mt.memoryPart[sp];
        out[FP8] = mt.fp8Part[sp];
        out[IMBALANCE] = mt.imbalancePart;
        out[BUBBLE] = Math.max(0, bubble);
        out[OPTIMIZER] = Math.max(0, optimizer);
        out[HOST] = mt.hostPart;
        out[RECOMPUTE] = mt.recomputePart[sp][rc];
        out[STREAMING] = Math.max(0, streaming);
        out[TP] = mt.tpPart[sp];
        out[TP_PENALTY] = mt.tpPenaltyPart[sp];
        out[CP] = mt.cpPart;
        out[PP] = Math.max(0, m * ppPerMicrobatch);
        out[DP_GRADIENT] = Math.max(0, dpGradExposed);
        out[DP_PARAMETER] = Math.max(0, dpParamExposed);

        out[WEIGHTS] = weights;
        out[GRADIENTS] = grads;
        out[OPTIMIZER_STATE] = optimizerState;
        out[ACTIVATIONS] = activations;
        out[RUNTIME] = runtime;
        out[FRAGMENTATION] = fragmentation;
        out[KernelOutput.BUSIEST_STAGE] = lastBusiest ? 1 : 0;

        double capacity = tt.capacityBytes;
        out[KernelOutput.VALID] = 1;
        out[KernelOutput.IDEAL_SECONDS] = mt.ideal;
        out[KernelOutput.STEP_SECONDS] = LayoutTerms.stepSeconds(mt, sp, rc, bubble, optimizer, streaming,
                m * ppPerMicrobatch, dpGradExposed, dpParamExposed);
        out[KernelOutput.MODEL_FLOPS] = mt.modelFlops;
        out[KernelOutput.HARDWARE_FLOPS] = mt.hardwareFlops[rc];
        out[KernelOutput.MICROBATCHES] = m;
        out[KernelOutput.MEMORY_BYTES] = total;
        out[KernelOutput.CAPACITY_BYTES] = capacity;
        out[KernelOutput.FASTEST_TIER_BYTES] = tt.fastestTierBytes;
        out[KernelOutput.FITS] = total <= capacity ? 1 : 0;
        out[KernelOutput.SPILLED_BYTES] = Math.max(0, total - tt.fastestTierBytes);
        out[KernelOutput.TP_COMMUNICATION_SECONDS] = mt.tpCommunication[sp][rc == LayoutTerms.FULL ? 1 : 0];
        out[KernelOutput.CP_COMMUNICATION_SECONDS] = mt.cpCommunication;
        out[KernelOutput.PP_COMMUNICATION_SECONDS] = p > 1 ? m * 2 * v * mt.pointToPoint : 0;
        out[KernelOutput.DP_COMMUNICATION_SECONDS] = LayoutTerms.dataParallelTotal(bt, mt, pr, rc, zero);
        out[KernelOutput.GEMM_EFFICIENCY] = mt.gemmEfficiency;
        double pipelined = m * rankMb;
        out[KernelOutput.BUBBLE_FRACTION] = pipelined > 0 ? bubble / pipelined : 0;
    }
}
