package dev.walls.kernel.fast;

import dev.walls.spi.kernel.CostKey;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.StackFeature;
import java.util.Arrays;

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
    /** The formats the model trains in (the reference kernel refuses full 32-bit and INT8 training). */
    private static final boolean[] MIXED_PRECISION = new boolean[PRECISIONS];

    static {
        for (Precision p : Precision.values()) {
            MIXED_PRECISION[p.ordinal()] = p != Precision.FP32 && p != Precision.TF32 && p != Precision.INT8;
        }
    }

    // shape, as the reference reads it (doubles) and as its divisibility checks read it (longs)
    double layers;
    double hidden;
    double heads;
    double kvHeads;
    double ffn;
    double ffnMatrices;
    boolean gated;
    double vocab;
    /** 1 when the output layer reuses the embedding, 2 when untied. */
    double embeddingMatrices;
    double sequence;
    double batch;
    double accelerators;
    /** The model trains with dropout: its masks are stored and moved. */
    boolean dropout;
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
    /** Peak present, a format the model trains in and, for the 8-bit formats, the stack trains in FP8. */
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
    /** Stages of unequal length (a shorter last one) when pp does not divide the layers. */
    boolean unevenPipeline;
    boolean sequenceParallel;
    boolean contextParallel;
    boolean distributedOptimizer;
    boolean zero3;
    boolean zero3WithPipeline;
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

    /**
     * Every value {@link #read} took from the table, in the order it took them, and the network levels the
     * collectives read from the table itself, but the accelerator count and the outermost level's size when that
     * level spans the system (as {@link CostTable} builds it): what differs between the tables a search stages for
     * the sizes of one system. Two tables with equal inputs give every term that does not read the accelerator
     * count; no collective's time depends on the outermost level's size then, since every group fits in the system.
     */
    private double[] inputs = new double[128];
    private int inputCount;

    /** Reads a table; called when a thread first sees it. */
    void read(CostTable c) {
        inputCount = 0;
        layers = get(c, CostKey.LAYERS);
        hidden = get(c, CostKey.HIDDEN);
        heads = get(c, CostKey.HEADS);
        kvHeads = get(c, CostKey.KV_HEADS);
        ffn = get(c, CostKey.FFN_HIDDEN);
        ffnMatrices = get(c, CostKey.FFN_MATRICES);
        gated = get(c, CostKey.FFN_GATED) != 0;
        vocab = get(c, CostKey.VOCAB);
        embeddingMatrices = get(c, CostKey.EMBEDDING_MATRICES);
        dropout = get(c, CostKey.DROPOUT) != 0;
        sequence = get(c, CostKey.SEQUENCE_TOKENS);
        batch = get(c, CostKey.GLOBAL_BATCH_SEQUENCES);
        accelerators = c.get(CostKey.ACCELERATORS); // left out of the inputs
        activationBytes = get(c, CostKey.ACTIVATION_BYTES);
        layersCount = (long) layers;
        headsCount = (long) heads;
        kvHeadsCount = (long) kvHeads;
        ffnCount = (long) ffn;
        sequenceCount = (long) sequence;
        batchCount = (long) batch;
        acceleratorCount = (long) accelerators;
        kvWidth = hidden * kvHeads / heads;
        layerParameters = hidden * (hidden + 2 * kvWidth) + hidden * hidden + ffnMatrices * hidden * ffn;

        pipeline = has(c, StackFeature.PIPELINE_PARALLEL);
        interleaved = has(c, StackFeature.INTERLEAVED_PIPELINE);
        unevenPipeline = has(c, StackFeature.UNEVEN_PIPELINE);
        sequenceParallel = has(c, StackFeature.SEQUENCE_PARALLEL);
        contextParallel = has(c, StackFeature.CONTEXT_PARALLEL);
        distributedOptimizer = has(c, StackFeature.DISTRIBUTED_OPTIMIZER);
        zero3 = has(c, StackFeature.ZERO3);
        zero3WithPipeline = has(c, StackFeature.ZERO3_WITH_PIPELINE);
        selectiveRecompute = has(c, StackFeature.SELECTIVE_RECOMPUTE);
        tpCommOverlap = has(c, StackFeature.TP_COMM_OVERLAP);
        flash = has(c, StackFeature.FLASH_ATTENTION);
        boolean fp8Training = has(c, StackFeature.FP8_TRAINING);

        matmulEfficiency = get(c, CostKey.MATMUL_EFFICIENCY);
        double fp8Efficiency = get(c, CostKey.FP8_MATMUL_EFFICIENCY);
        double p16 = Math.max(peak(c, Precision.BF16), peak(c, Precision.FP16));
        double gradientCommunication = get(c, CostKey.GRADIENT_COMMUNICATION_BYTES);
        double parameterGather = get(c, CostKey.PARAMETER_GATHER_BYTES);
        double gradientBuffer = get(c, CostKey.GRADIENT_BYTES_PER_PARAMETER);
        for (int pr = 0; pr < PRECISIONS; pr++) {
            double bytes = BYTES_PER_ELEMENT[pr];
            double peak = peak(c, pr);
            boolean low = bytes < 2;
            peakGemm[pr] = peak;
            lowPrecision[pr] = low;
            // Attention, norms and the output layer stay in 16-bit when the GEMMs run in FP8 (Transformer Engine).
            peak16[pr] = low && p16 > 0 ? p16 : (p16 > 0 && bytes == 2 ? p16 : peak);
            gemmEfficiency[pr] = low && fp8Efficiency > 0 ? fp8Efficiency : matmulEfficiency;
            gradientCommunicationWidth[pr] = pr == FP16 ? Math.min(2, gradientCommunication) : gradientCommunication;
            parameterGatherWidth[pr] = low ? Math.min(bytes, parameterGather) : parameterGather;
            gradientBufferWidth[pr] = pr == FP16 ? Math.min(2, gradientBuffer) : gradientBuffer;
            precisionUsable[pr] = peak > 0 && (pr != FP8 && pr != FP4 || fp8Training) && MIXED_PRECISION[pr];
        }

        double eF = get(c, CostKey.ATTENTION_FORWARD_EFFICIENCY);
        attentionForwardEfficiency = eF > 0 ? eF : matmulEfficiency;
        double eB = get(c, CostKey.ATTENTION_BACKWARD_EFFICIENCY);
        attentionBackwardEfficiency = eB > 0 ? eB : attentionForwardEfficiency;
        double eU = get(c, CostKey.UNFUSED_ATTENTION_EFFICIENCY);
        unfusedAttentionEfficiency = eU > 0 ? eU : matmulEfficiency;
        tileOverheadInner = get(c, CostKey.GEMM_TILE_OVERHEAD_INNER_ELEMENTS);
        tileRows = get(c, CostKey.GEMM_TILE_ROWS);
        tileColumns = get(c, CostKey.GEMM_TILE_COLUMNS);
        concurrentTiles = get(c, CostKey.GEMM_CONCURRENT_TILES);
        waveModel = tileRows > 0 && tileColumns > 0 && concurrentTiles > 0;
        gemmFixedSeconds = get(c, CostKey.GEMM_FIXED_SECONDS);
        lossBytesPerLogit = get(c, CostKey.LOSS_BYTES_PER_LOGIT);
        optimizerTrafficBytesPerParameter = get(c, CostKey.OPTIMIZER_TRAFFIC_BYTES_PER_PARAMETER);
        dataSecondsPerMicrobatch = get(c, CostKey.DATA_SECONDS_PER_MICROBATCH);
        hostSecondsPerStep = get(c, CostKey.HOST_SECONDS_PER_STEP);
        weightBytesPerParameter = get(c, CostKey.WEIGHT_BYTES_PER_PARAMETER);
        optimizerBytesPerParameter = get(c, CostKey.OPTIMIZER_BYTES_PER_PARAMETER);
        fragmentationFraction = get(c, CostKey.FRAGMENTATION_FRACTION);
        runtimeBytesPerRank = get(c, CostKey.RUNTIME_BYTES_PER_RANK);
        dataParallelOverlap = get(c, CostKey.DATA_PARALLEL_OVERLAP) != 0;
        bucketParameters = get(c, CostKey.DATA_PARALLEL_BUCKET_PARAMETERS);
        tpOverlapPenalty = get(c, CostKey.TP_OVERLAP_COMPUTE_PENALTY);
        collectiveOverlapPenalty = get(c, CostKey.COLLECTIVE_OVERLAP_COMPUTE_PENALTY);
        pipelineExposedFraction = get(c, CostKey.PIPELINE_P2P_EXPOSED_FRACTION);
        pipelineBubbleHidingFraction = get(c, CostKey.PIPELINE_BUBBLE_HIDING_FRACTION);
        memoryBoundBackwardTraffic = get(c, CostKey.MEMORY_BOUND_BACKWARD_TRAFFIC);

        tiers = (int) record(c.tierCount());
        double hbm = tiers > 0 ? tierBandwidth(c, 0) : Double.POSITIVE_INFINITY;
        memoryBoundBytesPerSecond = hbm * get(c, CostKey.MEMORY_BOUND_EFFICIENCY);
        double capacity = 0;
        for (int i = 0; i < tiers; i++) {
            capacity += tierCapacity(c, i);
        }
        capacityBytes = capacity;
        fastestTierBytes = tiers > 0 ? tierCapacity(c, 0) : 0;
        for (int i = 0; i < tierCapacityBytes.length; i++) {
            tierCapacityBytes[i] = i < tiers ? tierCapacity(c, i) : 0;
        }
        secondTierBytesPerSecond = tiers > 1 ? tierBandwidth(c, 1) : 0;

        int levels = (int) record(c.levelCount());
        // Shape terms are shared by a system's sizes, but a group's placement reads the size in one way: whether a
        // level's unit holds the whole system (Collectives.membersPerUnit). Sizes on the same side of every unit share.
        int holding = levels;
        for (int i = levels - 1; i >= 0; i--) {
            if (c.levelAccelerators(i) >= accelerators) {
                holding = i;
            }
        }
        record(holding);
        record(c.scaleUpLevel());
        for (int i = 0; i < levels; i++) {
            if (i < levels - 1 || c.levelAccelerators(i) != accelerators) {
                record(c.levelAccelerators(i));
            }
            record(c.levelBandwidthBytesPerSecond(i));
            record(c.levelLatencySeconds(i));
            record(c.levelEfficiency(i));
        }
    }

    /** Whether this table's inputs are the {@code count} values of {@code other}, bit for bit. */
    boolean sameInputs(double[] other, int count) {
        return Arrays.equals(inputs, 0, inputCount, other, 0, count);
    }

    /** Copies the inputs into {@code into} (or a larger array) and returns it; {@link #inputCount()} says how many. */
    double[] copyInputs(double[] into) {
        double[] copy = into.length >= inputCount ? into : new double[inputs.length];
        System.arraycopy(inputs, 0, copy, 0, inputCount);
        return copy;
    }

    int inputCount() {
        return inputCount;
    }

    private double record(double value) {
        if (inputCount == inputs.length) {
            inputs = Arrays.copyOf(inputs, 2 * inputCount);
        }
        inputs[inputCount++] = value;
        return value;
    }

    private double get(CostTable c, CostKey key) {
        return record(c.get(key));
    }

    private boolean has(CostTable c, StackFeature feature) {
        boolean present = c.has(feature);
        record(present ? 1 : 0);
        return present;
    }

    private double peak(CostTable c, Precision precision) {
        return record(c.peakFlopsPerSecond(precision));
    }

    private double peak(CostTable c, int precisionOrdinal) {
        return record(c.peakFlopsPerSecond(precisionOrdinal));
    }

    private double tierBandwidth(CostTable c, int tier) {
        return record(c.tierBandwidthBytesPerSecond(tier));
    }

    private double tierCapacity(CostTable c, int tier) {
        return record(c.tierCapacityBytes(tier));
    }
}
