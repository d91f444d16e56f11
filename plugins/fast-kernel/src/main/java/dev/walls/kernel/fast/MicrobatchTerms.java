package dev.walls.kernel.fast;

import dev.walls.spi.kernel.CostTable;

/**
 * What a layout's cost depends on through its block, its microbatch size and its precision: the GEMM, attention and
 * output-layer times of one microbatch, the tensor-, context- and pipeline-parallel transfers, the data-parallel
 * collectives and the FLOP counts. Everything here is the reference kernel's expression with the same operands in
 * the same order, evaluated once per (microbatch, precision) of a block instead of once per layout.
 */
final class MicrobatchTerms {

    /** Recompute ordinals, fixed by {@link dev.walls.spi.strategy.Recompute}. */
    static final int NONE = 0;
    static final int SELECTIVE = 1;
    static final int FULL = 2;

    /** Block generation and microbatch these terms were computed for (0: never). */
    long generation;
    int microbatch;
    /** Precision ordinal these terms were computed for. */
    int precision;
    /** dp·mb divides the global batch. */
    boolean batchDivides;
    /** The microbatches per step are a multiple of pp (needed with vpp > 1). */
    boolean microbatchesMultipleOfPp;

    /** The sequence-parallel variants (index 0: off, 1: on), filled on first use. */
    final LayerTerms[] layer = {new LayerTerms(), new LayerTerms()};

    double microbatches;
    double tokens;
    /** m × layers per rank, the common factor of the per-layer losses. */
    double microbatchLayers;
    double ideal;
    double modelFlops;
    double attentionExecuted;
    double layerGemmFlops;

    // one layer, one microbatch
    double qkvForward;
    double projectionForward;
    double fc1Forward;
    double fc2Forward;
    double gemmForward;
    double gemmBackward;
    double gemmIdealLayer;
    double attentionForward;
    double attentionBackward;
    double attentionIdeal;
    double softmaxBytesForward;
    double activationFunctionBytes;
    double tpAllReduce;
    double tpGather;
    double cpForward;
    double cpBackward;
    double selectiveRecomputeLayer;

    // output layer, pipeline, data parallelism
    double logitsGemm;
    double logitsIdeal;
    double lossMemory;
    double rankLogits;
    double logitsActivationBytes;
    double pointToPoint;
    double dpGradientAllReduce;
    double dpGradientScatter;
    double dpParameterGather;
    double zero3Gather;
    double zero3Scatter;
    double gradientBytes;
    double gradientBytesSharded;
    double host;

    // what the step reports
    double gemmLoss;
    double attentionLoss;
    double cpLoss;
    double imbalance;
    double cpCommunication;
    double gemmEfficiency;
    final double[] hardwareFlops = new double[3];

    /** Checks the microbatch against the block; returns true when the layout may go on. */
    boolean check(TableTerms tt, BlockTerms bt, int b) {
        long replicas = (long) bt.dp * b;
        batchDivides = tt.batchCount % replicas == 0;
        microbatchesMultipleOfPp = batchDivides && (tt.batchCount / replicas) % bt.pp == 0;
        return batchDivides;
    }

    /** Computes the terms of a valid block, microbatch and precision. */
    void compute(TableTerms tt, BlockTerms bt, CostTable c, int b, int pr) {
        layer[0].ready = false;
        layer[1].ready = false;
        microbatch = b;
        precision = pr;
        int t = bt.tp;
        int p = bt.pp;
        int d = bt.dp;
        int cp = bt.cp;
        double h = tt.hidden;
        double s = tt.sequence;
        double vocab = tt.vocab;
        double actBytes = tt.activationBytes;
        double memBw = tt.memoryBoundBytesPerSecond;
        double peakGemm = tt.peakGemm[pr];
        double peak16 = tt.peak16[pr];
        double efficiency = tt.gemmEfficiency[pr];
        double layersPerRank = bt.layersPerRank;

        double m = tt.batch / (d * b);
        microbatches = m;
        double tokens = b * s / cp;
        this.tokens = tokens;
        microbatchLayers = m * layersPerRank;

        double qkvCols = bt.qkvColumns;
        double fc1Cols = bt.fc1Columns;
        double attnNeeded = 2 * tokens * s * h / t;
        double attnExecuted = tt.flash ? attnNeeded : 2 * attnNeeded;
        attentionExecuted = attnExecuted;
        double layerGemm = 2 * tokens * h * qkvCols + 2 * tokens * (h / t) * h + 2 * tokens * h * fc1Cols
                + 2 * tokens * (tt.ffn / t) * h;
        layerGemmFlops = layerGemm;
        double logitsFlops = 2 * tokens * h * vocab / t;
        modelFlops = 3 * tt.batch * s * (tt.layers * (layerGemm + attnNeeded) * t / tokens + logitsFlops * t / tokens);
        ideal = modelFlops / (tt.accelerators * peakGemm);

        // the four linear layers: forward, then activation- and weight-gradient GEMMs
        double hPerT = bt.hiddenPerTp;
        double fPerT = bt.ffnPerTp;
        qkvForward = gemm(tt, tokens, qkvCols, h, peakGemm, efficiency);
        double qkvBackward = gemm(tt, tokens, h, qkvCols, peakGemm, efficiency) + gemm(tt, h, qkvCols, tokens, peakGemm, efficiency);
        projectionForward = gemm(tt, tokens, h, hPerT, peakGemm, efficiency);
        double projBackward = gemm(tt, tokens, hPerT, h, peakGemm, efficiency) + gemm(tt, hPerT, h, tokens, peakGemm, efficiency);
        fc1Forward = gemm(tt, tokens, fc1Cols, h, peakGemm, efficiency);
        double fc1Backward = gemm(tt, tokens, h, fc1Cols, peakGemm, efficiency) + gemm(tt, h, fc1Cols, tokens, peakGemm, efficiency);
        fc2Forward = gemm(tt, tokens, h, fPerT, peakGemm, efficiency);
        double fc2Backward = gemm(tt, tokens, fPerT, h, peakGemm, efficiency) + gemm(tt, fPerT, h, tokens, peakGemm, efficiency);
        double gemmF = 0;
        double gemmB = 0;
        gemmF += qkvForward;
        gemmB += qkvBackward;
        gemmF += projectionForward;
        gemmB += projBackward;
        gemmF += fc1Forward;
        gemmB += fc1Backward;
        gemmF += fc2Forward;
        gemmB += fc2Backward;
        gemmForward = gemmF;
        gemmBackward = gemmB;
        gemmIdealLayer = 3 * layerGemm / peakGemm;

        double attnF;
        double attnB;
        double softmaxBytesFwd = 0;
        if (tt.flash) {
            attnF = attnExecuted / (peak16 * tt.attentionForwardEfficiency);
            attnB = 2 * attnExecuted / (peak16 * tt.attentionBackwardEfficiency);
        } else {
            double e = tt.unfusedAttentionEfficiency;
            attnF = attnExecuted / (peak16 * e);
            attnB = 2 * attnExecuted / (peak16 * e);
            softmaxBytesFwd = tokens * bt.headsPerTp * s * (2 * actBytes + 2 * actBytes + 1);
        }
        attentionForward = attnF;
        attentionBackward = attnB;
        softmaxBytesForward = softmaxBytesFwd;
        attentionIdeal = 3 * attnNeeded / peakGemm;
        activationFunctionBytes = tokens * fPerT * ((tt.gated ? 3 : 2)) * actBytes;
        selectiveRecomputeLayer = attnF + softmaxBytesFwd / memBw;

        double tpBytes = tokens * h * actBytes;
        tpAllReduce = Collectives.collectiveSeconds(c, Collectives.ALL_REDUCE, tpBytes, 1, t, 1, 1);
        tpGather = Collectives.collectiveSeconds(c, Collectives.GATHER_OR_SCATTER, tpBytes, 1, t, 1, 1);
        double cpF = 0;
        double cpB = 0;
        double cpTotalLayer = 0;
        if (cp > 1) {
            double kvBytes = tokens * 2 * tt.kvWidth / t * actBytes;
            double ring = (cp - 1) * Collectives.pointToPointSeconds(c, kvBytes, t, cp);
            double penalty = tt.collectiveOverlapPenalty;
            double hideF = attnF * (cp - 1) / cp;
            double hideB = attnB * (cp - 1) / cp;
            cpF = Math.max(0, ring - hideF) + penalty * Math.min(ring, hideF);
            cpB = Math.max(0, 2 * ring - hideB) + penalty * Math.min(2 * ring, hideB);
            cpTotalLayer = 3 * ring;
        }
        cpForward = cpF;
        cpBackward = cpB;

        // output layer and loss (last stage), 16-bit
        double logitsCols = vocab / t;
        double logitsF = gemm(tt, tokens, logitsCols, h, peak16, tt.matmulEfficiency);
        double logitsB = gemm(tt, tokens, h, logitsCols, peak16, tt.matmulEfficiency)
                + gemm(tt, h, logitsCols, tokens, peak16, tt.matmulEfficiency);
        logitsGemm = logitsF + logitsB;
        logitsIdeal = 3 * logitsFlops / peakGemm;
        double lossBytes = tokens * vocab / t * tt.lossBytesPerLogit;
        lossMemory = lossBytes / memBw;
        rankLogits = logitsGemm + lossMemory;
        logitsActivationBytes = tokens * vocab / t * 4 * 2;

        double ppBytes = tokens * h * actBytes / t;
        pointToPoint = Collectives.pointToPointSeconds(c, ppBytes, (double) t * cp, p);

        // data parallelism: the collectives of each ZeRO stage over the dp·cp group
        double paramsRank = bt.parametersPerRank;
        double dpGroup = bt.dataParallelGroup;
        double gradBytes = paramsRank * tt.gradientCommunicationWidth[pr];
        double gatherBytes = paramsRank * tt.parameterGatherWidth[pr];
        double stridePp = bt.dataParallelStride;
        dpGradientAllReduce = Collectives.collectiveSeconds(c, Collectives.ALL_REDUCE, gradBytes, t, cp, stridePp, d)
                + bt.extraAllReduceLatency;
        dpGradientScatter = Collectives.collectiveSeconds(c, Collectives.GATHER_OR_SCATTER, gradBytes, t, cp, stridePp, d)
                + bt.extraGatherLatency;
        dpParameterGather = Collectives.collectiveSeconds(c, Collectives.GATHER_OR_SCATTER, gatherBytes, t, cp, stridePp, d)
                + bt.extraGatherLatency;
        zero3Gather = Collectives.flatCollectiveSeconds(c, Collectives.GATHER_OR_SCATTER, gatherBytes, dpGroup, layersPerRank);
        zero3Scatter = Collectives.flatCollectiveSeconds(c, Collectives.GATHER_OR_SCATTER, gradBytes, dpGroup, layersPerRank);
        host = m * tt.dataSecondsPerMicrobatch + tt.hostSecondsPerStep;
        double gradBufferWidth = tt.gradientBufferWidth[pr];
        gradientBytes = paramsRank * gradBufferWidth / 1;
        gradientBytesSharded = paramsRank * gradBufferWidth / dpGroup;

        gemmLoss = m * (layersPerRank * (gemmF + gemmB - gemmIdealLayer) + logitsGemm - logitsIdeal);
        attentionLoss = m * layersPerRank * (attnF + attnB - attentionIdeal);
        cpLoss = m * layersPerRank * (cpF + cpB);
        double rankIdeal = m * (layersPerRank * (gemmIdealLayer + attentionIdeal) + logitsIdeal);
        imbalance = Math.max(0, rankIdeal - ideal);
        cpCommunication = m * layersPerRank * cpTotalLayer;
        double gemmModeled = m * (layersPerRank * (gemmF + gemmB) + logitsGemm);
        double gemmIdealRank = m * (layersPerRank * gemmIdealLayer + logitsIdeal);
        gemmEfficiency = gemmModeled > 0 ? gemmIdealRank / gemmModeled : 0;
        double logitsHardware = 3 * logitsFlops * t * d * cp;
        double n = tt.accelerators;
        hardwareFlops[NONE] = m * (layersPerRank * (3 * layerGemm + 3 * attnExecuted + 0) * n + logitsHardware);
        hardwareFlops[SELECTIVE] = m * (layersPerRank * (3 * layerGemm + 3 * attnExecuted + attnExecuted) * n
                + logitsHardware);
        hardwareFlops[FULL] = m * (layersPerRank * (3 * layerGemm + 3 * attnExecuted + (layerGemm + attnExecuted)) * n
                + logitsHardware);
    }

    /** Time of one GEMM of rows×inner by inner×cols at a peak and a large-GEMM efficiency, with tile and wave quantization. */
    private static double gemm(TableTerms tt, double rows, double cols, double inner, double peak, double efficiency) {
        double flops = 2 * rows * cols * inner;
        double e = efficiency * inner / (inner + tt.tileOverheadInner);
        if (tt.waveModel) {
            double tileRows = tt.tileRows;
            double tileCols = tt.tileColumns;
            double units = tt.concurrentTiles;
            double tr = Math.ceil(rows / tileRows);
            double tc = Math.ceil(cols / tileCols);
            double tiles = tr * tc;
            double waves = Math.ceil(tiles / units);
            double tileFill = rows * cols / (tr * tileRows * tc * tileCols);
            double waveFill = tiles / (waves * units);
            e *= tileFill * waveFill;
        }
        return flops / (peak * e) + tt.gemmFixedSeconds;
    }
}
