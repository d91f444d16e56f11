package dev.walls.kernel.fast;

/**
 * One transformer layer of one microbatch with sequence parallelism on or off: the memory-bound and FP8 work, the
 * tensor-parallel communication and what of it hides, and the activations a layer stores under each recompute
 * mode. The reference kernel's expressions, evaluated once per (microbatch, precision, sp) of a block.
 */
final class LayerTerms {

    /** False until computed for the current microbatch terms. */
    boolean ready;

    /** Share of TP-replicated tensors a rank touches: 1/tp with sequence parallelism, else 1. */
    double replicated;
    double layerForward;
    double layerBackward;
    /** layerForward + layerBackward. */
    double layerForwardBackward;
    /** Layers per rank × layerForward: what the parameter gather of the next step hides under. */
    double rankForward;
    double memoryLoss;
    double fp8Loss;
    double tpLoss;
    double tpPenalty;
    /** Tensor-parallel traffic per step, without and with the full-recompute forward. */
    double tpCommunication;
    double tpCommunicationFullRecompute;
    /** Activation bytes of one layer, by recompute ordinal. */
    final double[] activationsPerLayer = new double[3];

    void compute(TableTerms tt, BlockTerms bt, MicrobatchTerms mt, boolean sp, boolean tpOverlap) {
        int t = bt.tp;
        double h = tt.hidden;
        double actBytes = tt.activationBytes;
        double memBw = tt.memoryBoundBytesPerSecond;
        double tokens = mt.tokens;
        double replicated = sp ? 1.0 / t : 1.0;
        this.replicated = replicated;

        double normAndResidualBytes = tokens * h * replicated * (2 * 2 + 2 * 3) * actBytes;
        double memFwdBytes = normAndResidualBytes + mt.activationFunctionBytes + mt.softmaxBytesForward;
        double memF = memFwdBytes / memBw;
        double memB = 2 * memFwdBytes / memBw;

        double fp8F = 0;
        double fp8B = 0;
        if (tt.lowPrecision[mt.precision]) {
            double fwdCastElements = tokens * (h * replicated * 2 + bt.hiddenPerTp + bt.ffnPerTp);
            double bwdCastElements = tokens * (bt.qkvColumns + h * replicated + bt.fc1Columns + h * replicated);
            fp8F = fwdCastElements * (actBytes + 2) / memBw;
            fp8B = bwdCastElements * (actBytes + 2) / memBw;
        }

        double tpOne = mt.tpAllReduce;
        double tpF = 2 * tpOne;
        double tpB = 2 * tpOne + (sp ? 2 * mt.tpGather : 0);
        double tpExposedF = tpF;
        double tpExposedB = tpB;
        double tpPenaltyF = 0;
        double tpPenaltyB = 0;
        if (t > 1 && sp && tpOverlap) {
            double hideF = mt.qkvForward + mt.projectionForward + mt.fc1Forward + mt.fc2Forward;
            double hideB = mt.gemmBackward;
            tpExposedF = Math.max(0, tpF - hideF);
            tpExposedB = Math.max(0, tpB - hideB);
            double penalty = tt.tpOverlapPenalty;
            tpPenaltyF = penalty * (tpF - tpExposedF);
            tpPenaltyB = penalty * (tpB - tpExposedB);
        }

        layerForward = mt.gemmForward + mt.attentionForward + memF + fp8F + tpExposedF + tpPenaltyF + mt.cpForward;
        layerBackward = mt.gemmBackward + mt.attentionBackward + memB + fp8B + tpExposedB + tpPenaltyB + mt.cpBackward;
        layerForwardBackward = layerForward + layerBackward;
        rankForward = bt.layersPerRank * layerForward;

        double m = mt.microbatches;
        double mL = mt.microbatchLayers;
        memoryLoss = m * (bt.layersPerRank * (memF + memB) + mt.lossMemory);
        fp8Loss = mL * (fp8F + fp8B);
        tpLoss = mL * (tpExposedF + tpExposedB);
        tpPenalty = mL * (tpPenaltyF + tpPenaltyB);
        tpCommunication = mL * (tpF + tpB + 0);
        tpCommunicationFullRecompute = mL * (tpF + tpB + tpF);

        for (int mode = 0; mode < 3; mode++) {
            activationsPerLayer[mode] = activationBytesPerLayer(tt, bt, tokens, replicated, mode);
        }
    }

    /**
     * Activation bytes one layer stores for one microbatch on one rank (Korthikanti et al. 2022, Sec. 4, derived for
     * GQA, gated MLPs and flash attention), as the reference kernel computes them.
     */
    private static double activationBytesPerLayer(TableTerms tt, BlockTerms bt, double tokens, double replicated,
                                                  int mode) {
        double hidden = tt.hidden;
        double kvWidth = tt.kvWidth;
        double ffn = tt.ffn;
        double ffnMatrices = tt.ffnMatrices;
        double tp = bt.tp;
        double actBytes = tt.activationBytes;
        double replicatedBytes = tokens * hidden * (4 * actBytes + 2) * replicated;
        double splitBytes = tokens * ((hidden + 2 * kvWidth) * actBytes + hidden * actBytes) / tp
                + tokens * ((ffnMatrices - 1) * ffn * actBytes + ffn * actBytes) / tp;
        double scoreBytes;
        if (tt.flash) {
            scoreBytes = tokens * (tt.heads / tp) * 4;
        } else if (mode == MicrobatchTerms.NONE) {
            scoreBytes = tokens * (tt.heads / tp) * tt.sequence * (2 * actBytes + 1);
        } else {
            scoreBytes = 0;
        }
        return replicatedBytes + splitBytes + scoreBytes;
    }
}
