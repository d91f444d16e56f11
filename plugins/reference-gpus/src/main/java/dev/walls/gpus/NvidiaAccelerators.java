package dev.walls.gpus;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.MemoryKind;
import dev.walls.spi.system.MemoryTier;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.SiliconSpec;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The GPUs of the reference systems, from hardware-facts.md B.1 (dense peaks; NVLink figures halved elsewhere). */
final class NvidiaAccelerators {

    private static final double TERA = 1e12;
    private static final double GIGA = 1e9;
    /**
     * HBM capacities are binary: NVIDIA's "80GB" is five 16 GiB stacks, 85.9e9 bytes (nvidia-smi reports 81,920 MiB
     * on an A100 80GB, 40,960 MiB on the 40GB part; Calculon's system files in the reference use 80 GiB). Read as
     * 80e9 bytes, every H100 and A100 was 7 % smaller than it is.
     */
    private static final double GIBI = 1L << 30;

    private NvidiaAccelerators() {
    }

    static Provenance facts(String ids) {
        return Provenance.vendor("hardware-facts B.1 / " + ids);
    }

    /** A100 SXM4 40GB: 312 TFLOP/s dense 16-bit, 40 GiB HBM2 at 1,555 GB/s, 400 W, TSMC N7, 826 mm², CoWoS-S. */
    static AcceleratorSpec a100Sxm40() {
        return a100("A100 SXM4 40GB", "HBM2", 40 * GIBI, 1555 * GIGA,
                Figure.of(15_000, Provenance.estimate("hardware-facts B.1 / N22")
                        .withNote("~$15k list (2020); the rest of a DGX A100 slot ($199k / 8 = ~$24.9k) is the node's"
                                + " cost, which the system's node level carries, so no range here counts it twice")));
    }

    /** A100 SXM4 80GB: as the 40GB part with 80 GiB HBM2e at 2,039 GB/s. */
    static AcceleratorSpec a100Sxm80() {
        return a100("A100 SXM4 80GB", "HBM2e", 80 * GIBI, 2039 * GIGA,
                Figure.of(15_000, Provenance.estimate("hardware-facts B.1 / N22")
                        .withNote("list price of the 40GB part; the rest of a DGX A100 640GB slot (~$37.5k, 2021) is the"
                                + " node's cost, whose range the system's node level carries")));
    }

    private static AcceleratorSpec a100(String name, String hbm, double capacity, double bandwidth, Figure cost) {
        Map<Precision, Figure> peaks = new EnumMap<>(Precision.class);
        peaks.put(Precision.BF16, Figure.of(312 * TERA, facts("N1, N4")));
        peaks.put(Precision.FP16, Figure.of(312 * TERA, facts("N1, N4")));
        peaks.put(Precision.TF32, Figure.of(156 * TERA, facts("N1, N4")));
        MemoryTier memory = new MemoryTier(hbm, MemoryKind.HBM, Figure.of(capacity, facts("N4, N1")),
                Figure.of(bandwidth, facts("N4, N1")));
        SiliconSpec silicon = new SiliconSpec("TSMC N7", Figure.of(826, facts("N4, N1")), 1, "CoWoS-S");
        return new AcceleratorSpec(name, peaks, List.of(memory), Figure.of(400, facts("N4, N1")), cost,
                Optional.of(silicon), "A100");
    }

    /** H100 SXM5: 989.4 TFLOP/s bf16, 1,978.9 FP8 dense, 80 GiB HBM3 at 3,350 GB/s, 700 W, TSMC 4N, 814 mm². */
    static AcceleratorSpec h100Sxm() {
        Map<Precision, Figure> peaks = new EnumMap<>(Precision.class);
        peaks.put(Precision.BF16, Figure.of(989.4 * TERA, facts("N1, N5")));
        peaks.put(Precision.FP16, Figure.of(989.4 * TERA, facts("N1, N5")));
        peaks.put(Precision.FP8, Figure.of(1978.9 * TERA, facts("N1, N2")));
        peaks.put(Precision.TF32, Figure.of(494.7 * TERA, facts("N1, N2")));
        MemoryTier memory = new MemoryTier("HBM3", MemoryKind.HBM, Figure.of(80 * GIBI, facts("N1, N5")),
                Figure.of(3350 * GIGA, facts("N1, N5")));
        SiliconSpec silicon = new SiliconSpec("TSMC 4N", Figure.of(814, facts("N1")), 1, "CoWoS-S");
        return new AcceleratorSpec("H100 SXM5 80GB", peaks, List.of(memory), Figure.of(700, facts("N1, N5")),
                Figure.range(25_000, 27_500, 30_000, Provenance.estimate("hardware-facts B.1 / N18")
                        .withNote("street price range $25-30k")),
                Optional.of(silicon), "H100");
    }
}
