package dev.walls.packaging;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.model.WallContext;
import dev.walls.spi.result.MemoryBreakdown;
import dev.walls.spi.result.MemoryPart;
import dev.walls.spi.result.StepBreakdown;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.FabricSpec;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.MemoryKind;
import dev.walls.spi.system.MemoryTier;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.Scaling;
import dev.walls.spi.system.SiliconSpec;
import dev.walls.spi.system.SoftwareStack;
import dev.walls.spi.system.StackFeature;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.system.Topology;
import dev.walls.spi.workload.FfnKind;
import dev.walls.spi.workload.ModelShape;
import dev.walls.spi.workload.Workload;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Systems and contexts built in the tests, from the figures of hardware-facts.md. */
final class TestSystems {

    static final Provenance TEST = Provenance.estimate("test fixture");
    static final double GB = 1e9;

    private TestSystems() {
    }

    static Figure f(double v) {
        return Figure.of(v, TEST);
    }

    static AcceleratorSpec accelerator(String name, double bf16Flops, double hbmBytes, double watts, double usd,
                                       SiliconSpec silicon) {
        List<MemoryTier> memory = hbmBytes > 0
                ? List.of(new MemoryTier("HBM", MemoryKind.HBM, f(hbmBytes), f(3.35e12)))
                : List.of(new MemoryTier("SRAM", MemoryKind.SRAM, f(442.5e6), f(10e12)));
        return new AcceleratorSpec(name, Map.of(Precision.BF16, f(bf16Flops)), memory, f(watts), f(usd),
                Optional.ofNullable(silicon));
    }

    static SoftwareStack stack() {
        return new SoftwareStack("test stack", f(0.8), f(0.7), f(0.8), Set.of(StackFeature.PIPELINE_PARALLEL));
    }

    static Level level(String name, int size, Topology topology, double wattsPerUnit) {
        Optional<FabricSpec> fabric = topology == null ? Optional.empty()
                : Optional.of(new FabricSpec(name + " fabric", topology, f(450e9), f(1e-6)));
        return new Level(name, size, fabric, List.of(), f(wattsPerUnit), f(0));
    }

    /** DGX H100-like: 814 mm² 4N die on CoWoS-S with 80 GB HBM3, 8 per NVLink node, nodes on a fat tree. */
    static SystemSpec dgxH100(int accelerators) {
        AcceleratorSpec h100 = accelerator("H100 SXM5", 989.4e12, 80 * GB, 700, 27_500,
                new SiliconSpec("TSMC 4N", f(814), 1, "CoWoS-S"));
        return new SystemSpec("dgx-h100", "DGX H100", "test", h100,
                List.of(level("node", 8, Topology.SWITCHED, 4_600), level("cluster", 0, Topology.FAT_TREE, 0)),
                accelerators, new Scaling(8, 8, 1 << 20), stack(), TEST);
    }

    /** GB200 NVL72-like: 2 dies per package on CoWoS-L, 4 per tray (no fabric of its own), 72 per NVLink rack. */
    static SystemSpec gb200(int accelerators, double rackWatts) {
        AcceleratorSpec b200 = accelerator("B200", 2.5e15, 186 * GB, 1200, 35_000,
                new SiliconSpec("TSMC 4NP", Figure.range(530, 800, 800, TEST), 2, "CoWoS-L"));
        return new SystemSpec("gb200-nvl72", "GB200 NVL72", "test", b200,
                List.of(level("compute tray", 4, null, 900), level("NVL72 rack", 72, Topology.SWITCHED, rackWatts),
                        level("cluster", 0, Topology.RAIL_OPTIMIZED, 0)),
                accelerators, new Scaling(72, 72, 72 << 14), stack(), TEST);
    }

    /** Dojo-like: the 645 mm² N7 D1 die is the accelerator, 25 per InFO_SoW tile with 5 kW of VRMs. */
    static SystemSpec dojo(int accelerators) {
        AcceleratorSpec d1 = accelerator("Tesla D1", 362e12, 0, 400, 0,
                new SiliconSpec("TSMC 7 nm (N7)", f(645), 1, "InFO_SoW"));
        return new SystemSpec("dojo-exapod", "Dojo", "test", d1,
                List.of(level("training tile", 25, Topology.MESH_2D, 5_000), level("system tray", 150, Topology.MESH_2D, 0),
                        level("cabinet", 300, Topology.MESH_2D, 0), level("exapod", 0, Topology.SWITCHED, 0)),
                accelerators, new Scaling(25, 25, 300 << 12), stack(), TEST);
    }

    /** One accelerator of the given die on flip-chip, alone. */
    static SystemSpec single(double dieAreaMm2, double watts, String node) {
        AcceleratorSpec chip = accelerator("test chip", 1e15, 0, watts, 1_000,
                new SiliconSpec(node, f(dieAreaMm2), 1, "flip-chip BGA"));
        return new SystemSpec("single", "single", "test", chip, List.of(), 1, Scaling.fixed(1), stack(), TEST);
    }

    /** Llama 3 405B (126 layers, h 16384, 128 heads / 8 KV, f 53248 swiglu, vocab 128256). */
    static Workload llama405b() {
        return new Workload("llama3-405b", "Llama 3 405B", new ModelShape(126, 16384, 128, 8, 53248, FfnKind.SWIGLU, 128256),
                8192, 2048, 15.6e12, TEST);
    }

    static WallContext context(SystemSpec system, Workload workload, Strategy strategy, double stepSeconds) {
        StepBreakdown step = new StepBreakdown(stepSeconds, List.of());
        MemoryBreakdown memory = new MemoryBreakdown(List.of(new MemoryPart("weights", 1e9)), 80e9, 80e9);
        return new WallContext(system, workload, strategy.resolve(system.accelerators()), step, memory);
    }

    static WallContext context(SystemSpec system, double stepSeconds) {
        return context(system, llama405b(), Strategy.DEFAULT, stepSeconds);
    }
}
