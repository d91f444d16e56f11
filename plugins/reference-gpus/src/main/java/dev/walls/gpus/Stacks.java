package dev.walls.gpus;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.SoftwareStack;
import dev.walls.spi.system.StackFeature;
import java.util.EnumSet;

/**
 * The training stacks the published runs on the reference systems used.
 *
 * <p>Efficiencies are fractions of peak that a stack's kernels reach on large, well-shaped work; shape effects
 * (tile and wave quantization) are modeled separately by the software wall, so these are the plateau values.
 */
final class Stacks {

    private Stacks() {
    }

    private static final Figure HBM_STREAM = Figure.range(0.60, 0.80, 0.92, Provenance.measured(
            "STREAM triad on H100 SXM reaches 3.07 of 3.35 TB/s (92%) in isolation; fused element-wise kernels of "
                    + "training reach less").withNote("nominal: analyst estimate"));

    /**
     * Megatron-LM as of 2021-22 on A100 (CUDA 11, cuBLAS, NCCL): the stack of Narayanan et al. 2021 and Korthikanti
     * et al. 2022. No flash attention (the s×s scores are materialized), no distributed optimizer, no
     * communication overlap of tensor or data parallelism; DeepSpeed's ZeRO integrated (stage 3 for the ZeRO rows;
     * with it, the search also tries stages 1 and 2).
     */
    static SoftwareStack megatronLm2022() {
        return new SoftwareStack("Megatron-LM 2021-22 (CUDA 11, cuBLAS, NCCL)",
                Figure.range(0.70, 0.77, 0.95, Provenance.estimate(
                        "analyst estimate of the large-K plateau: one 22B layer (t=8, b=4, s=2048) takes 7.7 ms forward and "
                                + "11.9 ms backward on A100 (Korthikanti et al. 2022, Table 4), which with its communication, "
                                + "element-wise work and K = 768-6144 GEMMs leaves ~0.77 at large K; Calculon's A100 table uses "
                                + "0.95 for >=128 GFLOP (hardware-facts N29) as the high end")),
                HBM_STREAM,
                Figure.range(0.70, 0.80, 0.92, Provenance.estimate(
                        "analyst estimate: NCCL ring bus bandwidth on NVSwitch and HDR InfiniBand reaches ~75-90% of "
                                + "the per-direction link rate")),
                EnumSet.of(StackFeature.PIPELINE_PARALLEL, StackFeature.INTERLEAVED_PIPELINE,
                        StackFeature.SEQUENCE_PARALLEL, StackFeature.SELECTIVE_RECOMPUTE, StackFeature.ZERO3));
    }

    /**
     * Megatron-Core / NeMo with Transformer Engine on H100 (CUDA 12, cuDNN fused attention, userbuffers): the stack
     * of the Megatron-LM README (2024), the Nemotron-4 report and NVIDIA's dgxc-benchmarking recipes.
     */
    static SoftwareStack megatronCoreTransformerEngine() {
        return new SoftwareStack("Megatron-Core / NeMo + Transformer Engine (CUDA 12)",
                Figure.range(0.55, 0.66, 0.80, Provenance.estimate(
                        "analyst estimate of the large-K plateau: the 989 TFLOP/s peak assumes a 1.83 GHz clock; at the "
                                + "700 W limit dense bf16 GEMMs sustain ~1.6 GHz (x0.87), and cuBLAS reaches ~75% of that clock's "
                                + "peak at large K (0.87 x 0.76 = 0.66); isolated 8192^3 runs at boost reach ~0.75-0.80 (high end)")),
                HBM_STREAM,
                Figure.range(0.70, 0.80, 0.92, Provenance.estimate(
                        "analyst estimate: NCCL ring bus bandwidth on NVSwitch and NDR InfiniBand reaches ~75-90% of "
                                + "the per-direction link rate")),
                // Megatron-FSDP pairs with tensor, context and expert parallelism, not with a pipeline
                EnumSet.complementOf(EnumSet.of(StackFeature.ZERO3_WITH_PIPELINE)));
    }
}
