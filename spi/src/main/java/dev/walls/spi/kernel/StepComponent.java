package dev.walls.spi.kernel;

import dev.walls.spi.wall.Wall;

/**
 * The fixed parts of a training step beyond ideal compute that a kernel reports, each charged to the wall that
 * causes it. Their order is the order of the parts in a {@link dev.walls.spi.result.StepBreakdown}.
 */
public enum StepComponent {
    /** Matrix multiplications below peak: the stack's efficiency, tile and wave quantization, fixed costs. */
    GEMM_EFFICIENCY("gemm-efficiency", Wall.SOFTWARE,
            "matrix multiplications below dense peak (stack efficiency, tile/wave quantization, launch)"),
    /** The attention core (scores, softmax, values) beyond its share of peak. */
    ATTENTION_KERNELS("attention-kernels", Wall.SOFTWARE,
            "attention scores and values beyond peak (fused flash kernels or unfused batched GEMMs)"),
    /** Norms, activations, dropout, residual adds, unfused softmax, cross-entropy at the stack's memory bandwidth. */
    MEMORY_BOUND_KERNELS("memory-bound-kernels", Wall.SOFTWARE,
            "norms, activation functions, dropout, residual adds, softmax, cross-entropy at the fastest memory tier's bandwidth"),
    /** FP8 casts, transposes and scaling that 16-bit training does not need. */
    FP8_CONVERSIONS("fp8-conversions", Wall.SOFTWARE, "FP8 casts, transposes and amax bookkeeping"),
    /**
     * The busiest rank's work beyond the average rank's: the output layer and loss it also runs, and with uneven
     * stages the layers a full stage holds beyond the average.
     */
    PIPELINE_IMBALANCE("pipeline-imbalance", Wall.SOFTWARE,
            "the busiest rank's work beyond the average: the logits and the loss, and a full stage's extra layers when "
                    + "stages are uneven"),
    /** Pipeline fill and drain: (p-1)/(m·v) of the pipelined work. */
    PIPELINE_BUBBLE("pipeline-bubble", Wall.SOFTWARE, "pipeline fill and drain, (p-1)/(m·v) of the pipelined work"),
    /** The optimizer step over the parameters a rank owns, memory-bound. */
    OPTIMIZER_STEP("optimizer-step", Wall.SOFTWARE, "Adam update over the rank's parameter shard, memory-bound"),
    /** Data loading and host work not hidden behind the accelerators. */
    DATA_AND_HOST("data-and-host", Wall.SOFTWARE, "batch assembly, host-to-device copies, launches, logging"),
    /** The extra forward work of activation recomputation. */
    RECOMPUTE("recompute", Wall.MEMORY, "activation recomputation, traded for activation memory"),
    /** Streaming state that spills out of the fastest tier. */
    TIER_STREAMING("tier-streaming", Wall.MEMORY, "state spilled to a slower memory tier, streamed each step"),
    /** Tensor-parallel collectives on the critical path. */
    TP_COMMUNICATION("tp-communication", Wall.INTERCONNECT, "tensor-parallel all-reduce / reduce-scatter + all-gather not hidden"),
    /** Compute slowed while tensor-parallel communication runs beneath it. */
    TP_OVERLAP_PENALTY("tp-overlap-penalty", Wall.INTERCONNECT, "compute slowed by overlapped tensor-parallel communication"),
    /** Context-parallel key/value ring exchange not hidden. */
    CP_COMMUNICATION("cp-communication", Wall.INTERCONNECT, "context-parallel key/value exchange not hidden"),
    /** Pipeline point-to-point transfers on the critical path. */
    PP_COMMUNICATION("pp-communication", Wall.INTERCONNECT, "pipeline send/receive of activations and gradients"),
    /** Data-parallel gradient reduction not hidden behind backward. */
    DP_GRADIENT_REDUCTION("dp-gradient-reduction", Wall.INTERCONNECT, "data-parallel gradient reduction not hidden"),
    /** Data-parallel parameter all-gather (distributed optimizer, ZeRO-3) not hidden behind forward. */
    DP_PARAMETER_GATHER("dp-parameter-gather", Wall.INTERCONNECT, "data-parallel parameter all-gather not hidden");

    private final String key;
    private final Wall wall;
    private final String description;

    StepComponent(String key, Wall wall, String description) {
        this.key = key;
        this.wall = wall;
        this.description = description;
    }

    /** Returns the stable key used as the step part's name. */
    public String key() {
        return key;
    }

    /** Returns the wall this part is charged to. */
    public Wall wall() {
        return wall;
    }

    /** Returns what the part is, in a phrase. */
    public String description() {
        return description;
    }
}
