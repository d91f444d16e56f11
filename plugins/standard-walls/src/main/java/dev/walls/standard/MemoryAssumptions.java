package dev.walls.standard;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import java.util.Objects;

/**
 * The memory wall's sourced defaults: the bytes of training state per parameter and the slack a real allocator
 * and runtime need.
 *
 * @param weightBytesPerParameter    16-bit weights used by the GEMMs
 * @param gradientBytesPerParameter  gradient buffer (fp32 main gradients in bf16 training)
 * @param optimizerBytesPerParameter fp32 master weights and the two Adam moments
 * @param fragmentationFraction      allocator fragmentation slack, as a fraction of the footprint
 * @param runtimeBytesPerRank        runtime context, library workspaces and communication buffers per rank
 * @param strainedUtilization        a footprint above this fraction of capacity makes the wall STRAINED
 * @param strainedLossFraction       a memory loss above this fraction of the step makes the wall STRAINED
 */
public record MemoryAssumptions(Figure weightBytesPerParameter, Figure gradientBytesPerParameter,
                                Figure optimizerBytesPerParameter, Figure fragmentationFraction,
                                Figure runtimeBytesPerRank, double strainedUtilization, double strainedLossFraction) {

    public MemoryAssumptions {
        Objects.requireNonNull(weightBytesPerParameter, "weightBytesPerParameter");
        Objects.requireNonNull(gradientBytesPerParameter, "gradientBytesPerParameter");
        Objects.requireNonNull(optimizerBytesPerParameter, "optimizerBytesPerParameter");
        Objects.requireNonNull(fragmentationFraction, "fragmentationFraction");
        Objects.requireNonNull(runtimeBytesPerRank, "runtimeBytesPerRank");
    }

    /** The defaults, with their sources. */
    public static MemoryAssumptions defaults() {
        return new MemoryAssumptions(
                Figure.of(2, Provenance.derived("16-bit weights (Rajbhandari et al. 2020, ZeRO, Sec. 3.1)")),
                Figure.of(4, Provenance.derived(
                        "fp32 main gradients: Megatron accumulates and reduces bf16 gradients in fp32")),
                Figure.of(12, Provenance.derived("fp32 master weights and Adam moments: 4+4+4 (ZeRO, Sec. 3.1)")),
                Figure.range(0.05, 0.10, 0.20, Provenance.estimate(
                        "analyst estimate: PyTorch caching-allocator fragmentation in large-model training")),
                Figure.range(1.0e9, 2.5e9, 5.0e9, Provenance.estimate(
                        "analyst estimate: CUDA context, cuBLAS/cuDNN workspaces, NCCL and userbuffer buffers")),
                0.90, 0.10);
    }
}
