package dev.walls.kernel.fast;

import dev.walls.spi.kernel.CostTable;

/**
 * What a layout's cost depends on through the table and its four parallel degrees (tp, pp, dp, cp) alone: the
 * divisibility checks, the per-rank parameter share, the state that ZeRO shards, the data-parallel latencies. A
 * search evaluates every layout of one block in a row, so these are computed once per block.
 */
final class BlockTerms {

    /** Interleavings whose layer divisibility {@link #vppDividesLayers} answers from a bit mask. */
    private static final int VPP_MASK_LIMIT = 63;

    int tp;
    int pp;
    int dp;
    int cp;
    /** Divisibility, size and the stack features pp and cp need; the per-microbatch checks come later. */
    boolean valid;
    private long vppMask;
    private long layersCount;

    double layersPerRank;
    /** CP ranks hold the same weights: the data-parallel group is dp·cp. */
    double dataParallelGroup;
    double parametersPerRank;
    /** Stride of the data-parallel dimension: tp·cp·pp ranks. */
    double dataParallelStride;
    double qkvColumns;
    double fc1Columns;
    double hiddenPerTp;
    double ffnPerTp;
    double headsPerTp;
    double buckets;
    /** The share of a bucketed data-parallel collective that can hide: 1 - 1/buckets. */
    double hideableShare;
    /** (buckets-1) × the latency of one further all-reduce / reduce-scatter over the data-parallel group. */
    double extraAllReduceLatency;
    double extraGatherLatency;
    double weightsBytes;
    double weightsBytesZero3;
    double optimizerStateBytes;
    double optimizerStateBytesSharded;
    double optimizerSecondsUnsharded;
    double optimizerSecondsSharded;
    double halfPipelineFill;

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
        vppMask = 0;
        for (int v = 1; v <= VPP_MASK_LIMIT; v++) {
            if (tt.layersCount % ((long) p * v) == 0) {
                vppMask |= 1L << v;
            }
        }
        if (!valid) {
            return;
        }
        double h = tt.hidden;
        layersPerRank = tt.layers / p;
        dataParallelGroup = d * cp;
        parametersPerRank = (layersPerRank * tt.layerParameters + tt.vocab * h) / t;
        dataParallelStride = (double) t * cp * p;
        qkvColumns = (h + 2 * tt.kvWidth) / t;
        fc1Columns = (tt.ffnMatrices - 1) * tt.ffn / t;
        hiddenPerTp = h / t;
        ffnPerTp = tt.ffn / t;
        headsPerTp = tt.heads / t;
        double bucketParams = tt.bucketParameters;
        buckets = bucketParams > 0 ? Math.max(1, Math.ceil(parametersPerRank / bucketParams)) : 1;
        hideableShare = 1 - 1 / buckets;
        extraAllReduceLatency = (buckets - 1) * Collectives.collectiveLatencySeconds(c, Collectives.ALL_REDUCE, t, cp,
                dataParallelStride, d);
        extraGatherLatency = (buckets - 1) * Collectives.collectiveLatencySeconds(c, Collectives.GATHER_OR_SCATTER, t, cp,
                dataParallelStride, d);
        double paramsRank = parametersPerRank;
        double dpGroup = dataParallelGroup;
        weightsBytes = paramsRank * tt.weightBytesPerParameter / 1;
        weightsBytesZero3 = paramsRank * tt.weightBytesPerParameter / dpGroup;
        optimizerStateBytes = paramsRank * tt.optimizerBytesPerParameter / 1;
        optimizerStateBytesSharded = paramsRank * tt.optimizerBytesPerParameter / dpGroup;
        optimizerSecondsUnsharded = paramsRank * tt.optimizerTrafficBytesPerParameter / tt.memoryBoundBytesPerSecond;
        optimizerSecondsSharded = paramsRank / dpGroup * tt.optimizerTrafficBytesPerParameter
                / tt.memoryBoundBytesPerSecond;
        halfPipelineFill = 0.5 * (p - 1.0);
    }

    /** Returns true when pp·vpp divides the layers. */
    boolean vppDividesLayers(int v) {
        return v <= VPP_MASK_LIMIT ? (vppMask & (1L << v)) != 0 : layersCount % ((long) pp * v) == 0;
    }
}
