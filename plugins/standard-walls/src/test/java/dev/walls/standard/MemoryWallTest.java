package dev.walls.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.kernel.CostKey;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.result.MemoryPart;
import dev.walls.spi.result.StepPart;
import dev.walls.spi.system.StackFeature;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import dev.walls.spi.wall.WallStatus;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemoryWallTest {

    private final MemoryWall wall = new MemoryWall();
    private final SystemSpec system = TestSystems.system("H100 test", Set.of(StackFeature.values()));

    @Test
    void aFootprintBeyondCapacityBlocks() {
        WallAssessment a = wall.assess(TestSystems.context(system, 100e9, 80e9, List.of()));
        assertEquals(WallStatus.BLOCKED, a.status());
        assertTrue(a.finding().contains("does not fit"), a.finding());
    }

    @Test
    void aRankThatDoesNotFitNamesItsLargestPartInWords() {
        WallAssessment state = wall.assess(TestSystems.context(system,
                List.of(new MemoryPart("weights", 10e9), new MemoryPart("optimizer-state", 90e9)), 80e9, List.of()));
        assertTrue(state.finding().contains("it does not fit, the optimizer state alone takes 90.0 GB"), state.finding());
        WallAssessment activations = wall.assess(TestSystems.context(system,
                List.of(new MemoryPart("activations", 90e9), new MemoryPart("weights", 10e9)), 80e9, List.of()));
        assertTrue(activations.finding().contains("activations alone take 90.0 GB"), activations.finding());
    }

    @Test
    void aNearlyFullRankOrAnExpensiveRecomputeStrains() {
        assertEquals(WallStatus.STRAINED, wall.assess(TestSystems.context(system, 75e9, 80e9, List.of())).status());
        List<StepPart> recompute = List.of(new StepPart("recompute", Wall.MEMORY, 0.5, "x"));
        WallAssessment a = wall.assess(TestSystems.context(system, 40e9, 80e9, recompute));
        assertEquals(WallStatus.STRAINED, a.status());
        assertEquals(0.5, a.lossSeconds());
        assertEquals(WallStatus.OK, wall.assess(TestSystems.context(system, 40e9, 80e9, List.of())).status());
    }

    @Test
    void itReportsBytesPerFlopOfEveryTierIncludingSharedOnes() {
        WallAssessment a = wall.assess(TestSystems.context(system, 40e9, 80e9, List.of()));
        assertEquals(80e9 / 1e15, a.metrics().get("bytesPerFlopPerSecond.hbm.HBM"), 1e-18);
        assertEquals(960e9 / 8 / 1e15, a.metrics().get("bytesPerFlopPerSecond.dram.node.LPDDR"), 1e-18);
        assertEquals(40e9, a.metrics().get("footprintBytes"));
    }

    @Test
    void itStagesTheStateBytesAndSlack() {
        CostTable.Builder b = CostTable.builder(system, TestSystems.workload());
        wall.stage(system, TestSystems.workload(), b);
        MemoryAssumptions d = MemoryAssumptions.defaults();
        assertEquals(d.optimizerBytesPerParameter().nominal(), b.get(CostKey.OPTIMIZER_BYTES_PER_PARAMETER));
        assertEquals(d.fragmentationFraction().nominal(), b.get(CostKey.FRAGMENTATION_FRACTION));
        assertEquals(d.runtimeBytesPerRank().nominal(), b.get(CostKey.RUNTIME_BYTES_PER_RANK));
    }
}
