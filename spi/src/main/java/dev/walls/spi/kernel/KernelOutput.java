package dev.walls.spi.kernel;

/**
 * The layout of a kernel's result: fixed indices into a {@code double[]} of {@link #SIZE}. Times in seconds per
 * optimizer step, memory in bytes per rank (the busiest rank: that of the pipeline stage with the largest footprint,
 * {@link #BUSIEST_STAGE}), FLOPs per step.
 */
public final class KernelOutput {
    /** 1 when the layout is valid for the table (divisibility, precision, features), else 0 and nothing else is set. */
    public static final int VALID = 0;
    /** Model FLOPs of one step at the dense peak of the layout's precision. */
    public static final int IDEAL_SECONDS = 1;
    /** Ideal plus every step component. */
    public static final int STEP_SECONDS = 2;
    /** Model FLOPs of one step (no recompute, causal attention counted once where the kernel skips the mask). */
    public static final int MODEL_FLOPS = 3;
    /** FLOPs executed in one step, recompute included. */
    public static final int HARDWARE_FLOPS = 4;
    /** Microbatches per step per pipeline. */
    public static final int MICROBATCHES = 5;
    /** Footprint of the busiest rank. */
    public static final int MEMORY_BYTES = 6;
    /** What the rank can hold across its memory tiers. */
    public static final int CAPACITY_BYTES = 7;
    /** Capacity of the rank's fastest tier. */
    public static final int FASTEST_TIER_BYTES = 8;
    /** 1 when the footprint fits, else 0. */
    public static final int FITS = 9;
    /** Bytes placed beyond the fastest tier. */
    public static final int SPILLED_BYTES = 10;
    /** Tensor-parallel communication per step, hidden and exposed. */
    public static final int TP_COMMUNICATION_SECONDS = 11;
    /** Context-parallel communication per step, hidden and exposed. */
    public static final int CP_COMMUNICATION_SECONDS = 12;
    /** Pipeline point-to-point communication per step on the busiest rank. */
    public static final int PP_COMMUNICATION_SECONDS = 13;
    /** Data-parallel communication per step (gradients and parameters), hidden and exposed. */
    public static final int DP_COMMUNICATION_SECONDS = 14;
    /** Mean efficiency of the matrix multiplications (ideal GEMM time over modeled GEMM time). */
    public static final int GEMM_EFFICIENCY = 15;
    /** Bubble time over the step's pipelined work. */
    public static final int BUBBLE_FRACTION = 16;
    /** First of {@link #MAX_TIERS} slots: bytes placed in each memory tier, fastest first. */
    public static final int TIER_BYTES = 17;
    /** Tiers reported by {@link #TIER_BYTES}. */
    public static final int MAX_TIERS = 4;
    /** First of the {@link StepComponent} slots. */
    public static final int STEP_PARTS = TIER_BYTES + MAX_TIERS;
    /** First of the {@link MemoryComponent} slots. */
    public static final int MEMORY_PARTS = STEP_PARTS + StepComponent.values().length;
    /**
     * Which pipeline stage the footprint ({@link #MEMORY_BYTES}, the tiers, the memory parts) is: the ordinal of
     * {@code dev.walls.spi.result.PipelineStage}, 0 for the first stage (also the one stage of pp = 1), 1 for the
     * last. After the parts, so that the slots before it keep their places (since SPI 1.6; an older kernel leaves it
     * 0).
     */
    public static final int BUSIEST_STAGE = MEMORY_PARTS + MemoryComponent.values().length;
    /** Length of a result array. */
    public static final int SIZE = BUSIEST_STAGE + 1;

    private KernelOutput() {
    }

    /** Returns the slot of a step component. */
    public static int of(StepComponent c) {
        return STEP_PARTS + c.ordinal();
    }

    /** Returns the slot of a memory component. */
    public static int of(MemoryComponent c) {
        return MEMORY_PARTS + c.ordinal();
    }
}
