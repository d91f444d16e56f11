package dev.walls.hardware.teslaai;

import dev.walls.spi.figure.Confidence;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.SoftwareStack;
import dev.walls.spi.system.StackFeature;
import java.util.EnumSet;

/**
 * Tesla's training stack for AI5/AI6 in the data center: new, so below the mature CUDA/Megatron stack with a
 * wide range. AI6 is "excellent for inference, at least pretty good for training" (D20).
 */
final class TeslaAiStack {

    private TeslaAiStack() {
    }

    static SoftwareStack stack() {
        return new SoftwareStack("Tesla AI5/AI6 training stack (new)",
                efficiency(0.30, 0.55, 0.80, "large GEMMs on an inference-first design"),
                efficiency(0.30, 0.60, 0.85, "element-wise work from LPDDR-class memory"),
                efficiency(0.30, 0.60, 0.85, "collectives over board links and TTPoE Ethernet"),
                features());
    }

    /**
     * Pipeline parallelism, a sharded optimizer and selective recompute are framework features; fused
     * attention is assumed because AI5 computes softmax natively (T3). FP8 training is not claimed (AI5 has
     * no published FP8 rate), nor are interleaved schedules, sequence/context parallelism, ZeRO-3 or TP
     * overlap.
     */
    static EnumSet<StackFeature> features() {
        return EnumSet.of(StackFeature.PIPELINE_PARALLEL, StackFeature.DISTRIBUTED_OPTIMIZER,
                StackFeature.SELECTIVE_RECOMPUTE, StackFeature.FLASH_ATTENTION);
    }

    private static Figure efficiency(double low, double nominal, double high, String what) {
        return Figure.range(low, nominal, high, new Provenance(
                "walls estimate for a new stack (" + what + "): below the mature CUDA/Megatron stack "
                        + "(nominal 0.75-0.80), wide range; hardware-facts C gives no training utilization",
                Confidence.ANALYST_ESTIMATE, "no public AI5/AI6 training measurement"));
    }
}
