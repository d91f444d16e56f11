package dev.walls.standard;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import java.util.Objects;

/**
 * The interconnect wall's sourced defaults.
 *
 * @param gradientCommunicationBytes    bytes per parameter of the gradient reduction in bf16 training
 * @param parameterGatherBytes          bytes per parameter of the distributed optimizer's parameter all-gather
 * @param bucketParameters              parameters per overlapped data-parallel bucket
 * @param tpOverlapComputePenalty       compute slowdown while TP communication is overlapped, per hidden second
 * @param pipelineP2pExposedFraction    fraction of pipeline send/receive time on the critical path
 * @param strainedLossFraction          an interconnect loss above this fraction of the step makes the wall STRAINED
 */
public record InterconnectAssumptions(Figure gradientCommunicationBytes, Figure parameterGatherBytes,
                                      Figure bucketParameters, Figure tpOverlapComputePenalty,
                                      Figure pipelineP2pExposedFraction, double strainedLossFraction) {

    public InterconnectAssumptions {
        Objects.requireNonNull(gradientCommunicationBytes, "gradientCommunicationBytes");
        Objects.requireNonNull(parameterGatherBytes, "parameterGatherBytes");
        Objects.requireNonNull(bucketParameters, "bucketParameters");
        Objects.requireNonNull(tpOverlapComputePenalty, "tpOverlapComputePenalty");
        Objects.requireNonNull(pipelineP2pExposedFraction, "pipelineP2pExposedFraction");
    }

    /** The defaults, with their sources. */
    public static InterconnectAssumptions defaults() {
        return new InterconnectAssumptions(
                Figure.of(4, Provenance.derived("bf16 gradients are reduced in fp32 (Megatron-LM accumulate-allreduce-grads-in-fp32)")),
                Figure.of(2, Provenance.derived("16-bit parameters gathered after the sharded optimizer step")),
                Figure.of(40e6, Provenance.vendor("Megatron-Core distributed data parallel: default bucket of 40M parameters")),
                Figure.range(0.05, 0.15, 0.30, Provenance.estimate(
                        "analyst estimate: Transformer Engine userbuffers give reduce-scatter overlap 16-24 of 132 H100 SMs, "
                                + "slowing the GEMM beneath by about that share")),
                Figure.range(0.5, 1.0, 1.0, Provenance.estimate(
                        "analyst estimate: 1F1B send/receive sits between a stage's forward and backward")),
                0.10);
    }
}
