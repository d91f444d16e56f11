package dev.walls.gpus;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.FabricSpec;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.LevelKind;
import dev.walls.spi.system.Scaling;
import dev.walls.spi.system.SoftwareStack;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.system.Topology;
import java.util.List;
import java.util.Optional;

/**
 * DGX-style clusters: 8-GPU nodes on an NVSwitch fabric, one scale-out NIC per GPU on a fat tree. Resizable in
 * whole nodes with {@link SystemSpec#withAccelerators(int)}.
 */
final class DgxSystems {

    private static final double GIGA = 1e9;
    /** Share of a cluster's cost spent on its scale-out network (hardware-facts D.5 / E16, analyst estimate). */
    private static final double INTERCONNECT_SHARE = 0.19;
    /** Largest size described: a 64-SU DGX SuperPOD of 32-node units (hardware-facts B.3 / N14). */
    static final int MAX_ACCELERATORS = 16_384;
    /** Default size: one 32-node scalable unit (hardware-facts B.3 / N14). */
    static final int DEFAULT_ACCELERATORS = 256;

    private DgxSystems() {
    }

    static Figure nvSwitchLatency() {
        return Figure.range(1e-6, 2e-6, 5e-6, Provenance.estimate(
                "analyst estimate: NVLink hop ~1-2 us, plus NCCL per-step synchronization"));
    }

    static Figure infinibandLatency() {
        return Figure.range(2e-6, 5e-6, 10e-6, Provenance.estimate(
                "analyst estimate: InfiniBand/RoCE end-to-end ~1-5 us through a fat tree, plus NCCL per-step overhead"));
    }

    static SystemSpec dgxA100(String id, String name, AcceleratorSpec gpu, Figure nodeCostBeyondGpus) {
        FabricSpec nvlink = new FabricSpec("NVLink3 + NVSwitch", Topology.SWITCHED,
                Figure.of(300 * GIGA, Provenance.vendor("hardware-facts B.1 / N4, N1")
                        .withNote("600 GB/s bidirectional per GPU, halved per direction")),
                nvSwitchLatency());
        FabricSpec infiniband = new FabricSpec("HDR InfiniBand 200 Gb/s per GPU, fat tree", Topology.FAT_TREE,
                Figure.of(25 * GIGA, Provenance.vendor("hardware-facts B.3 / N29; validation README (Selene)")
                        .withNote("8x 200 Gb/s HDR HCAs per node, one per GPU")),
                infinibandLatency());
        Level node = new Level("node", 8, Optional.of(nvlink), List.of(),
                Figure.of(3296, Provenance.derived("hardware-facts D.5 / E16: A100 chip-to-server power x2.03 -> "
                        + "8 x 400 W x 2.03 = 6,496 W per node, minus 3,200 W of GPUs")),
                nodeCostBeyondGpus, LevelKind.OTHER, Optional.empty());
        Level cluster = new Level("cluster", 0, Optional.of(infiniband), List.of(),
                Figure.of(0, Provenance.derived("switch power counted in the node overhead")),
                networkCostPerGpu(gpu, nodeCostBeyondGpus), LevelKind.OTHER, Optional.empty());
        return system(id, name, "DGX A100 nodes (8x " + gpu.name() + ", NVLink3 + NVSwitch) on HDR InfiniBand, "
                + "as NVIDIA Selene ran the Megatron-LM papers", gpu, List.of(node, cluster), Stacks.megatronLm2022());
    }

    static SystemSpec dgxH100(String id, String name, String description, FabricSpec scaleOut, SoftwareStack stack,
                              Figure nodeCostBeyondGpus) {
        AcceleratorSpec gpu = NvidiaAccelerators.h100Sxm();
        FabricSpec nvlink = new FabricSpec("NVLink4 + NVSwitch", Topology.SWITCHED,
                Figure.of(450 * GIGA, Provenance.vendor("hardware-facts B.1 / N1, N5")
                        .withNote("900 GB/s bidirectional per GPU, halved per direction")),
                nvSwitchLatency());
        Level node = new Level("node", 8, Optional.of(nvlink), List.of(),
                Figure.of(4600, Provenance.derived("hardware-facts B.3: DGX H100 10.2 kW max, minus 8 x 700 W of GPUs")),
                nodeCostBeyondGpus, LevelKind.OTHER, Optional.empty());
        Level cluster = new Level("cluster", 0, Optional.of(scaleOut), List.of(),
                Figure.of(0, Provenance.derived("switch power counted in the node overhead")),
                networkCostPerGpu(gpu, nodeCostBeyondGpus), LevelKind.OTHER, Optional.empty());
        return system(id, name, description, gpu, List.of(node, cluster), stack);
    }

    /**
     * The scale-out network (switches, optics, cables) per GPU. A DGX's price holds its NICs but no fabric, and Epoch
     * puts the cluster interconnect at 19 % of a cluster's cost, so it is 0.19 / 0.81 of the GPUs and nodes it joins
     * (the share the economics wall's default path applies to merchant GPUs too).
     */
    static Figure networkCostPerGpu(AcceleratorSpec gpu, Figure nodeCostBeyondGpus) {
        double share = INTERCONNECT_SHARE / (1 - INTERCONNECT_SHARE);
        Figure gpuCost = gpu.costUsd();
        return Figure.range(share * (gpuCost.low() + nodeCostBeyondGpus.low() / 8),
                share * (gpuCost.nominal() + nodeCostBeyondGpus.nominal() / 8),
                share * (gpuCost.high() + nodeCostBeyondGpus.high() / 8),
                Provenance.derived("hardware-facts D.5 / E16: the cluster interconnect is 19 % of cluster cost, so "
                        + "0.19 / 0.81 of each GPU and its share of the node; the DGX price holds NICs, not the fabric"));
    }

    private static SystemSpec system(String id, String name, String description, AcceleratorSpec gpu,
                                     List<Level> levels, SoftwareStack stack) {
        return new SystemSpec(id, name, description, gpu, levels, DEFAULT_ACCELERATORS,
                new Scaling(8, 8, MAX_ACCELERATORS), stack,
                Provenance.vendor("hardware-facts B.1, B.3; NVIDIA DGX SuperPOD reference architecture (N14)"));
    }
}
