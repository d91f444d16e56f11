package dev.walls.kernel.fast;

import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.kernel.EvaluationKernel;
import dev.walls.spi.kernel.KernelOutput;
import dev.walls.spi.kernel.KernelStrategy;
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
 * What is left per layout (interleaving, recomputation, ZeRO stage) is a few dozen multiplications, no allocation,
 * no boxing and no virtual calls. A search hands a thread every layout of one block in a row, so the memo misses
 * once per block, microbatch, precision and sp, and
 * the expensive GEMM model once per (tp, cp, microbatch, precision) of a table.
 */
public final class FastKernel implements EvaluationKernel {

    private static final int NONE = ShapeTerms.NONE;
    private static final int SELECTIVE = ShapeTerms.SELECTIVE;
    private static final int FULL = ShapeTerms.FULL;
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
        if (rc < 0 || rc >= MODES || pr < 0 || pr >= PRECISIONS) {
            throw new IllegalArgumentException("recompute ordinal " + rc + " or precision ordinal " + pr + " out of range");
        }
        if (t < 1 || p < 1 || d < 1 || cp < 1 || v < 1 || b < 1) {
            invalid(out);
            return;
        }
        Scratch s = scratch.get();
        TableTerms tt = s.tableTerms;
        if (s.table != table) {
            s.table(table);
        }
        BlockTerms bt = s.block;
        if (!s.blockKnown || bt.tp != t || bt.pp != p || bt.dp != d || bt.cp != cp) {
            bt.compute(tt, table, t, p, d, cp);
            s.blockGeneration++;
            s.blockKnown = true;
        }
        if (!bt.valid || !tt.precisionUsable[pr] || zero < 0 || zero > 3 || !bt.vppDividesLayers(v)
                || sp && (t == 1 || !tt.sequenceParallel) || v > 1 && !tt.interleaved
                || (zero == 1 || zero == 2) && !tt.distributedOptimizer && !tt.zero3 || zero == 3 && !tt.zero3
                || rc == SELECTIVE && !tt.selectiveRecompute) {
            invalid(out);
            return;
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
        if (!mt.batchDivides || v > 1 && !mt.microbatchesMultipleOfPp) {
            invalid(out);
            return;
        }
        int variant = sp ? 1 : 0;
        if (!mt.spReady[variant]) {
            mt.computeSp(tt, bt, s.shape(t, cp, b, pr), variant);
        }
        step(tt, bt, mt, pr, variant, p, v, rc, zero, out);
    }

    /** The per-layout remainder of the reference's step: interleaving, recomputation and ZeRO stage. */
    private static void step(TableTerms tt, BlockTerms bt, MicrobatchTerms mt, int pr, int sp, int p, int v, int rc,
                             int zero, double[] out) {
        if (out.length < KernelOutput.SIZE) {
            throw new IllegalArgumentException("the result array needs " + KernelOutput.SIZE + " slots");
        }
        double m = mt.microbatches;
        boolean memo = v < BlockTerms.MEMO_VPP;
        double ppPerMicrobatch = p > 1 ? 2 * v * mt.pointToPoint * tt.pipelineExposedFraction : 0;
        double rankLayersMb = mt.rankLayers[sp][rc];
        double rankMb = rankLayersMb + mt.rankLogits + ppPerMicrobatch;

        // ---------------- data parallelism ----------------
        double ncclPenalty = tt.collectiveOverlapPenalty;
        double dpGradExposed;
        double dpParamExposed;
        double dpTotal;
        if (zero == 3) {
            // ZeRO-3: per-layer gathers (again for a full recompute) and scatters, prefetched under the compute
            double gathers = rc == FULL ? 3 : 2;
            double perRankGather = bt.zero3Gather[pr];
            double commMb = gathers * perRankGather + bt.zero3Scatter[pr];
            double slowedCompute = rankMb + ncclPenalty * Math.min(commMb, rankMb);
            double exposedMb = Math.max(commMb, slowedCompute) - rankMb;
            double share = commMb > 0 ? gathers * perRankGather / commMb : 0;
            dpParamExposed = m * exposedMb * share;
            dpGradExposed = m * exposedMb * (1 - share);
            dpTotal = m * commMb;
        } else {
            double dpGradSeconds = bt.dpGradientByZero[pr * 4 + zero];
            double dpParamSeconds = bt.dpParameterByZero[pr * 4 + zero];
            if (tt.dataParallelOverlap) {
                double drain = p > 1 ? (memo ? bt.drainFactor[v] : bt.halfPipelineFill / v) * rankLayersMb : 0;
                double gradHidden = Math.min(dpGradSeconds * bt.hideableShare, mt.rankBackward[sp][rc] + drain);
                double paramHidden = Math.min(dpParamSeconds * bt.hideableShare, mt.rankForward[sp] + drain);
                dpGradExposed = dpGradSeconds - gradHidden + ncclPenalty * gradHidden;
                dpParamExposed = dpParamSeconds - paramHidden + ncclPenalty * paramHidden;
            } else {
                dpGradExposed = dpGradSeconds;
                dpParamExposed = dpParamSeconds;
            }
            dpTotal = dpGradSeconds + dpParamSeconds;
        }
        double optimizer = bt.optimizerSecondsByZero[zero];

        // ---------------- memory of the first stage ----------------
        double weights = bt.weightsByZero[zero];
        double grads = bt.gradientsByZero[pr * 4 + zero];
        double optimizerState = bt.optimizerStateByZero[zero];
        double inFlight = mt.inFlightBase * (memo ? bt.inFlightFactor[v] : (v > 1 ? 1 + (p - 1.0) / (v * p) : 1));
        double storedLayers = bt.layersPerRank * inFlight;
        double activations;
        if (rc == FULL) {
            // only each layer's input is kept; one layer's full activations live during its recompute
            activations = storedLayers * mt.tokens * tt.hidden * mt.replicated[sp] * tt.activationBytes
                    + mt.activationsPerLayer[sp][NONE];
        } else {
            activations = storedLayers * mt.activationsPerLayer[sp][rc];
        }
        if (p == 1) {
            activations += mt.logitsActivationBytes;
        }
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
        double fastest = tt.fastestTierBytes;
        double spilled = Math.max(0, total - fastest);
        double streaming = 0;
        if (spilled > 0 && tiers > 1) {
            // least-touched state spills first: optimizer state, then gradients, weights, activations
            double left = spilled;
            double opt = Math.min(left, optimizerState);
            left -= opt;
            double gr = Math.min(left, grads);
            left -= gr;
            double w = Math.min(left, weights);
            left -= w;
            double act = Math.min(left, activations + runtime + fragmentation);
            double bytesMoved = 2 * opt + 2 * m * gr + 2 * m * w + 2 * m * act / Math.max(1, inFlight);
            streaming = bytesMoved / tt.secondTierBytesPerSecond;
        }

        // ---------------- assemble the step, parts in StepComponent order ----------------
        double bubble = p > 1 ? (memo ? bt.bubbleFactor[v] : (p - 1.0) / v) * (rankLayersMb + ppPerMicrobatch) : 0;
        double step = mt.stepPrefix[sp];
        out[GEMM] = mt.gemmPart;
        out[ATTENTION] = mt.attentionPart;
        out[MEMORY_BOUND] = mt.memoryPart[sp];
        out[FP8] = mt.fp8Part[sp];
        out[IMBALANCE] = mt.imbalancePart;
        step += out[BUBBLE] = Math.max(0, bubble);
        step += out[OPTIMIZER] = Math.max(0, optimizer);
        step += out[HOST] = mt.hostPart;
        step += out[RECOMPUTE] = mt.recomputePart[sp][rc];
        step += out[STREAMING] = Math.max(0, streaming);
        step += out[TP] = mt.tpPart[sp];
        step += out[TP_PENALTY] = mt.tpPenaltyPart[sp];
        step += out[CP] = mt.cpPart;
        step += out[PP] = Math.max(0, m * ppPerMicrobatch);
        step += out[DP_GRADIENT] = Math.max(0, dpGradExposed);
        step += out[DP_PARAMETER] = Math.max(0, dpParamExposed);

        out[WEIGHTS] = weights;
        out[GRADIENTS] = grads;
        out[OPTIMIZER_STATE] = optimizerState;
        out[ACTIVATIONS] = activations;
        out[RUNTIME] = runtime;
        out[FRAGMENTATION] = fragmentation;

        double capacity = tt.capacityBytes;
        out[KernelOutput.VALID] = 1;
        out[KernelOutput.IDEAL_SECONDS] = mt.ideal;
        out[KernelOutput.STEP_SECONDS] = step;
        out[KernelOutput.MODEL_FLOPS] = mt.modelFlops;
        out[KernelOutput.HARDWARE_FLOPS] = mt.hardwareFlops[rc];
        out[KernelOutput.MICROBATCHES] = m;
        out[KernelOutput.MEMORY_BYTES] = total;
        out[KernelOutput.CAPACITY_BYTES] = capacity;
        out[KernelOutput.FASTEST_TIER_BYTES] = fastest;
        out[KernelOutput.FITS] = total <= capacity ? 1 : 0;
        out[KernelOutput.SPILLED_BYTES] = spilled;
        out[KernelOutput.TP_COMMUNICATION_SECONDS] = mt.tpCommunication[sp][rc == FULL ? 1 : 0];
        out[KernelOutput.CP_COMMUNICATION_SECONDS] = mt.cpCommunication;
        out[KernelOutput.PP_COMMUNICATION_SECONDS] = p > 1 ? m * 2 * v * mt.pointToPoint : 0;
        out[KernelOutput.DP_COMMUNICATION_SECONDS] = dpTotal;
        out[KernelOutput.GEMM_EFFICIENCY] = mt.gemmEfficiency;
        double pipelined = m * rankMb;
        out[KernelOutput.BUBBLE_FRACTION] = pipelined > 0 ? bubble / pipelined : 0;
    }

    private static void invalid(double[] out) {
        Arrays.fill(out, 0, KernelOutput.SIZE, 0.0);
    }
}
