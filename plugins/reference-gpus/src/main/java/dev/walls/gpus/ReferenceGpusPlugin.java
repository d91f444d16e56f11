package dev.walls.gpus;

import dev.walls.spi.SpiVersion;
import dev.walls.spi.WallsPlugin;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.FabricSpec;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.system.Topology;
import java.util.List;

/**
 * Reference NVIDIA GPU systems that published training runs used: {@code dgx-a100-80gb}, {@code dgx-a100-40gb},
 * {@code dgx-h100} and {@code meta-h100-roce}. Each is a cluster of 8-GPU nodes, 256 GPUs by default, resizable in
 * whole nodes up to 16,384 GPUs.
 */
public final class ReferenceGpusPlugin implements WallsPlugin {

    private static final double GIGA = 1e9;

    @Override
    public String id() {
        return "reference-gpus";
    }

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public String description() {
        return "DGX A100 (40/80 GB), DGX H100 and Meta's H100 RoCE cluster, with the stacks their published runs used";
    }

    @Override
    public List<SystemSpec> systems() {
        return List.of(dgxA100With80GB(), dgxA100With40GB(), dgxH100(), metaH100Roce());
    }

    /** DGX A100 640GB nodes on HDR InfiniBand (NVIDIA Selene), Megatron-LM 2021-22. */
    public static SystemSpec dgxA100With80GB() {
        return DgxSystems.dgxA100("dgx-a100-80gb", "NVIDIA DGX A100 640GB cluster", NvidiaAccelerators.a100Sxm80(),
                Figure.range(79_000, 180_000, 180_000, Provenance.estimate("hardware-facts B.1 / N22")
                        .withNote("DGX A100 640GB at ~8 x $37.5k = $300k minus 8 GPUs at $15k list; low end: the 40GB "
                                + "system's $199k minus GPUs")));
    }

    /** DGX A100 320GB nodes on HDR InfiniBand, Megatron-LM 2021-22. */
    public static SystemSpec dgxA100With40GB() {
        return DgxSystems.dgxA100("dgx-a100-40gb", "NVIDIA DGX A100 320GB cluster", NvidiaAccelerators.a100Sxm40(),
                Figure.of(79_000, Provenance.derived("hardware-facts B.1 / N22: DGX A100 $199k minus 8 x $15k list")));
    }

    /** DGX H100 nodes on NDR InfiniBand (400 Gb/s per GPU), Megatron-Core / NeMo with Transformer Engine. */
    public static SystemSpec dgxH100() {
        FabricSpec ndr = new FabricSpec("NDR InfiniBand 400 Gb/s per GPU, rail-optimized fat tree", Topology.RAIL_OPTIMIZED,
                Figure.of(50 * GIGA, Provenance.vendor("hardware-facts B.3: 8x 400 Gb/s ConnectX-7 per DGX H100 node")),
                DgxSystems.infinibandLatency());
        return DgxSystems.dgxH100("dgx-h100", "NVIDIA DGX H100 cluster",
                "DGX H100 nodes (8x H100 SXM5 80GB, NVLink4 + NVSwitch) on NDR InfiniBand, as in the DGX SuperPOD "
                        + "reference architecture (EOS)", ndr, Stacks.megatronCoreTransformerEngine(),
                Figure.range(30_000, 50_000, 70_000, Provenance.estimate("hardware-facts B.1 / N22, N18")
                        .withNote("DGX H100 ~$270k minus 8 GPUs at $25-30k")));
    }

    /**
     * Meta's H100 cluster on RoCE (Grand Teton nodes, 400 Gb/s RoCE per GPU). The facts file has no Meta-specific
     * figures: node and network figures are the DGX H100's, the RoCE fabric's efficiency and latency carry wider
     * ranges as analyst estimates.
     */
    public static SystemSpec metaH100Roce() {
        FabricSpec roce = new FabricSpec("RoCE 400 Gb/s per GPU, rail-optimized Clos", Topology.RAIL_OPTIMIZED,
                Figure.range(40 * GIGA, 50 * GIGA, 50 * GIGA, Provenance.estimate(
                        "analyst estimate: 400 Gb/s RoCE per GPU (Meta's 24k-GPU cluster); hardware-facts B.3 gives 400 Gb/s "
                                + "per H100 for InfiniBand/400GbE")
                        .withNote("low end: Ethernet congestion control below line rate")),
                Figure.range(3e-6, 6e-6, 15e-6, Provenance.estimate("analyst estimate: RoCE through a 3-tier Clos")));
        return DgxSystems.dgxH100("meta-h100-roce", "Meta H100 RoCE cluster",
                "Meta's H100 training cluster: 8x H100 SXM5 per node with NVLink4, 400 Gb/s RoCE per GPU (the fabric "
                        + "Llama 3 trained on); node figures as DGX H100", roce, Stacks.megatronCoreTransformerEngine(),
                Figure.range(30_000, 50_000, 70_000, Provenance.estimate("analyst estimate: as a DGX H100 node")));
    }
}
