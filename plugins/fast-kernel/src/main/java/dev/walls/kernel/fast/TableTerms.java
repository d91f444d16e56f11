package dev.walls.kernel.fast;

import dev.walls.spi.kernel.CostKey;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.StackFeature;

/**
 * What a layout's cost depends on through the table alone: the shape, the stack's efficiencies and features, the
 * per-precision peaks and widths, the memory tiers. Read once per table (per thread) into plain fields, so that the
 * per-layout arithmetic reads fields instead of walking {@link CostKey} lookups, and every expression keeps the
 * reference kernel's operand order (the numbers come out bit for bit the same).
 */
final class TableTerms {

    /** Precisions by ordinal, read once: the hot path indexes arrays instead of calling enum methods. */
    static final int PRECISIONS = Precision.values().length;
    private static final double[] BYTES_PER_ELEMENT = new double[PRECISIONS];

    static {
        for (Precision p : Precision.values()) {
            BYTES_PER_ELEMENT[p.ordinal()] = p.bytesPerElement();
        }
    }

    static final int FP16 = Precision.FP16.ordinal();
    static final int FP8 = Precision.FP8.ordinal();
    static final int FP4 = Precision.FP4.ordinal();

    // shape, as the reference reads it (doubles) and as its divisibility checks read it (longs)
    double layers;
    double hidden;
    double heads;
    double kvHeads;
    double ffn;
    double ffnMatrices;
    boolean gated;
    double vocab;
    double sequence;
    double batch;
    double accelerators;
    double activationBytes;
    long layersCount;
    long headsCount;
    long kvHeadsCount;
    long ffnCount;
    long sequenceCount;
    long batchCount;
    long acceleratorCount;
    /** Width of K (and of V): hidden·kvHeads/heads. */
    double kvWidth;
    /** Parameters of one layer. */
    double layerParameters;

    // per precision ordinal
    final double[] peakGemm = new double[PRECISIONS];
    final double[] peak16 = new double[PRECISIONS];
    final boolean[] lowPrecision = new boolean[PRECISIONS];
    final double[] gemmEfficiency = new double[PRECISIONS];
    final double[] gradientCommunicationWidth = new double[PRECISIONS];
    final double[] parameterGatherWidth = new double[PRECISIONS];
    final double[] gradientBufferWidth = new double[PRECISIONS];
    /** Peak present and, for the 8-bit formats, the stack trains in FP8. */
    final boolean[] precisionUsable = new boolean[PRECISIONS];

    // software stack
    double matmulEfficiency;
    boolean flash;
    double attentionForwardEfficiency;
    double attentionBackwardEfficiency;
    double unfusedAttentionEfficiency;
    double tileOverheadInner;
    double tileRows;
    double tileColumns;
    double concurrentTiles;
    boolean waveModel;
    double gemmFixedSeconds;
    double lossBytesPerLogit;
    double optimizerTrafficBytesPerParameter;
    double dataSecondsPerMicrobatch;
    double hostSecondsPerStep;
    double weightBytesPerParameter;
    double optimizerBytesPerParameter;
    double fragmentationFraction;
    double runtimeBytesPerRank;
    boolean dataParallelOverlap;
    double bucketParameters;
    double tpOverlapPenalty;
    double collectiveOverlapPenalty;
    double pipelineExposedFraction;
    double pipelineBubbleHidingFraction;
    double memoryBoundBackwardTraffic;

    // features the per-layout checks need
    boolean pipeline;
    boolean interleaved;
    boolean sequenceParallel;
    boolean contextParallel;
    boolean distributedOptimizer;
    boolean zero3;
    boolean selectiveRecompute;
    boolean tpCommOverlap;

    // memory
    /** Fastest tier's bandwidth times the memory-bound efficiency. */
    double memoryBoundBytesPerSecond;
    int tiers;
    final double[] tierCapacityBytes = new double[dev.walls.spi.kernel.KernelOutput.MAX_TIERS];
    double capacityBytes;
    double fastestTierBytes;
    double secondTierBytesPerSecond;

    /** Reads a table; called when a thread first sees it. */
    void read(CostTable c) {
        layers = c.get(CostKey.LAYERS);
        hidden = c.get(CostKey.HIDDEN);
        heads = c.get(CostKey.HEADS);
        kvHeads = c.get(CostKey.KV_HEADS);
        ffn = c.get(CostKey.FFN_HIDDEN);
        ffnMatrices = c.get(CostKey.FFN_MATRICES);
        gated = c.get(CostKey.FFN_GATED) != 0;
        vocab = c.get(CostKey.VOCAB);
        sequence = c.get(CostKey.SEQUENCE_TOKENS);
        batch = c.get(CostKey.GLOBAL_BATCH_SEQUENCES);
        accelerators = c.get(CostKey.ACCELERATORS);
        activationBytes = c.get(CostKey.ACTIVATION_BYTES);
        layersCount = (long) layers;
        headsCount = (long) heads;
        kvHeadsCount = (long) kvHeads;
        ffnCount = (long) ffn;
        sequenceCount = (long) sequence;
        batchCount = (long) batch;
        acceleratorCount = (long) accelerators;
        kvWidth = hidden * kvHeads / heads;
        layerParameters = hidden * (hidden + 2 * kvWidth) + hidden * hidden + ffnMatrices * hidden * ffn;

        pipeline = c.has(StackFeature.PIPELINE_PARALLEL);
        interleaved = c.has(StackFeature.INTERLEAVED_PIPELINE);
        sequenceParallel = c.has(StackFeature.SEQUENCE_PARALLEL);
        contextParallel = c.has(StackFeature.CONTEXT_PARALLEL);
        distributedOptimizer = c.has(StackFeature.DISTRIBUTED_OPTIMIZER);
        zero3 = c.has(StackFeature.ZERO3);
        selectiveRecompute = c.has(StackFeature.SELECTIVE_RECOMPUTE);
        tpCommOverlap = c.has(StackFeature.TP_COMM_OVERLAP);
        flash = c.has(StackFeature.FLASH_ATTENTION);
        boolean fp8Training = c.has(StackFeature.FP8_TRAINING);

        matmulEfficiency = c.get(CostKey.MATMUL_EFFICIENCY);
        double fp8Efficiency = c.get(CostKey.FP8_MATMUL_EFFICIENCY);
        double p16 = Math.max(c.peakFlopsPerSecond(Precision.BF16), c.peakFlopsPerSecond(Precision.FP16));
        double gradientCommunication = c.get(CostKey.GRADIENT_COMMUNICATION_BYTES);
        double parameterGather = c.get(CostKey.PARAMETER_GATHER_BYTES);
        double gradientBuffer = c.get(CostKey.GRADIENT_BYTES_PER_PARAMETER);
        for (int pr = 0; pr < PRECISIONS; pr++) {
            double bytes = BYTES_PER_ELEMENT[pr];
            double peak = c.peakFlopsPerSecond(pr);
            boolean low = bytes < 2;
            peakGemm[pr] = peak;
            lowPrecision[pr] = low;
            // Attention, norms and the output layer stay in 16-bit when the GEMMs run in FP8 (Transformer Engine).
            peak16[pr] = low && p16 > 0 ? p16 : (p16 > 0 && bytes == 2 ? p16 : peak);
            gemmEfficiency[pr] = low && fp8Efficiency > 0 ? fp8Efficiency : matmulEfficiency;
            gradientCommunicationWidth[pr] = pr == FP16 ? Math.min(2, gradientCommunication) : gradientCommunication;
            parameterGatherWidth[pr] = low ? Math.min(bytes, parameterGather) : parameterGather;
            gradientBufferWidth[pr] = pr == FP16 ? Math.min(2, gradientBuffer) : gradientBuffer;
            precisionUsable[pr] = peak > 0 && (pr != FP8 && pr != FP4 || fp8Training);
        }

        double eF = c.get(CostKey.ATTENTION_FORWARD_EFFICIENCY);
        attentionForwardEfficiency = eF > 0 ? eF : matmulEfficiency;
        double eB = c.get(CostKey.ATTENTION_BACKWARD_EFFICIENCY);
        attentionBackwardEfficiency = eB > 0 ? eB : attentionForwardEfficiency;
        double eU = c.get(CostKey.UNFUSED_ATTENTION_EFFICIENCY);
        unfusedAttentionEfficiency = eU > 0 ? eU : matmulEfficiency;
        tileOverheadInner = c.get(CostKey.GEMM_TILE_OVERHEAD_INNER_ELEMENTS);
        tileRows = c.get(CostKey.GEMM_TILE_ROWS);
        tileColumns = c.get(CostKey.GEMM_TILE_COLUMNS);
        concurrentTiles = c.get(CostKey.GEMM_CONCURRENT_TILES);
        waveModel = tileRows > 0 && tileColumns > 0 && concurrentTiles > 0;
        gemmFixedSeconds = c.get(CostKey.GEMM_FIXED_SECONDS);
        lossBytesPerLogit = c.get(CostKey.LOSS_BYTES_PER_LOGIT);
        optimizerTrafficBytesPerParameter = c.get(CostKey.OPTIMIZER_TRAFFIC_BYTES_PER_PARAMETER);
        dataSecondsPerMicrobatch = c.get(CostKey.DATA_SECONDS_PER_MICROBATCH);
        hostSecondsPerStep = c.get(CostKey.HOST_SECONDS_PER_STEP);
        weightBytesPerParameter = c.get(CostKey.WEIGHT_BYTES_PER_PARAMETER);
        optimizerBytesPerParameter = c.get(CostKey.OPTIMIZER_BYTES_PER_PARAMETER);
        fragmentationFraction = c.get(CostKey.FRAGMENTATION_FRACTION);
        runtimeBytesPerRank = c.get(CostKey.RUNTIME_BYTES_PER_RANK);
        dataParallelOverlap = c.get(CostKey.DATA_PARALLEL_OVERLAP) != 0;
        bucketParameters = c.get(CostKey.DATA_PARALLEL_BUCKET_PARAMETERS);
        tpOverlapPenalty = c.get(CostKey.TP_OVERLAP_COMPUTE_PENALTY);
        collectiveOverlapPenalty = c.get(CostKey.COLLECTIVE_OVERLAP_COMPUTE_PENALTY);
        pipelineExposedFraction = c.get(CostKey.PIPELINE_P2P_EXPOSED_FRACTION);
        pipelineBubbleHidingFraction = c.get(CostKey.PIPELINE_BUBBLE_HIDING_FRACTION);
        memoryBoundBackwardTraffic = c.get(CostKey.MEMORY_BOUND_BACKWARD_TRAFFIC);

        tiers = c.tierCount();
        double hbm = tiers > 0 ? c.tierBandwidthBytesPerSecond(0) : Double.POSITIVE_INFINITY;
        memoryBoundBytesPerSecond = hbm * c.get(CostKey.MEMORY_BOUND_EFFICIENCY);
        double capacity = 0;
        for (int i = 0; i < tiers; i++) {
            capacity += c.tierCapacityBytes(i);
        }
        capacityBytes = capacity;
        fastestTierBytes = tiers > 0 ? c.tierCapacityBytes(0) : 0;
        for (int i = 0; i < tierCapacityBytes.length; i++) {
            tierCapacityBytes[i] = i < tiers ? c.tierCapacityBytes(i) : 0;
        }
        secondTierBytesPerSecond = tiers > 1 ? c.tierBandwidthBytesPerSecond(1) : 0;
    }
}
