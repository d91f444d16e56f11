package dev.walls.hardware.dojo;

import dev.walls.spi.figure.Confidence;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.SoftwareStack;
import dev.walls.spi.system.StackFeature;
import java.util.EnumSet;

/**
 * Tesla's own Dojo compiler stack. A new stack starts below a mature one: no public measurement of what
 * fraction of peak it reaches exists, so its efficiencies sit below the mature CUDA/Megatron stack's with a
 * wide range, and it claims only the strategies that need no published kernel or recipe.
 */
public final class DojoSoftware {

    private DojoSoftware() {
    }

    /** Returns the Dojo software stack. */
    public static SoftwareStack stack() {
        return new SoftwareStack("Tesla Dojo compiler stack (PyTorch front end)",
                efficiency(0.30, 0.55, 0.80, "large GEMMs on a cache-less, compiler-scheduled SRAM machine"),
                efficiency(0.30, 0.60, 0.85, "element-wise and normalization work from node SRAM"),
                efficiency(0.30, 0.60, 0.85, "collectives over the die/tile mesh and the TTPoE Z-plane"),
                features());
    }

    /**
     * Claimed features. Pipeline parallelism maps stages onto neighbouring regions of the mesh, the optimizer
     * state must be sharded across the DIPs' HBM anyway, and selective recompute is a framework choice. Not
     * claimed: FP8 training (CFP8 runs at the BF16 peak on D1, hardware-facts A.1, so it saves bytes but no
     * matrix time, and no FP8 training recipe is published), fused FlashAttention-style kernels,
     * interleaved schedules, sequence/context parallelism, ZeRO-3 and TP overlap: none is published for
     * Dojo, and walls does not assume what the record does not show.
     */
    static EnumSet<StackFeature> features() {
        return EnumSet.of(StackFeature.PIPELINE_PARALLEL, StackFeature.DISTRIBUTED_OPTIMIZER,
                StackFeature.SELECTIVE_RECOMPUTE);
    }

    private static Figure efficiency(double low, double nominal, double high, String what) {
        return Figure.range(low, nominal, high, new Provenance(
                "walls estimate for a new stack (" + what + "): below the mature CUDA/Megatron stack "
                        + "(nominal 0.75-0.80), wide range; hardware-facts A.5 has only Tesla's relative claims",
                Confidence.ANALYST_ESTIMATE, "no public Dojo utilization figure"));
    }
}
