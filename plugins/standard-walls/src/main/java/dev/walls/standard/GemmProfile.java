package dev.walls.standard;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.AcceleratorSpec;
import java.util.List;
import java.util.Objects;

/**
 * What the software wall knows about how one accelerator family runs matrix and attention kernels: how many
 * output tiles it computes at once (for tile and wave quantization), the tile shape of its large GEMM kernels,
 * the fraction of the FP8 peak FP8 GEMMs reach, and the fraction of the 16-bit peak attention kernels reach.
 *
 * @param family             the accelerator family it describes ({@link AcceleratorSpec#family()}), e.g. {@code "H100"};
 *                           empty for the profile of every other accelerator
 * @param concurrentTiles    output tiles computed at once (streaming multiprocessors); 0 = no wave model
 * @param tileRows           rows of the output tile of large GEMM kernels
 * @param tileColumns        columns of the output tile
 * @param tileOverheadInner  inner-dimension elements' worth of time each tile spends in prologue and epilogue
 * @param fp8GemmFraction    fraction of the FP8 dense peak large FP8 GEMMs reach (0: as the stack's matmulEfficiency);
 *                           a stack that states its own ({@code SoftwareStack.fp8MatmulEfficiency}) takes that instead
 * @param flashForward       fraction of the 16-bit peak fused (flash) attention reaches, forward
 * @param flashBackward      fraction of the 16-bit peak fused attention reaches, backward
 * @param unfusedAttention   fraction of the 16-bit peak the batched score/value GEMMs of unfused attention reach
 */
public record GemmProfile(String family, Figure concurrentTiles, Figure tileRows, Figure tileColumns,
                          Figure tileOverheadInner, Figure fp8GemmFraction,
                          Figure flashForward, Figure flashBackward, Figure unfusedAttention) {

    public GemmProfile {
        Objects.requireNonNull(family, "family");
        // tiles and streaming multiprocessors are counted: a fraction of one would quietly change the wave model
        Objects.requireNonNull(concurrentTiles, "concurrentTiles").requireCount("concurrentTiles");
        Objects.requireNonNull(tileRows, "tileRows").requireCount("tileRows");
        Objects.requireNonNull(tileColumns, "tileColumns").requireCount("tileColumns");
        Objects.requireNonNull(tileOverheadInner, "tileOverheadInner");
        Objects.requireNonNull(fp8GemmFraction, "fp8GemmFraction").requireShare("fp8GemmFraction");
        Objects.requireNonNull(flashForward, "flashForward").requireShare("flashForward");
        Objects.requireNonNull(flashBackward, "flashBackward").requireShare("flashBackward");
        Objects.requireNonNull(unfusedAttention, "unfusedAttention").requireShare("unfusedAttention");
        if (concurrentTiles.nominal() > 0 && (tileRows.low() < 1 || tileColumns.low() < 1)) {
            throw new IllegalArgumentException(family + ": a wave model (concurrentTiles > 0) needs tiles of at least "
                    + "1 × 1, got " + tileRows.nominal() + " × " + tileColumns.nominal());
        }
    }

    private static final Figure FA2_A100_FORWARD = Figure.range(0.50, 0.65, 0.73, Provenance.measured(
            "Dao 2023, FlashAttention-2 (arXiv 2307.08691): 50-73% of A100 peak"));
    private static final Figure FA2_A100_BACKWARD = Figure.range(0.40, 0.55, 0.65, Provenance.measured(
            "Dao 2023, FlashAttention-2: backward below forward on A100").withNote("analyst reading of the paper's plots"));
    private static final Figure FUSED_HOPPER = Figure.range(0.35, 0.55, 0.75, Provenance.measured(
            "Shah et al. 2024, FlashAttention-3 (arXiv 2407.08608): FA2 reaches 35% of H100 peak, FA3 75%")
            .withNote("nominal between: cuDNN fused attention of Transformer Engine (2024) is Hopper-specific but not FA3"));
    private static final Figure FUSED_HOPPER_BACKWARD = Figure.range(0.30, 0.45, 0.65, Provenance.measured(
            "Shah et al. 2024, FlashAttention-3: backward reaches less of peak than forward").withNote("analyst estimate"));
    private static final Figure UNFUSED = Figure.range(0.35, 0.5, 0.7, Provenance.estimate(
            "analyst estimate: batched QK^T and AV GEMMs have inner dimension = head dim (64-128) and 2·s² outputs; "
                    + "below large-GEMM efficiency"));
    private static final Figure FP8_HOPPER = Figure.range(0.45, 0.55, 0.82, Provenance.measured(
            "cuBLASLt FP8 E4M3 GEMM 8192^3 on H100 SXM: 1,599-1,630 TFLOP/s (82% of 1,979), single-kernel benchmark "
                    + "(d-robotics test_gpu_scripts report, 2026) as the high end")
            .withNote("nominal: analyst estimate; FP8 tensor cores draw more power per FLOP, so the 700 W limit cuts clocks "
                    + "further than for bf16, and training GEMMs are smaller and carry scaling epilogues"));
    private static final Figure FP8_BLACKWELL = asHopperFp8(Provenance.estimate(
            "analyst estimate: no B200 FP8 GEMM efficiency is published; taken at Hopper's measured fraction of peak")
            .withNote("as the H100 range: cuBLASLt 82% at 8192^3 as the high end"));
    /**
     * A chip of no family: the FP8 fraction measured on the one chip with published FP8 training GEMMs, H100, with its
     * range. Not the stack's matmulEfficiency, which is a fraction of the 16-bit peak: H100, the one chip measured,
     * reaches less of its FP8 peak than of its 16-bit one (0.55 against 0.66), and FP8 steps measure 1.34-1.51x faster
     * than bf16 ones (modeling-notes), where FP8 GEMMs at the 16-bit fraction of a doubled peak would make them ~2x.
     * The software wall also keeps it at or below the stack's matmulEfficiency.
     */
    private static final Figure FP8_GENERIC = asHopperFp8(Provenance.estimate(
            "analyst estimate for a chip of no family: H100's measured FP8 GEMM fraction of the FP8 peak (55 %, "
                    + "45-82 %: cuBLASLt 82 % at 8192^3 as the high end); measured FP8/bf16 step ratios 1.34-1.51x "
                    + "(shared/reference/modeling-notes.md)")
            .withNote("a spec states its own as software.fp8MatmulEfficiency; never above the stack's matmulEfficiency"));

    /** Hopper's measured FP8 fraction, range and all, carried over to a chip with no measurement of its own. */
    private static Figure asHopperFp8(Provenance provenance) {
        return new Figure(FP8_HOPPER.nominal(), FP8_HOPPER.low(), FP8_HOPPER.high(), provenance);
    }
    private static final Figure A100_SMS = Figure.of(108, Provenance.vendor(
            "NVIDIA A100 Tensor Core GPU Architecture whitepaper (2020): 108 SMs"));
    private static final Figure HOPPER_SMS = Figure.of(132, Provenance.vendor(
            "NVIDIA H100 Tensor Core GPU Architecture whitepaper (2022): 132 SMs on H100 SXM5"));
    private static final Figure BLACKWELL_SMS = Figure.of(148, Provenance.estimate(
            "analyst reading of NVIDIA's Blackwell datasheets: 148 SMs enabled on B200"));
    /** 128 × 256 output tiles: the largest CUTLASS/cuBLAS tensor-core tile of 16-bit training GEMMs. */
    private static final Figure TILE_ROWS = Figure.of(128, Provenance.estimate(
            "analyst estimate: CUTLASS 128x256 threadblock tiles (NVIDIA CUTLASS profiler defaults for large bf16 GEMMs)"));
    private static final Figure TILE_COLUMNS = Figure.of(256, TILE_ROWS.provenance());
    private static final Figure NONE = Figure.of(0, Provenance.derived("no such kernel"));
    /**
     * A multistage GEMM kernel fills a pipeline of 3-4 shared-memory stages of k = 64 before its first MMA and
     * drains and writes its tile after the last: about 4 k-steps (256 inner elements) outside the main loop.
     */
    private static final Figure TILE_OVERHEAD = Figure.range(128, 256, 512, Provenance.estimate(
            "analyst estimate: CUTLASS/cuBLAS multistage mainloops with 3-4 stages of k=64 plus the epilogue; "
                    + "NVIDIA Matrix Multiplication Background guide: efficiency grows with K"));

    /** The profiles of the accelerators walls knows, matched in order; the last one matches everything. */
    public static List<GemmProfile> defaults() {
        return List.of(
                new GemmProfile("A100", A100_SMS, TILE_ROWS, TILE_COLUMNS, TILE_OVERHEAD, NONE, FA2_A100_FORWARD, FA2_A100_BACKWARD, UNFUSED),
                new GemmProfile("H100", HOPPER_SMS, TILE_ROWS, TILE_COLUMNS, TILE_OVERHEAD, FP8_HOPPER, FUSED_HOPPER, FUSED_HOPPER_BACKWARD, UNFUSED),
                new GemmProfile("H200", HOPPER_SMS, TILE_ROWS, TILE_COLUMNS, TILE_OVERHEAD, FP8_HOPPER, FUSED_HOPPER, FUSED_HOPPER_BACKWARD, UNFUSED),
                // same kernel shapes as Hopper assumed
                new GemmProfile("B200", BLACKWELL_SMS, TILE_ROWS, TILE_COLUMNS, TILE_OVERHEAD, FP8_BLACKWELL, FUSED_HOPPER, FUSED_HOPPER_BACKWARD, UNFUSED),
                new GemmProfile("B300", BLACKWELL_SMS, TILE_ROWS, TILE_COLUMNS, TILE_OVERHEAD, FP8_BLACKWELL, FUSED_HOPPER, FUSED_HOPPER_BACKWARD, UNFUSED),
                // anything else: no wave model; attention at the stack's matmul efficiency; FP8 GEMMs at the generic
                // fraction of the FP8 peak
                new GemmProfile("", NONE, NONE, NONE, NONE, FP8_GENERIC, NONE, NONE, NONE));
    }

    /**
     * Returns true when this profile describes the accelerator: one of its family, or any accelerator for the
     * profile of no family. Never by its name, which is a label: an "H100-class" chip of a spec is no H100 unless it
     * says {@code family: H100}.
     */
    public boolean describes(AcceleratorSpec accelerator) {
        return family.isEmpty() || accelerator.isOf(family);
    }
}
