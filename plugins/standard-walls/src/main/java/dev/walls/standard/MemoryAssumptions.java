package dev.walls.standard;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import java.util.Objects;

/**
 * The memory wall's sourced defaults: the bytes of training state per parameter and the slack a real allocator
 * and runtime need.
 *
 * @param weightBytesPerParameter    16-bit weights used by the GEMMs
 * @param gradientBytesPerParameter  gradient buffers per parameter
 * @param optimizerBytesPerParameter master weights and the two Adam moments per parameter, before sharding
 * @param fragmentationFraction      allocator fragmentation slack, as a fraction of the footprint
 * @param runtimeBytesPerRank        runtime context, library workspaces and communication buffers per rank
 * @param runtimeReferenceRankBytes  the rank capacity {@code runtimeBytesPerRank} was estimated on; a smaller rank
 *                                   reserves proportionally less
 * @param strainedUtilization        a footprint above this fraction of capacity makes the wall STRAINED: walls'
 *                                   policy, not a fact (90 %: less than the allocator's own slack is left)
 * @param strainedLossFraction       a memory loss above this fraction of the step makes the wall STRAINED: policy
 *                                   (10 %, as for the interconnect)
 */
public record MemoryAssumptions(Figure weightBytesPerParameter, Figure gradientBytesPerParameter,
                                Figure optimizerBytesPerParameter, Figure fragmentationFraction,
                                Figure runtimeBytesPerRank, Figure runtimeReferenceRankBytes,
                                double strainedUtilization, double strainedLossFraction) {

    public MemoryAssumptions {
        Objects.requireNonNull(weightBytesPerParameter, "weightBytesPerParameter");
        Objects.requireNonNull(gradientBytesPerParameter, "gradientBytesPerParameter");
        Objects.requireNonNull(optimizerBytesPerParameter, "optimizerBytesPerParameter");
        Objects.requireNonNull(fragmentationFraction, "fragmentationFraction").requireShare("fragmentationFraction");
        Objects.requireNonNull(runtimeBytesPerRank, "runtimeBytesPerRank");
        Objects.requireNonNull(runtimeReferenceRankBytes, "runtimeReferenceRankBytes").requirePositive("runtimeReferenceRankBytes");
    }

    /** The defaults, with their sources. */
    public static MemoryAssumptions defaults() {
        return new MemoryAssumptions(
                Figure.of(2, Provenance.derived("16-bit weights (Rajbhandari et al. 2020, ZeRO, Sec. 3.1); FP8 training "
                        + "keeps FP8 weights and their transposes, also 2 bytes")),
                Figure.range(2, 2, 4, Provenance.derived(
                        "gradients in the parameters' 16-bit dtype, fp32 only in the buckets being reduced (Apex "
                                + "DistributedFusedAdam as NeMo uses it); Megatron-LM's full fp32 main gradients: 4 (high end)")),
                Figure.range(10, 10, 12, Provenance.derived(
                        "fp32 Adam moments (4+4) and the 16-bit remainders of the fp32 master weights (2) (Apex "
                                + "DistributedFusedAdam store_param_remainders); full fp32 masters: 12 (ZeRO, Sec. 3.1)")),
                Figure.range(0.0, 0.05, 0.15, Provenance.estimate(
                        "analyst estimate: PyTorch caching-allocator fragmentation slack in large-model training")),
                Figure.range(1.0e9, 2.5e9, 5.0e9, Provenance.estimate(
                        "analyst estimate: CUDA context, cuBLAS/cuDNN workspaces, NCCL and userbuffer buffers")),
                Figure.of(80e9, Provenance.vendor("A100 80GB and H100 SXM5: 80 GB of HBM per GPU, the ranks the runtime "
                        + "reserve above is estimated on")),
                0.90, 0.10);
    }
}
