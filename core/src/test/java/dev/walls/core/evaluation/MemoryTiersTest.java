package dev.walls.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.kernel.KernelOutput;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.result.MemoryBreakdown;
import dev.walls.spi.result.StepPart;
import dev.walls.spi.result.TierPlacement;
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
import dev.walls.spi.wall.Wall;
import dev.walls.spi.workload.Workload;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A Dojo-like system: a small SRAM per die, HBM shared by a tray of dies behind it. */
class MemoryTiersTest {

    private static final double SRAM_BYTES = 0.5e9;
    private static final double SHARED_HBM_BYTES = 640e9;
    private static final int DIES_PER_TRAY = 16;

    private static SystemSpec sramFirst(int dies) {
        Provenance p = Provenance.estimate("test fixture");
        Map<Precision, Figure> peaks = new EnumMap<>(Precision.class);
        peaks.put(Precision.BF16, Figure.of(300e12, p));
        AcceleratorSpec die = new AcceleratorSpec("SRAM die", peaks,
                List.of(new MemoryTier("SRAM", MemoryKind.SRAM, Figure.of(SRAM_BYTES, p), Figure.of(20e12, p))),
                Figure.of(400, p), Figure.of(1, p), Optional.empty());
        Level tray = new Level("tray", DIES_PER_TRAY, Optional.of(new FabricSpec("mesh", Topology.MESH_2D,
                Figure.of(500e9, p), Figure.of(1e-6, p))),
                List.of(new MemoryTier("HBM", MemoryKind.HBM, Figure.of(SHARED_HBM_BYTES, p), Figure.of(16e12, p))),
                Figure.of(0, p), Figure.of(0, p));
        Level pod = new Level("pod", 0, Optional.of(new FabricSpec("ethernet", Topology.FAT_TREE,
                Figure.of(50e9, p), Figure.of(5e-6, p))), List.of(), Figure.of(0, p), Figure.of(0, p));
        SoftwareStack stack = new SoftwareStack("test", Figure.of(0.5, p), Figure.of(0.5, p), Figure.of(0.5, p),
                Set.of(StackFeature.PIPELINE_PARALLEL, StackFeature.DISTRIBUTED_OPTIMIZER));
        return new SystemSpec("sram-first", "SRAM-first", "fixture", die, List.of(tray, pod), dies,
                new Scaling(DIES_PER_TRAY, DIES_PER_TRAY, 4096), stack, p);
    }

    @Test
    void sharedLevelMemoryIsDividedAmongTheUnitsAccelerators() {
        CostTable table = CostTable.builder(sramFirst(64), Fixtures.gpt(8, 1024, 8, 1024, 64, 1000)).build();
        assertEquals(2, table.tierCount());
        assertEquals(SRAM_BYTES, table.tierCapacityBytes(0));
        assertEquals(SHARED_HBM_BYTES / DIES_PER_TRAY, table.tierCapacityBytes(1));
        assertEquals(16e12 / DIES_PER_TRAY, table.tierBandwidthBytesPerSecond(1));
    }

    /** The tray's other dies are still there, each with its share: a job on part of a tray gets only its dies' share. */
    @Test
    void aJobOnPartOfAUnitGetsItsAcceleratorsShareOfTheUnitsMemory() {
        Workload w = Fixtures.gpt(8, 1024, 8, 1024, 64, 1000);
        for (int dies : new int[] {1, 4, DIES_PER_TRAY / 2}) {
            SystemSpec part = new SystemSpec("part", "part", "fixture", sramFirst(64).accelerator(),
                    sramFirst(64).levels(), dies, new Scaling(1, 1, 4096), sramFirst(64).software(),
                    Provenance.estimate("test fixture"));
            CostTable table = CostTable.builder(part, w).build();
            assertEquals(SHARED_HBM_BYTES / DIES_PER_TRAY, table.tierCapacityBytes(1), dies + " dies");
            assertEquals(16e12 / DIES_PER_TRAY, table.tierBandwidthBytesPerSecond(1), dies + " dies");
        }
    }

    @Test
    void stateThatSpillsOutOfTheFastestTierIsStreamedAndChargedToTheMemoryWall() {
        Workload w = Fixtures.gpt(16, 4096, 32, 2048, 64, 51200);
        Evaluation e = new Evaluator(Fixtures.walls()).evaluate(sramFirst(64), w, Strategy.parse("tp=1,pp=4,mb=1"));
        assertTrue(e.fits(), "fits across SRAM and the shared HBM");
        assertTrue(e.memoryPerRankBytes() > SRAM_BYTES);
        assertEquals(SRAM_BYTES, e.memory().fastestTierBytes());
        assertEquals(SRAM_BYTES + SHARED_HBM_BYTES / DIES_PER_TRAY, e.memory().capacityBytes(), 1);
        StepPart streaming = e.step().parts().stream().filter(p -> p.name().equals("tier-streaming")).findFirst()
                .orElseThrow();
        assertEquals(Wall.MEMORY, streaming.wall());
        assertTrue(streaming.seconds() > 0);
    }

    @Test
    void theBreakdownSaysWhichTierHoldsWhatAndHowMuchSpills() {
        Workload w = Fixtures.gpt(16, 4096, 32, 2048, 64, 51200);
        Evaluation e = new Evaluator(Fixtures.walls()).evaluate(sramFirst(64), w, Strategy.parse("tp=1,pp=4,mb=1"));
        MemoryBreakdown memory = e.memory();
        assertEquals(List.of("SRAM", "HBM (tray, shared by " + DIES_PER_TRAY + ")"),
                memory.tiers().stream().map(TierPlacement::name).toList());
        assertEquals(List.of(MemoryKind.SRAM, MemoryKind.HBM), memory.tiers().stream().map(TierPlacement::kind).toList());
        TierPlacement sram = memory.tiers().get(0);
        TierPlacement hbm = memory.tiers().get(1);
        assertEquals(SRAM_BYTES, sram.capacityBytes());
        assertEquals(SHARED_HBM_BYTES / DIES_PER_TRAY, hbm.capacityBytes());
        assertEquals(SRAM_BYTES, sram.bytes(), "the fastest tier fills first");
        assertEquals(e.memoryPerRankBytes(), sram.bytes() + hbm.bytes(), 1e-6 * e.memoryPerRankBytes(),
                "the tiers hold the whole footprint");
        assertEquals(e.memoryPerRankBytes() - SRAM_BYTES, memory.spilledBytes(), 1e-6 * e.memoryPerRankBytes());
        assertEquals(hbm.bytes(), memory.spilledBytes(), 1e-6 * e.memoryPerRankBytes());
    }

    @Test
    void aFootprintWithinTheFastestTierSpillsNothing() {
        Workload small = Fixtures.gpt(4, 512, 8, 256, 64, 1000);
        Evaluation e = new Evaluator(Fixtures.walls()).evaluate(sramFirst(64), small, Strategy.parse("tp=1,pp=4,mb=1"));
        assertTrue(e.memoryPerRankBytes() < SRAM_BYTES, e.memoryPerRankBytes() + " B");
        assertEquals(0, e.memory().spilledBytes());
        assertEquals(e.memoryPerRankBytes(), e.memory().tiers().get(0).bytes());
        assertEquals(0, e.memory().tiers().get(1).bytes());
    }

    @Test
    void aFootprintBeyondEveryTierDoesNotFit() {
        Workload big = Fixtures.gpt(96, 12288, 96, 2048, 64, 51200);
        CostTable table = CostTable.builder(sramFirst(16), big).build();
        double[] out = new double[KernelOutput.SIZE];
        new ReferenceKernel().evaluate(table, dev.walls.spi.kernel.KernelStrategy.encode(
                Strategy.parse("tp=1,pp=16,dp=1,mb=1")), out);
        assertEquals(1, out[KernelOutput.VALID]);
        assertFalse(out[KernelOutput.FITS] != 0);
        assertEquals(SRAM_BYTES, out[KernelOutput.TIER_BYTES], 1, "an overflowing footprint fills the fastest tier");
    }
}
