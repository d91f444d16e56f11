package dev.walls.kernel.fast;

import dev.walls.spi.kernel.Collectives;
import dev.walls.spi.kernel.CostTable;

/**
 * What a layout's cost depends on through its block, microbatch size and precision (and, per variant, sequence
 * parallelism): the shape's per-layer times scaled to the rank's layers and the step's microbatches, the pipeline
 * transfer, and the start of the step sum. The reference kernel's expressions with the same operands in the same
 * order, evaluated once per (microbatch, precision, sp) of a block instead of once per layout.
 */
final class MicrobatchTerms {

    private static final int NONE = ShapeTerms.NONE;
    private static final int SELECTIVE = ShapeTerms.SELECTIVE;
    private static final int FULL = ShapeTerms.FULL;

    /** Block generation and microbatch these terms were computed for (0: never). */
    long generation;
    int microbatch;
    /** dp·mb divides the global batch. */
    boolean batchDivides;
    /** The microbatches per step are a multiple of pp (needed with vpp > 1). */
    boolean microbatchesMultipleOfPp;

    double microbatches;
    /** min(m, p): the microbatches in flight on the first stage without interleaving (the last holds 1). */
    double inFlightBase;
    double tokens;
    double ideal;
    double modelFlops;
    double rankLogits;
    double logitsActivationBytes;
    double pointToPoint;
    double cpCommunication;
    double gemmEfficiency;
    final double[] hardwareFlops = new double[3];
    /** max(0, loss) of the parts that do not depend on sp. */
    double gemmPart;
    double attentionPart;
    double imbalancePart;
    double hostPart;
    double cpPart;

    // by sequence parallelism, on first use
    final boolean[] spReady = new boolean[2];
    final double[] memoryPart = new double[2];
    final double[] fp8Part = new double[2];
    final double[] tpPart = new double[2];
    final double[] tpPenaltyPart = new double[2];
    /** ideal + gemm + attention + memory-bound + FP8 + imbalance parts, summed in the reference's order. */
    final double[] stepPrefix = new double[2];
    /** Layers per rank × the layer's forward: what the next step's parameter gather hides under. */
    final double[] rankForward = new double[2];
    /** Tensor-parallel traffic per step, [sp][full recompute ? 1 : 0]. */
    final double[][] tpCommunication = new double[2][2];
    /** [sp][recompute]: the busiest rank's layers per microbatch, and its backward. */
    final double[][] rankLayers = new double[2][3];
    final double[][] rankBackward = new double[2][3];
    final double[][] recomputePart = new double[2][3];
    /**
     * [sp][recompute]: activation bytes a stage keeps per layer and microbatch in flight (a full recompute keeps the
     * layer's input), and those of the one layer live during a full recompute (0 otherwise): a stage's activations
     * are its stored layers × the first plus the second, worked out here once for both stages of every interleaving.
     */
    final double[][] storedBytesPerLayer = new double[2][3];
    final double[][] liveLayerBytes = new double[2][3];

    /** Checks the microbatch against the block; returns true when the layout may go on. */
    boolean check(TableTerms tt, BlockTerms bt, int b) {
        long replicas = (long) bt.dp * b;
        batchDivides = tt.batchCount % replicas == 0;
        microbatchesMultipleOfPp = batchDivides && (tt.batchCount / replicas) % bt.pp == 0;
        return batchDivides;
    }

    /** Computes the sp-independent terms of a valid block, microbatch and precision. */
    void compute(TableTerms tt, BlockTerms bt, CostTable c, ShapeTerms st) {
        spReady[0] = false;
        spReady[1] = false;
        int t = bt.tp;
        int p = bt.pp;
        int d = bt.dp;
        int cp = bt.cp;
        int b = st.microbatch;
        double layersPerRank = bt.layersPerRank;
        double m = tt.batch / (d * b);
        microbatches = m;
        inFlightBase = Math.min(m, p);
        tokens = st.tokens;
        // The one term of the step's start that scales with the system: a shape is shared by every size.
        ideal = st.modelFlops / (tt.accelerators * tt.peakGemm[st.precision]);
        modelFlops = st.modelFlops;
        rankLogits = st.rankLogits;
        logitsActivationBytes = st.logitsActivationBytes;
        pointToPoint = p <= 1 || st.pipelineBytes <= 0 ? 0
                : Collectives.pointToPointSecondsAtLevel(c, st.pipelineBytes, p, bt.pointToPointLevel);
        double host = m * tt.dataSecondsPerMicrobatch + tt.hostSecondsPerStep;

        double gemmF = st.gemmForward;
        double gemmB = st.gemmBackward;
        double gemmLoss = m * (layersPerRank * (gemmF + gemmB - st.gemmIdealLayer) + st.logitsGemm - st.logitsIdeal);
        double attnLoss = m * layersPerRank * (st.attentionForward + st.attentionBackward - st.attentionIdeal);
        double cpLoss = m * layersPerRank * (st.cpForward + st.cpBackward);
        double rankIdeal = m * (layersPerRank * (st.gemmIdealLayer + st.attentionIdeal) + st.logitsIdeal);
        double imbalance = Math.max(0, rankIdeal - ideal);
        cpCommunication = m * layersPerRank * st.cpTotalLayer;
        double gemmModeled = m * (layersPerRank * (gemmF + gemmB) + st.logitsGemm);
        double gemmIdealRank = m * (layersPerRank * st.gemmIdealLayer + st.logitsIdeal);
        gemmEfficiency = gemmModeled > 0 ? gemmIdealRank / gemmModeled : 0;
        double layerGemm = st.layerGemmFlops;
        double attnExecuted = st.attentionExecuted;
        double logitsHardware = 3 * st.logitsFlops * t * d * cp;
        double n = tt.accelerators;
        double averageLayers = bt.averageLayersPerRank;
        hardwareFlops[NONE] = m * (averageLayers * (3 * layerGemm + 3 * attnExecuted + 0) * n + logitsHardware);
        hardwareFlops[SELECTIVE] = m * (averageLayers * (3 * layerGemm + 3 * attnExecuted + attnExecuted) * n
                + logitsHardware);
        hardwareFlops[FULL] = m * (averageLayers * (3 * layerGemm + 3 * attnExecuted + (layerGemm + attnExecuted)) * n
                + logitsHardware);
        gemmPart = Math.max(0, gemmLoss);
        attentionPart = Math.max(0, attnLoss);
        imbalancePart = Math.max(0, imbalance);
        hostPart = Math.max(0, host);
        cpPart = Math.max(0, cpLoss);
    }

    /** Computes the variant {@code sp} from the shape's (which must be the one {@link #compute} read). */
    void computeSp(TableTerms tt, BlockTerms bt, ShapeTerms st, int sp) {
        if (!st.spReady[sp]) {
            st.computeSp(tt, sp);
        }
        double m = microbatches;
        double layersPerRank = bt.layersPerRank;
        double mL = m * layersPerRank;
        double memF = st.memoryForward[sp];
        double memB = st.memoryBackward[sp];
        double memLoss = m * (layersPerRank * (memF + memB) + st.lossMemory);
        double fp8Loss = mL * (st.fp8Forward[sp] + st.fp8Backward[sp]);
        double tpLoss = mL * (st.tpExposedForward[sp] + st.tpExposedBackward[sp]);
        double tpPenalty = mL * (st.tpPenaltyForward[sp] + st.tpPenaltyBackward[sp]);
        double tpF = st.tpForward[sp];
        double tpB = st.tpBackward[sp];
        tpCommunication[sp][0] = mL * (tpF + tpB + 0);
        tpCommunication[sp][1] = mL * (tpF + tpB + tpF);
        memoryPart[sp] = Math.max(0, memLoss);
        fp8Part[sp] = Math.max(0, fp8Loss);
        tpPart[sp] = Math.max(0, tpLoss);
        tpPenaltyPart[sp] = Math.max(0, tpPenalty);
        double prefix = ideal;
        prefix += gemmPart;
        prefix += attentionPart;
        prefix += memoryPart[sp];
        prefix += fp8Part[sp];
        prefix += imbalancePart;
        stepPrefix[sp] = prefix;

        double layerF = st.layerForward[sp];
        double layerB = st.layerBackward[sp];
        rankForward[sp] = layersPerRank * layerF;
        for (int rc = 0; rc < 3; rc++) {
            // the recompute forward of one layer
            double layerR = rc == NONE ? 0 : rc == SELECTIVE ? st.selectiveRecomputeLayer : layerF;
            rankLayers[sp][rc] = layersPerRank * (layerF + layerB + layerR);
            rankBackward[sp][rc] = layersPerRank * (layerB + layerR) + st.logitsGemm;
            recomputePart[sp][rc] = Math.max(0, m * layersPerRank * layerR);
            storedBytesPerLayer[sp][rc] = rc == FULL ? tokens * tt.hidden * st.replicated[sp] * tt.activationBytes
                    : st.activationsPerLayer[sp][rc];
            liveLayerBytes[sp][rc] = rc == FULL ? st.activationsPerLayer[sp][NONE] : 0;
        }
        spReady[sp] = true;
    }
}
