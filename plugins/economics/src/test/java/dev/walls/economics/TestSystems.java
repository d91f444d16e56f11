package dev.walls.economics;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.model.WallContext;
import dev.walls.spi.result.MemoryBreakdown;
import dev.walls.spi.result.MemoryPart;
import dev.walls.spi.result.StepBreakdown;
import dev.walls.spi.result.StepPart;
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
import dev.walls.spi.wall.Wall;
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

    static AcceleratorSpec accelerator(String name, double bf16Flops, MemoryKind kind, double memoryBytes, double watts,
                                       double usd, SiliconSpec silicon) {
        return new AcceleratorSpec(name, Map.of(Precision.BF16, f(bf16Flops)),
                List.of(new MemoryTier(kind.id(), kind, f(memoryBytes), f(3e12))), f(watts), f(usd), Optional.ofNullable(silicon));
    }

    static SoftwareStack stack() {
        return new SoftwareStack("test stack", f(0.8), f(0.7), f(0.8), Set.of(StackFeature.PIPELINE_PARALLEL));
    }

    static Level level(String name, int size, Topology topology, double wattsPerUnit, double usdPerUnit) {
        Optional<FabricSpec> fabric = topology == null ? Optional.empty()
                : Optional.of(new FabricSpec(name + " fabric", topology, f(450e9), f(1e-6)));
        return new Level(name, size, fabric, List.of(), f(wattsPerUnit), f(usdPerUnit));
    }

    static AcceleratorSpec h100(double usd) {
        return accelerator("H100 SXM5", 989.4e12, MemoryKind.HBM, 80 * GB, 700, usd,
                new SiliconSpec("TSMC 4N", f(814), 1, "CoWoS-S")).withFamily("H100");
    }

    /** DGX H100-like nodes; the levels carry the given cost and power per node. */
    static SystemSpec dgxH100(int accelerators, double nodeUsd, double nodeWatts) {
        return system("dgx-h100", h100(27_500), List.of(level("node", 8, Topology.SWITCHED, nodeWatts, nodeUsd),
                level("cluster", 0, Topology.FAT_TREE, 0, 0)), accelerators, 8);
    }

    /** GB200 NVL72-like: $35k per B200, racks at ~$0.9 M beyond the GPUs (N21's $3.4 M − 72 × $35k). */
    static SystemSpec gb200(int accelerators) {
        AcceleratorSpec b200 = accelerator("B200", 2.5e15, MemoryKind.HBM, 186 * GB, 1200, 35_000,
                new SiliconSpec("TSMC 4NP", Figure.range(530, 800, 800, TEST), 2, "CoWoS-L"));
        return system("gb200-nvl72", b200, List.of(level("compute tray", 4, null, 900, 0),
                level("NVL72 rack", 72, Topology.SWITCHED, 20_000, 880_000), level("cluster", 0, Topology.RAIL_OPTIMIZED, 0, 0)),
                accelerators, 72);
    }

    /** Dojo-like: the D1 die as accelerator with no price in the spec, 25 per InFO_SoW tile. */
    static SystemSpec dojo(int accelerators, double tileUsd) {
        AcceleratorSpec d1 = accelerator("Tesla D1", 362e12, MemoryKind.SRAM, 442.5e6, 400, 0,
                new SiliconSpec("TSMC N7", f(645), 1, "InFO_SoW")).withFamily("D1");
        return system("dojo-exapod", d1, List.of(level("training tile", 25, Topology.MESH_2D, 5_000, tileUsd),
                level("system tray", 150, Topology.MESH_2D, 0, 0), level("exapod", 0, Topology.SWITCHED, 0, 0)),
                accelerators, 25);
    }

    /** AI5-like: a half-reticle flip-chip SoC with LPDDR, boards of 2. */
    static SystemSpec ai5(int accelerators, double usd) {
        AcceleratorSpec ai5 = accelerator("Tesla AI5", 1.2e15, MemoryKind.DRAM, 144 * GB, 500, usd,
                new SiliconSpec("TSMC N3", f(430), 1, "flip-chip")).withFamily("AI5");
        return system("ai5-cluster", ai5, List.of(level("board", 2, Topology.SWITCHED, 200, 2_000),
                level("cluster", 0, Topology.FAT_TREE, 0, 0)), accelerators, 2);
    }

    static SystemSpec system(String id, AcceleratorSpec accelerator, List<Level> levels, int accelerators, int step) {
        // the largest system: whole units of every level
        int whole = step;
        for (Level l : levels) {
            whole = l.isOpenEnded() ? whole : whole / gcd(whole, l.acceleratorsPerUnit()) * l.acceleratorsPerUnit();
        }
        return new SystemSpec(id, id, "test", accelerator, levels, accelerators, new Scaling(step, step, whole << 12),
                stack(), TEST);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** GPT-3 175B: 300e9 tokens, 2048 × 1536 tokens per step ⇒ 95,367 steps. */
    static Workload gpt3() {
        return new Workload("gpt3-175b", "GPT-3 175B", new ModelShape(96, 12288, 96, 96, 49152, FfnKind.GELU, 51200),
                2048, 1536, 300e9, TEST);
    }

    /** A context whose step takes {@code stepSeconds}, of which {@code idealSeconds} is ideal compute. */
    static WallContext context(SystemSpec system, double idealSeconds, double stepSeconds) {
        return context(system, idealSeconds, stepSeconds, Precision.BF16);
    }

    /** A context as {@link #context(SystemSpec, double, double)} gives, with the layout in {@code precision}. */
    static WallContext context(SystemSpec system, double idealSeconds, double stepSeconds, Precision precision) {
        List<StepPart> parts = stepSeconds > idealSeconds
                ? List.of(new StepPart("lost", Wall.INTERCONNECT, stepSeconds - idealSeconds, "test"))
                : List.of();
        return new WallContext(system, gpt3(), Strategy.DEFAULT.withPrecision(precision).resolve(system.accelerators()),
                new StepBreakdown(idealSeconds, parts), new MemoryBreakdown(List.of(new MemoryPart("weights", 1e9)), 80e9, 80e9));
    }
}
