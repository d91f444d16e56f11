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
 * @param collectiveOverlapComputePenalty compute slowdown while NCCL collectives overlap it, per hidden second
 * @param pipelineP2pExposedFraction    fraction of pipeline send/receive time on the critical path
 * @param pipelineBubbleHidingFraction  share of the pipeline bubble a data-parallel collective hides under
 * @param switchedEfficiency            fraction of per-direction link bandwidth NCCL rings reach on a switched
 *                                      scale-up fabric (NVLink + NVSwitch)
 * @param scaleOutEfficiency            fraction of per-direction NIC bandwidth rings reach on a fat tree or
 *                                      rail-optimized scale-out fabric
 * @param strainedLossFraction          an interconnect loss above this fraction of the step makes the wall STRAINED:
 *                                      walls' policy, not a fact (10 %: more than a well-tuned run loses to it)
 */
public record InterconnectAssumptions(Figure gradientCommunicationBytes, Figure parameterGatherBytes,
                                      Figure bucketParameters, Figure tpOverlapComputePenalty,
                                      Figure collectiveOverlapComputePenalty, Figure pipelineP2pExposedFraction,
                                      Figure pipelineBubbleHidingFraction, Figure switchedEfficiency,
                                      Figure scaleOutEfficiency, double strainedLossFraction) {

    public InterconnectAssumptions {
        Objects.requireNonNull(gradientCommunicationBytes, "gradientCommunicationBytes");
        Objects.requireNonNull(parameterGatherBytes, "parameterGatherBytes");
        Objects.requireNonNull(bucketParameters, "bucketParameters");
        Objects.requireNonNull(tpOverlapComputePenalty, "tpOverlapComputePenalty");
        Objects.requireNonNull(collectiveOverlapComputePenalty, "collectiveOverlapComputePenalty");
        Objects.requireNonNull(pipelineP2pExposedFraction, "pipelineP2pExposedFraction")
                .requireShare("pipelineP2pExposedFraction");
        Objects.requireNonNull(pipelineBubbleHidingFraction, "pipelineBubbleHidingFraction")
                .requireShare("pipelineBubbleHidingFraction");
        Objects.requireNonNull(switchedEfficiency, "switchedEfficiency").requireFraction("switchedEfficiency");
        Objects.requireNonNull(scaleOutEfficiency, "scaleOutEfficiency").requireFraction("scaleOutEfficiency");
    }

    /** The defaults, with their sources. */
    public static InterconnectAssumptions defaults() {
        return new InterconnectAssumptions(
                Figure.range(2, 4, 4, Provenance.derived("bf16 gradients are reduced in fp32 (Megatron-LM accumulate-allreduce-grads-in-fp32; "
                        + "NeMo's distributed Adam syncs fp32 buckets); a bf16 reduction moves 2 (low end)")),
                Figure.of(2, Provenance.derived("16-bit parameters gathered after the sharded optimizer step")),
                Figure.of(40e6, Provenance.vendor("Megatron-Core distributed data parallel: default bucket of 40M parameters")),
                Figure.range(0.05, 0.15, 0.30, Provenance.estimate(
                        "analyst estimate: Transformer Engine userbuffers give reduce-scatter overlap 16-24 of 132 H100 SMs, "
                                + "slowing the GEMM beneath by about that share")),
                Figure.range(0.3, 0.5, 0.7, Provenance.estimate(
                        "analyst estimate: NCCL ring kernels occupy 8-32 SMs and stream every byte through HBM "
                                + "(reductions read and write it), so a GEMM running beneath slows by a large share of the "
                                + "collective's duration")),
                Figure.range(0.5, 1.0, 1.0, Provenance.estimate(
                        "analyst estimate: 1F1B send/receive sits between a stage's forward and backward")),
                Figure.range(0, 0.5, 0.5, Provenance.derived(
                        "1F1B schedule (Narayanan et al. 2021, Sec. 2.2): the bubble splits evenly into the fill at the "
                                + "step's start and the drain at its end; the gradient reduction can hide only under the "
                                + "drain, the next parameter gather only under the fill").withNote(
                        "low end: collectives that start only after the last backward")),
                Figure.range(0.70, 0.78, 0.85, Provenance.measured(
                        "nccl-tests all_reduce bus bandwidth inside a DGX: ~230-240 of 300 GB/s (A100), ~360-370 of 450 GB/s "
                                + "(H100)").withNote("analyst reading of commonly published nccl-tests runs")),
                Figure.range(0.80, 0.92, 0.96, Provenance.measured(
                        "nccl-tests all_reduce bus bandwidth across DGX nodes with one NIC per GPU: ~185 of 200 GB/s per "
                                + "node (8x HDR)").withNote("analyst reading of commonly published nccl-tests runs")),
                0.10);
    }
}
