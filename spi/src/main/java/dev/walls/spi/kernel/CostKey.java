package dev.walls.spi.kernel;

/**
 * The scalar entries of a {@link CostTable}, each with its unit in the name and the value a kernel sees when no
 * wall stages it.
 *
 * <p>The defaults are neutral (no loss): a table staged only from the spec describes an ideal software stack, and
 * each wall model refines it with the physics it knows ({@link dev.walls.spi.model.WallModel#stage}). Shape keys
 * (layers, hidden, ...) have no meaningful default and are always written by {@link CostTable#builder}.
 */
public enum CostKey {
    // --- the workload, written from the spec ---
    /** Transformer layers. */
    LAYERS(0),
    /** Model width h. */
    HIDDEN(0),
    /** Query heads. */
    HEADS(0),
    /** Key/value heads (grouped-query attention when fewer than the query heads). */
    KV_HEADS(0),
    /** MLP inner width f. */
    FFN_HIDDEN(0),
    /** Weight matrices of the MLP (2 for gelu/relu2, 3 for swiglu). */
    FFN_MATRICES(0),
    /** 1 when the MLP is gated (swiglu: an extra f-wide elementwise product), else 0. */
    FFN_GATED(0),
    /** Vocabulary size. */
    VOCAB(0),
    /** Vocabulary-by-width matrices of the model: 1 when the output layer reuses the embedding, 2 when untied. */
    EMBEDDING_MATRICES(1),
    /** 1 when the model trains with dropout (its masks are stored and moved), 0 at a dropout rate of zero. */
    DROPOUT(1),
    /** Tokens per sequence. */
    SEQUENCE_TOKENS(0),
    /** Sequences per optimizer step. */
    GLOBAL_BATCH_SEQUENCES(0),

    // --- the system, written from the spec ---
    /** Accelerators of the system. */
    ACCELERATORS(0),
    /** Fraction of the dense peak that large, well-shaped 16-bit GEMMs reach (the stack's matmul efficiency). */
    MATMUL_EFFICIENCY(1),
    /** Fraction of memory bandwidth that element-wise and normalization kernels reach. */
    MEMORY_BOUND_EFFICIENCY(1),
    /** Fraction of link bandwidth that large collectives reach (default for every level). */
    COLLECTIVE_EFFICIENCY(1),

    // --- GEMM shape model (software wall) ---
    /** Fraction of the FP8 dense peak large FP8 GEMMs reach; 0 = same fraction as 16-bit. */
    FP8_MATMUL_EFFICIENCY(0),
    /** Output-tile rows of the GEMM kernels (wave quantization); 0 = no wave model. */
    GEMM_TILE_ROWS(0),
    /** Output-tile columns of the GEMM kernels. */
    GEMM_TILE_COLUMNS(0),
    /** Tiles the accelerator computes concurrently (SMs, cores); 0 = no wave model. */
    GEMM_CONCURRENT_TILES(0),
    /**
     * Inner-dimension elements whose worth of time each output tile spends outside its main loop (pipeline
     * prologue, epilogue): a GEMM with inner dimension K runs at K/(K + this) of its plateau; 0 = none.
     */
    GEMM_TILE_OVERHEAD_INNER_ELEMENTS(0),
    /** Fixed time of one GEMM beyond its FLOPs (launch, prologue, epilogue), in seconds. */
    GEMM_FIXED_SECONDS(0),
    /** Fraction of the 16-bit peak fused (flash) attention reaches in the forward pass; 0 = matmul efficiency. */
    ATTENTION_FORWARD_EFFICIENCY(0),
    /** Fraction of the 16-bit peak fused (flash) attention reaches in the backward pass; 0 = forward's. */
    ATTENTION_BACKWARD_EFFICIENCY(0),
    /** Fraction of the 16-bit peak the batched score/value GEMMs of unfused attention reach; 0 = matmul's. */
    UNFUSED_ATTENTION_EFFICIENCY(0),
    /** Bytes the loss (softmax cross-entropy, forward and backward) moves per logit. */
    LOSS_BYTES_PER_LOGIT(0),
    /** Bytes the memory-bound kernels (norms, activations, residual adds) move backward per byte they move forward. */
    MEMORY_BOUND_BACKWARD_TRAFFIC(1),
    /** Bytes of one activation element (16-bit activations: 2). */
    ACTIVATION_BYTES(2),

    // --- optimizer, data, host (software wall) ---
    /** Bytes the optimizer step reads and writes per parameter it owns. */
    OPTIMIZER_TRAFFIC_BYTES_PER_PARAMETER(0),
    /** Host-side time per microbatch not hidden by the data loader (batch assembly, copy, launch), in seconds. */
    DATA_SECONDS_PER_MICROBATCH(0),
    /** Host-side time per optimizer step (logging, loss reduction, scheduler), in seconds. */
    HOST_SECONDS_PER_STEP(0),

    // --- memory wall ---
    /** Bytes of a weight copy used by the GEMMs, per parameter. */
    WEIGHT_BYTES_PER_PARAMETER(2),
    /** Bytes of the gradient buffers per parameter in bf16/fp8 training (fp32 main gradients: 4); fp16 keeps 2. */
    GRADIENT_BYTES_PER_PARAMETER(2),
    /** Bytes of optimizer state (fp32 master weights and Adam moments: 12), per parameter. */
    OPTIMIZER_BYTES_PER_PARAMETER(12),
    /** Fraction of the footprint added as allocator fragmentation slack. */
    FRAGMENTATION_FRACTION(0),
    /** Bytes per rank held by the runtime (context, library workspaces, communication buffers). */
    RUNTIME_BYTES_PER_RANK(0),

    // --- interconnect wall ---
    /** Bytes per parameter of the gradient reduction in bf16/fp8 training (fp32 reduction: 4); fp16 training reduces 2. */
    GRADIENT_COMMUNICATION_BYTES(2),
    /** Bytes per parameter of the parameter all-gather (FP8 weight copies: 1). */
    PARAMETER_GATHER_BYTES(2),
    /** 1 when the data-parallel gradient reduction and parameter gather overlap compute (bucketed), else 0. */
    DATA_PARALLEL_OVERLAP(0),
    /** Parameters per bucket of the overlapped data-parallel communication (the last bucket is exposed); 0 = one bucket. */
    DATA_PARALLEL_BUCKET_PARAMETERS(0),
    /** Compute slowdown while tensor-parallel communication is overlapped (userbuffers), per hidden second. */
    TP_OVERLAP_COMPUTE_PENALTY(0),
    /**
     * Compute slowdown while NCCL collectives (data-parallel reduction and gathers, ZeRO-3 prefetch) run beneath it,
     * per hidden second: their kernels take SMs and memory bandwidth from the compute they overlap.
     */
    COLLECTIVE_OVERLAP_COMPUTE_PENALTY(0),
    /** Fraction of the pipeline point-to-point time on the critical path. */
    PIPELINE_P2P_EXPOSED_FRACTION(1),
    /**
     * Share of the pipeline bubble a data-parallel collective can hide under on the first stage: the gradient
     * reduction under the drain at the step's end, the parameter gather under the fill at the next step's start.
     */
    PIPELINE_BUBBLE_HIDING_FRACTION(1),

    // --- economics wall ---
    /** What an hour of the whole system costs (depreciation plus energy), per second, in US dollars; 0 = unpriced. */
    SYSTEM_USD_PER_SECOND(0),
    /**
     * The whole system's capital as the economics wall prices it (hardware, facility and any design cost), in US
     * dollars; 0 = unpriced. A comparison sized to a budget sizes by it.
     */
    SYSTEM_CAPITAL_USD(0);

    private final double neutral;

    CostKey(double neutral) {
        this.neutral = neutral;
    }

    /** Returns the value a kernel sees when no wall stages this key. */
    public double neutral() {
        return neutral;
    }
}
