package dev.walls.hardware.blackwell;

import dev.walls.spi.figure.Confidence;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.SoftwareStack;
import dev.walls.spi.system.StackFeature;
import java.util.EnumSet;

/**
 * CUDA with Megatron-Core and Transformer Engine: the mature default path, with every strategy feature but ZeRO-2/3
 * inside a pipeline.
 */
final class CudaMegatronStack {

    private CudaMegatronStack() {
    }

    static SoftwareStack stack() {
        return new SoftwareStack("CUDA + Megatron-Core / Transformer Engine",
                efficiency(0.60, 0.75, 0.90, "large BF16 GEMMs in cuBLAS/cuBLASLt"),
                efficiency(0.70, 0.80, 0.90, "element-wise, normalization and optimizer kernels vs HBM bandwidth"),
                efficiency(0.60, 0.80, 0.90, "NCCL bus bandwidth vs link bandwidth for large messages"),
                // Megatron-FSDP pairs with tensor, context and expert parallelism, not with a pipeline
                EnumSet.complementOf(EnumSet.of(StackFeature.ZERO3_WITH_PIPELINE)));
    }

    private static Figure efficiency(double low, double nominal, double high, String what) {
        return Figure.range(low, nominal, high, new Provenance(
                "walls estimate for a mature stack (" + what + "); end-to-end MFU of 41-56% on Megatron A100 runs "
                        + "(validation KOR22) and the 37.5% median (hardware-facts D.5 / E16) bound it from below",
                Confidence.ANALYST_ESTIMATE, "the physics model refines GEMM efficiency by shape"));
    }
}
