package dev.walls.kernel.fast;

import dev.walls.spi.kernel.Collectives;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.kernel.PipelineLayers;

/**
 * What a layout's cost depends on through the table and its four parallel degrees (tp, pp, dp, cp): the
 * divisibility checks, the per-rank parameter share and the state ZeRO shards, the data-parallel collectives of each
 * precision, and the pipeline factors of each interleaving. A search evaluates every layout of one block in a row,
 * so these are computed once per block (the per-precision and per-interleaving parts on first use).
 */
final class BlockTerms {

    /** Interleavings whose factors are memoized; larger ones are computed per layout. */
    static final int MEMO_VPP = 64;

    int tp;
    int pp;
    int dp;
    int cp;
    /** Divisibility, size and the stack features pp and cp need; the per-layout checks come later. */
    boolean valid;
    private long layersCount;

    /** The busiest rank's layers; with uneven stages more than the last stage's. */
    double layersPerRank;
    /** The last stage's layers, and the layers each rank runs on average (what the hardware executes). */
    double lastStageLayerCount;
    double averageLayersPerRank;
    private boolean unevenPipeline;
    /** CP ranks hold the same weights: the data-parallel group is dp·cp. */
    double dataParallelGroup;
    double parametersPerRank;
    /** Stride of the data-parallel dimension: tp·cp·pp ranks. */
    double dataParallelStride;
    double buckets;
    /** The share of a bucketed data-parallel collective that can hide: 1 - 1/buckets. */
    double hideableShare;
    /** (buckets-1) × the latency of one further all-reduce / reduce-scatter over the data-parallel group. */
    double extraAllReduceLatency;
    double extraGatherLatency;
    /**
     * Members of the data-parallel group per unit of each network level ({@link Collectives#membersPerLevel}): every
     * data-parallel collective of the block crosses the same levels with the same members, and working them out (a
     * gcd and floating-point remainders per level) cost more than the collectives' own arithmetic.
     */
    private double[] dataParallelMembers = new double[4];
    /** The level a pipeline transfer between this block's stages crosses ({@link Collectives#pointToPointLevel}). */
    int pointToPointLevel;
    // The per-stage and per-precision inputs of the *ByZero arrays stay fields: as locals, precision() and compute()
    // shrank enough for the JIT to inline them differently, and the H100 search ran 45 % slower (A/B in one process).
    double weightsBytes;
    double weightsBytesZero3;
    double optimizerStateBytes;
    double optimizerStateBytesSharded;
    double optimizerSecondsUnsharded;
    double optimizerSecondsSharded;
    /** The staged bubble-hiding fraction × (p-1). */
    double hidingFill;
    /** By ZeRO stage 0..3: weights, optimizer state and optimizer-step seconds of the rank (branch-free selects). */
    final double[] weightsByZero = new double[4];
    final double[] optimizerStateByZero = new double[4];
    final double[] optimizerSecondsByZero = new double[4];
    /**
     * By precision·4 + ZeRO stage: gradient buffer bytes, data-parallel gradient and parameter seconds (for ZeRO-2,
     * one of the step's per-microbatch gradient reductions).
     */
    final double[] gradientsByZero = new double[TableTerms.PRECISIONS * 4];
    final double[] dpGradientByZero = new double[TableTerms.PRECISIONS * 4];
    final double[] dpParameterByZero = new double[TableTerms.PRECISIONS * 4];

    // by precision ordinal, on first use
    private final boolean[] precisionReady = new boolean[TableTerms.PRECISIONS];
    final double[] dpGradientAllReduce = new double[TableTerms.PRECISIONS];
    final double[] dpGradientScatter = new double[TableTerms.PRECISIONS];
    final double[] dpParameterGather = new double[TableTerms.PRECISIONS];
    final double[] zero3Gather = new double[TableTerms.PRECISIONS];
    final double[] zero3Scatter = new double[TableTerms.PRECISIONS];
    final double[] gradientBytes = new double[TableTerms.PRECISIONS];
    final double[] gradientBytesSharded = new double[TableTerms.PRECISIONS];

    // by interleaving v < MEMO_VPP, on first use: 1 = pp stages of v chunks hold the layers, -1 = they do not, 0 = not
    // known yet
    private final byte[] vppState = new byte[MEMO_VPP];
    private final double[] bubbleFactors = new double[MEMO_VPP];
    private final double[] drainFactors = new double[MEMO_VPP];
    private final double[] inFlightFactors = new double[MEMO_VPP];
    private final double[] lastStageInFlights = new double[MEMO_VPP];
    private final double[] lastStageLayers = new double[MEMO_VPP];

    /** Derives the block; degrees are at least 1 (the caller checked). */
    void compute(TableTerms tt, CostTable c, int t, int p, int d, int cp) {
        this.tp = t;
        this.pp = p;
        this.dp = d;
        this.cp = cp;
        valid = (long) t * p * d * cp == tt.acceleratorCount
                && tt.headsCount % t == 0 && tt.kvHeadsCount % t == 0 && tt.ffnCount % t == 0
                && (cp <= 1 || tt.sequenceCount % (2L * cp) == 0)
                && (p <= 1 || tt.pipeline) && (cp <= 1 || tt.contextParallel);
        layersCount = tt.layersCount;
        unevenPipeline = tt.unevenPipeline;
        java.util.Arrays.fill(vppState, (byte) 0);
        java.util.Arrays.fill(precisionReady, false);
        if (!valid) {
            return;
        }
        double h = tt.hidden;
        layersPerRank = PipelineLayers.busiestStage(tt.layers, p);
        lastStageLayerCount = PipelineLayers.lastStage(tt.layers, p);
        averageLayersPerRank = tt.layers / p;
        dataParallelGroup = d * cp;
        // one stage holds both the embedding and an untied output layer (the reference's vocabMatrices)
        double vocabMatrices = p == 1 ? tt.embeddingMatrices : 1;
        parametersPerRank = (layersPerRank * tt.layerParameters + vocabMatrices * tt.vocab * h) / t;
        dataParallelStride = (double) t * cp * p;
        double bucketParams = tt.bucketParameters;
        buckets = bucketParams > 0 ? Math.max(1, Math.ceil(parametersPerRank / bucketParams)) : 1;
        hideableShare = 1 - 1 / buckets;
        if (dataParallelMembers.length < c.levelCount()) {
            dataParallelMembers = new double[c.levelCount()];
        }
        Collectives.membersPerLevel(c, t, cp, dataParallelStride, d, dataParallelMembers);
        pointToPointLevel = Collectives.pointToPointLevel(c, (double) t * cp, p);
        // (double) cp · d: the group size the layout forms of the collectives multiply out
        double group = (double) cp * d;
        extraAllReduceLatency = (buckets - 1) * Collectives.collectiveLatencySeconds(c, Collectives.ALL_REDUCE, group,
                dataParallelMembers);
        extraGatherLatency = (buckets - 1) * Collectives.collectiveLatencySeconds(c, Collectives.GATHER_OR_SCATTER,
                group, dataParallelMembers);
        double paramsRank = parametersPerRank;
        double dpGroup = dataParallelGroup;
        weightsBytes = paramsRank * tt.weightBytesPerParameter / 1;
        weightsBytesZero3 = paramsRank * tt.weightBytesPerParameter / dpGroup;
        optimizerStateBytes = paramsRank * tt.optimizerBytesPerParameter / 1;
        optimizerStateBytesSharded = paramsRank * tt.optimizerBytesPerParameter / dpGroup;
        optimizerSecondsUnsharded = paramsRank * tt.optimizerTrafficBytesPerParameter / tt.memoryBoundBytesPerSecond;
        optimizerSecondsSharded = paramsRank / dpGroup * tt.optimizerTrafficBytesPerParameter
                / tt.memoryBoundBytesPerSecond;
        hidingFill = tt.pipelineBubbleHidingFraction * (p - 1.0);
        for (int zero = 0; zero < 4; zero++) {
            weightsByZero[zero] = zero == 3 ? weightsBytesZero3 : weightsBytes;
            optimizerStateByZero[zero] = zero >= 1 ? optimizerStateBytesSharded : optimizerStateBytes;
            optimizerSecondsByZero[zero] = zero >= 1 ? optimizerSecondsSharded : optimizerSecondsUnsharded;
        }
    }

    /**
     * Returns true when pp stages of v chunks can hold the layers ({@link PipelineLayers}); memoizes the interleaving's
     * pipeline factors on first sight.
     */
    boolean stagesHoldLayers(int v) {
        if (v >= MEMO_VPP) {
            return PipelineLayers.splits(layersCount, pp, v, unevenPipeline);
        }
        byte state = vppState[v];
        if (state == 0) {
            state = PipelineLayers.splits(layersCount, pp, v, unevenPipeline) ? (byte) 1 : (byte) -1;
            bubbleFactors[v] = bubbleFactorOf(v);
            drainFactors[v] = drainFactorOf(v);
            inFlightFactors[v] = inFlightFactorOf(v);
            lastStageInFlights[v] = lastStageInFlightOf(v);
            lastStageLayers[v] = lastStageLayerCount * lastStageInFlights[v];
            vppState[v] = state;
        }
        return state > 0;
    }

    /** (p-1)/v: the bubble over the work of one microbatch; memoized once {@link #stagesHoldLayers} saw v. */
    double bubbleFactor(int v) {
        return v < MEMO_VPP ? bubbleFactors[v] : bubbleFactorOf(v);
    }

    /** hiding·(p-1)/v: the part of the bubble the data-parallel collectives hide under; memoized like the bubble. */
    double drainFactor(int v) {
        return v < MEMO_VPP ? drainFactors[v] : drainFactorOf(v);
    }

    /** Microbatches in flight on the first stage, over min(m, p); memoized like the bubble. */
    double inFlightFactor(int v) {
        return v < MEMO_VPP ? inFlightFactors[v] : inFlightFactorOf(v);
    }

    /** ((v-1)·p + 1)/v: microbatches in flight on the last stage (1 without interleaving); memoized like the bubble. */
    double lastStageInFlight(int v) {
        return v < MEMO_VPP ? lastStageInFlights[v] : lastStageInFlightOf(v);
    }

    /** The last stage's layer-microbatches in flight: its layers × {@link #lastStageInFlight}; memoized likewise. */
    double lastStageLayers(int v) {
        return v < MEMO_VPP ? lastStageLayers[v] : lastStageLayerCount * lastStageInFlightOf(v);
    }

    private double bubbleFactorOf(int v) {
        return (pp - 1.0) / v;
    }

    private double drainFactorOf(int v) {
        return hidingFill / v;
    }

    private double inFlightFactorOf(int v) {
        return v > 1 ? 1 + (pp - 1.0) / (v * pp) : 1;
    }

    private double lastStageInFlightOf(int v) {
        return ((v - 1.0) * pp + 1) / v;
    }

    /** Makes the data-parallel terms of a precision ready (a valid block). */
    void precision(TableTerms tt, CostTable c, int pr) {
        if (precisionReady[pr]) {
            return;
        }
        // Not read: it keeps this method's bytecode above the JIT's 325-byte limit for inlining hot methods
        // (-XX:FreqInlineSize). Inlined into the grid's path, this method made the A100 sweep a quarter slower (A/B
        // against the commit that dropped the line); moved into MicrobatchTerms.compute, the H100 sweep a fifth.
        int t = tp;
        int d = dp;
        double paramsRank = parametersPerRank;
        double dpGroup = dataParallelGroup;
        double gradBytes = paramsRank * tt.gradientCommunicationWidth[pr];
        double gatherBytes = paramsRank * tt.parameterGatherWidth[pr];
        double group = (double) cp * d;
        double[] members = dataParallelMembers;
        dpGradientAllReduce[pr] = Collectives.collectiveSeconds(c, Collectives.ALL_REDUCE, gradBytes, group, members)
                + extraAllReduceLatency;
        dpGradientScatter[pr] = Collectives.collectiveSeconds(c, Collectives.GATHER_OR_SCATTER, gradBytes, group,
                members) + extraGatherLatency;
        dpParameterGather[pr] = Collectives.collectiveSeconds(c, Collectives.GATHER_OR_SCATTER, gatherBytes, group,
                members) + extraGatherLatency;
        zero3Gather[pr] = Collectives.flatCollectiveSeconds(c, Collectives.GATHER_OR_SCATTER, gatherBytes, group,
                members, layersPerRank);
        zero3Scatter[pr] = Collectives.flatCollectiveSeconds(c, Collectives.GATHER_OR_SCATTER, gradBytes, group,
                members, layersPerRank);
        double gradBufferWidth = tt.gradientBufferWidth[pr];
        gradientBytes[pr] = paramsRank * gradBufferWidth / 1;
        gradientBytesSharded[pr] = paramsRank * gradBufferWidth / dpGroup;
        for (int zero = 0; zero < 4; zero++) {
            gradientsByZero[pr * 4 + zero] = zero >= 2 ? gradientBytesSharded[pr] : gradientBytes[pr];
            dpGradientByZero[pr * 4 + zero] = zero == 0 ? dpGradientAllReduce[pr] : dpGradientScatter[pr];
            dpParameterByZero[pr * 4 + zero] = zero == 0 ? 0 : dpParameterGather[pr];
        }
        precisionReady[pr] = true;
    }
}
