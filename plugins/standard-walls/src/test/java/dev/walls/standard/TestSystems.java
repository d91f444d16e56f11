package dev.walls.standard;

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
import dev.walls.spi.system.SoftwareStack;
import dev.walls.spi.system.StackFeature;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.system.Topology;
import dev.walls.spi.workload.FfnKind;
import dev.walls.spi.workload.ModelShape;
import dev.walls.spi.workload.Workload;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Fixtures for the wall models' tests. */
final class TestSystems {

    private TestSystems() {
    }

    static SystemSpec system(String acceleratorName, Set<StackFeature> features) {
        return system(acceleratorName, "", features);
    }

    static SystemSpec system(String acceleratorName, String family, Set<StackFeature> features) {
        Provenance p = Provenance.estimate("test fixture");
        Map<Precision, Figure> peaks = new EnumMap<>(Precision.class);
        peaks.put(Precision.BF16, Figure.of(1e15, p));
        AcceleratorSpec acc = new AcceleratorSpec(acceleratorName, peaks,
                List.of(new MemoryTier("HBM", MemoryKind.HBM, Figure.of(80e9, p), Figure.of(3e12, p))),
                Figure.of(700, p), Figure.of(1, p), Optional.empty(), family);
        Level node = new Level("node", 8, Optional.of(new FabricSpec("nvswitch", Topology.SWITCHED,
                Figure.of(450e9, p), Figure.of(2e-6, p))),
                List.of(new MemoryTier("LPDDR", MemoryKind.DRAM, Figure.of(960e9, p), Figure.of(1e12, p))),
                Figure.of(0, p), Figure.of(0, p));
        Level cluster = new Level("cluster", 0, Optional.of(new FabricSpec("ib", Topology.RAIL_OPTIMIZED,
                Figure.of(50e9, p), Figure.of(5e-6, p))), List.of(), Figure.of(0, p), Figure.of(0, p));
        SoftwareStack stack = new SoftwareStack("test stack", Figure.of(0.7, p), Figure.of(0.8, p), Figure.of(0.8, p),
                features);
        return new SystemSpec("test", "test", "fixture", acc, List.of(node, cluster), 64, new Scaling(8, 8, 1024), stack, p);
    }

    static Workload workload() {
        return new Workload("w", "w", new ModelShape(8, 1024, 8, 8, 4096, FfnKind.GELU, 1000), 1024, 64, 1e9,
                Provenance.estimate("test"));
    }

    static WallContext context(SystemSpec system, double footprintBytes, double capacityBytes, List<StepPart> parts) {
        return context(system, List.of(new MemoryPart("weights", footprintBytes)), capacityBytes, parts);
    }

    static WallContext context(SystemSpec system, List<MemoryPart> memoryParts, double capacityBytes,
                               List<StepPart> parts) {
        return context(system, new MemoryBreakdown(memoryParts, capacityBytes, 80e9), parts);
    }

    /** A context with a memory breakdown of one's own and 1 s of ideal compute plus the parts. */
    static WallContext context(SystemSpec system, MemoryBreakdown memory, List<StepPart> parts) {
        StepBreakdown step = new StepBreakdown(1.0, parts);
        return new WallContext(system, workload(), Strategy.parse("tp=8").resolve(system.accelerators()), step, memory);
    }
}
