package dev.walls.kernel.fast;

import dev.walls.spi.kernel.Collectives;
import dev.walls.spi.kernel.CostTable;

/**
 * One layer and the output layer of one microbatch on one rank, for a tensor-parallel degree, a context-parallel
 * degree, a microbatch size and a precision: every GEMM, the attention core, the memory-bound and FP8 work, the
 * tensor- and context-parallel transfers and the activations a layer keeps. None of it depends on pp or dp, so
 * the many blocks of a search that share (tp, cp) share these terms: a thread keeps them in a small hash table
 * ({@link Scratch#shape}). Nor does it depend on the system's size, so the tables a search stages for the sizes of
 * one system share them too, when nothing else they hold differs ({@link Scratch#table}). The reference kernel's
 * expressions, operand for operand.
 */
final class ShapeTerms {

    /** Recompute ordinals, fixed by {@link dev.walls.spi.strategy.Recompute}. */
    static final int NONE = 0;
    static final int SELECTIVE = 1;
    static final int FULL = 2;

    // the key, and the generation of table inputs it was computed under (0: never)
    long inputsGeneration;
    int tp;
    int cp;
    int microbatch;
    int precision;

    double tokens;
    double modelFlops;
    double layerGemmFlops;
    double attentionExecuted;
    double logitsFlops;

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
    /** The selective-recompute forward of one layer: attention plus its softmax traffic. */
    double selectiveRecomputeLayer;
    double tpAllReduce;
    double tpGather;
    /** The stack overlaps tensor-parallel traffic and every tensor-parallel group lies inside the NVLink domain. */
    boolean tpOverlaps;
    double cpForward;
    double cpBackward;
    double cpTotalLayer;
    double logitsGemm;
    double logitsIdeal;
    double lossMemory;
    double rankLogits;
    double logitsActivationBytes;
    /** Bytes of one pipeline point-to-point transfer. */
    double pipelineBytes;

    // by sequence parallelism (0: off, 1: on), filled on first use
    final boolean[] spReady = new boolean[2];
    final double[] replicated = new double[2];
    final double[] memoryForward = new double[2];
    final double[] memoryBackward = new double[2];
    final double[] fp8Forward = new double[2];
    final double[] fp8Backward = new double[2];
    final double[] tpForward = new double[2];
    final double[] tpBackward = new double[2];
    final double[] tpExposedForward = new double[2];
    final double[] tpExposedBackward = new double[2];
    final double[] tpPenaltyForward = new double[2];
    final double[] tpPenaltyBackward = new double[2];
    final double[] layerForward = new double[2];
    final double[] layerBackward = new double[2];
    /** Activation bytes of one layer, [sp][recompute ordinal]. */
    final double[][] activationsPerLayer = new double[2][3];

    boolean matches(long generation, int t, int c, int b, int pr) {
        return inputsGeneration == generation && tp == t && cp == c && microbatch == b && precision == pr;
    }

    /** Computes everything but the sequence-parallel variants. */
    void compute(TableTerms tt, CostTable c, long generation, int t, int cp, int b, int pr) {
        inputsGeneration = generation;
        tp = t;
        this.cp = cp;
        microbatch = b;
        precision = pr;
        spReady[0] = false;
        spReady[1] = false;
        double h = tt.hidden;
        double s = tt.sequence;
        double vocab = tt.vocab;
        double actBytes = tt.activationBytes;
        double memBw = tt.memoryBoundBytesPerSecond;
        double peakGemm = tt.peakGemm[pr];
        double peak16 = tt.peak16[pr];
        double efficiency = tt.gemmEfficiency[pr];

        double tokens = b * s / cp;
        this.tokens = tokens;
        double qkvCols = (h + 2 * tt.kvWidth) / t;
        double fc1Cols = (tt.ffnMatrices - 1) * tt.ffn / t;
        double attnNeeded = 2 * tokens * s * h / t;
        double attnExecuted = tt.flash ? attnNeeded : 2 * attnNeeded;
        attentionExecuted = attnExecuted;
        double layerGemm = 2 * tokens * h * qkvCols + 2 * tokens * (h / t) * h + 2 * tokens * h * fc1Cols
                + 2 * tokens * (tt.ffn / t) * h;
        layerGemmFlops = layerGemm;
        double logits = 2 * tokens * h * vocab / t;
        logitsFlops = logits;
        modelFlops = 3 * tt.batch * s * (tt.layers * (layerGemm + attnNeeded) * t / tokens + logits * t / tokens);

        // the four linear layers: forward, then activation- and weight-gradient GEMMs
        double hPerT = h / t;
        double fPerT = tt.ffn / t;
        qkvForward = gemm(tt, tokens, qkvCols, h, peakGemm, efficiency);
        double qkvBackward = gemm(tt, tokens, h, qkvCols, peakGemm, efficiency)
                + gemm(tt, h, qkvCols, tokens, peakGemm, efficiency);
        projectionForward = gemm(tt, tokens, h, hPerT, peakGemm, efficiency);
        double projBackward = gemm(tt, tokens, hPerT, h, peakGemm, efficiency)
                + gemm(tt, hPerT, h, tokens, peakGemm, efficiency);
        fc1Forward = gemm(tt, tokens, fc1Cols, h, peakGemm, efficiency);
        double fc1Backward = gemm(tt, tokens, h, fc1Cols, peakGemm, efficiency)
                + gemm(tt, h, fc1Cols, tokens, peakGemm, efficiency);
        fc2Forward = gemm(tt, tokens, h, fPerT, peakGemm, efficiency);
        double fc2Backward = gemm(tt, tokens, fPerT, h, peakGemm, efficiency)
                + gemm(tt, fPerT, h, tokens, peakGemm, efficiency);
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
            softmaxBytesFwd = tokens * (tt.heads / t) * s * (tt.dropout ? 2 * actBytes + 2 * actBytes + 1 : 2 * actBytes);
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
        tpOverlaps = t > 1 && tt.tpCommOverlap && Collectives.insideScaleUpDomain(c, 1, t);
        double cpF = 0;
        double cpB = 0;
        double cpTotal = 0;
        if (cp > 1) {
            // ring exchange of this rank's K and V chunk with the cp-1 others, overlapped with attention blocks
            double kvBytes = tokens * 2 * tt.kvWidth / t * actBytes;
            double ring = (cp - 1) * Collectives.pointToPointSeconds(c, kvBytes, t, cp);
            double penalty = tt.collectiveOverlapPenalty;
            double hideF = attnF * (cp - 1) / cp;
            double hideB = attnB * (cp - 1) / cp;
            cpF = Math.max(0, ring - hideF) + penalty * Math.min(ring, hideF);
            cpB = Math.max(0, 2 * ring - hideB) + penalty * Math.min(2 * ring, hideB);
            cpTotal = 3 * ring;
        }
        cpForward = cpF;
        cpBackward = cpB;
        cpTotalLayer = cpTotal;

        // output layer and loss (last stage), 16-bit
        double logitsCols = vocab / t;
        double logitsF = gemm(tt, tokens, logitsCols, h, peak16, tt.matmulEfficiency);
        double logitsB = gemm(tt, tokens, h, logitsCols, peak16, tt.matmulEfficiency)
                + gemm(tt, h, logitsCols, tokens, peak16, tt.matmulEfficiency);
        logitsGemm = logitsF + logitsB;
        logitsIdeal = 3 * logits / peakGemm;
        double lossBytes = tokens * vocab / t * tt.lossBytesPerLogit;
        lossMemory = lossBytes / memBw;
        rankLogits = logitsGemm + lossMemory;
        logitsActivationBytes = tokens * vocab / t * 4 * 2;
        pipelineBytes = tokens * h * actBytes / t;
    }

    /** Computes the sequence-parallel variant {@code sp} (0 or 1) of the layer. */
    void computeSp(TableTerms tt, int sp) {
        int t = tp;
        double h = tt.hidden;
        double actBytes = tt.activationBytes;
        double memBw = tt.memoryBoundBytesPerSecond;
        double tokens = this.tokens;
        boolean on = sp == 1;
        double rep = on ? 1.0 / t : 1.0;
        replicated[sp] = rep;

        double normAndResidualBytes = tokens * h * rep * (2 * 2 + 2 * 3) * actBytes;
        double memFwdBytes = normAndResidualBytes + activationFunctionBytes + softmaxBytesForward;
        double memF = memFwdBytes / memBw;
        double memB = tt.memoryBoundBackwardTraffic * memFwdBytes / memBw;
        memoryForward[sp] = memF;
        memoryBackward[sp] = memB;

        double fp8F = 0;
        double fp8B = 0;
        if (tt.lowPrecision[precision]) {
            // QKV and FC1 inputs are cast inside the fused norm; projection and FC2 inputs need a cast-transpose
            double qkvCols = (h + 2 * tt.kvWidth) / t;
            double fc1Cols = (tt.ffnMatrices - 1) * tt.ffn / t;
            double fwdCastElements = tokens * (h * rep * 2 + (h / t) + (tt.ffn / t));
            double bwdCastElements = tokens * (qkvCols + h * rep + fc1Cols + h * rep);
            fp8F = fwdCastElements * (actBytes + 2) / memBw;
            fp8B = bwdCastElements * (actBytes + 2) / memBw;
        }
        fp8Forward[sp] = fp8F;
        fp8Backward[sp] = fp8B;

        double tpOne = tpAllReduce;
        double tpF = 2 * tpOne;
        double tpB = 2 * tpOne + (on ? 2 * tpGather : 0);
        double tpExposedF = tpF;
        double tpExposedB = tpB;
        double tpPenaltyF = 0;
        double tpPenaltyB = 0;
        if (on && tpOverlaps) {
            // all-gathers hide under the GEMM that consumes them, reduce-scatters under the one that produces
            double hideF = qkvForward + projectionForward + fc1Forward + fc2Forward;
            double hideB = gemmBackward;
            tpExposedF = Math.max(0, tpF - hideF);
            tpExposedB = Math.max(0, tpB - hideB);
            double penalty = tt.tpOverlapPenalty;
            tpPenaltyF = penalty * (tpF - tpExposedF);
            tpPenaltyB = penalty * (tpB - tpExposedB);
        }
        tpForward[sp] = tpF;
        tpBackward[sp] = tpB;
        tpExposedForward[sp] = tpExposedF;
        tpExposedBackward[sp] = tpExposedB;
        tpPenaltyForward[sp] = tpPenaltyF;
        tpPenaltyBackward[sp] = tpPenaltyB;
        layerForward[sp] = gemmForward + attentionForward + memF + fp8F + tpExposedF + tpPenaltyF + cpForward;
        layerBackward[sp] = gemmBackward + attentionBackward + memB + fp8B + tpExposedB + tpPenaltyB + cpBackward;
        for (int mode = 0; mode < 3; mode++) {
            activationsPerLayer[sp][mode] = activationBytesPerLayer(tt, tokens, t, rep, mode);
        }
        spReady[sp] = true;
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

    /**
     * Activation bytes one layer stores for one microbatch on one rank (Korthikanti et al. 2022, Sec. 4, derived for
     * GQA, gated MLPs and flash attention), as the reference kernel computes them.
     */
    private static double activationBytesPerLayer(TableTerms tt, double tokens, double tp, double replicated, int mode) {
        double hidden = tt.hidden;
        double kvWidth = tt.kvWidth;
        double ffn = tt.ffn;
        double ffnMatrices = tt.ffnMatrices;
        double actBytes = tt.activationBytes;
        double replicatedBytes = tokens * hidden * (4 * actBytes + (tt.dropout ? 2 : 0)) * replicated;
        double splitBytes = tokens * ((hidden + 2 * kvWidth) * actBytes + hidden * actBytes) / tp
                + tokens * ((ffnMatrices - 1) * ffn * actBytes + ffn * actBytes) / tp;
        double scoreBytes;
        if (tt.flash) {
            scoreBytes = tokens * (tt.heads / tp) * 4;
        } else if (mode == NONE) {
            scoreBytes = tokens * (tt.heads / tp) * tt.sequence * (tt.dropout ? 2 * actBytes + 1 : actBytes);
        } else {
            scoreBytes = 0;
        }
        return replicatedBytes + splitBytes + scoreBytes;
    }
}
