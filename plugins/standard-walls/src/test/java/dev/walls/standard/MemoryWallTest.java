package dev.walls.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.kernel.CostKey;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.result.MemoryBreakdown;
import dev.walls.spi.result.MemoryPart;
import dev.walls.spi.result.PipelineStage;
import dev.walls.spi.result.StepPart;
import dev.walls.spi.result.TierPlacement;
import dev.walls.spi.system.MemoryKind;
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

    /** GB200-like: 186 GB of HBM3e, and a 240 GB share of the tray's Grace LPDDR5X behind it. */
    private static MemoryBreakdown gb200Like(double footprintBytes, PipelineStage stage) {
        double hbm = 186e9;
        double lpddr = 240e9;
        double inHbm = Math.min(footprintBytes, hbm);
        return new MemoryBreakdown(List.of(new MemoryPart("weights", footprintBytes)), hbm + lpddr, hbm, stage,
                List.of(new TierPlacement("HBM3e", MemoryKind.HBM, hbm, inHbm),
                        new TierPlacement("Grace LPDDR5X (compute tray, shared by 4)", MemoryKind.DRAM, lpddr,
                                footprintBytes - inHbm)),
                footprintBytes - inHbm);
    }

    @Test
    void aFootprintWithinTheFastestTierIsJudgedAgainstThatTierNotTheSlowerOnesBehindIt() {
        // 176 GB of 186 GB of HBM3e leaves less than the allocator's slack, whatever LPDDR is behind it
        WallAssessment full = wall.assess(TestSystems.context(system, gb200Like(176e9, PipelineStage.FIRST), List.of()));
        assertEquals(WallStatus.STRAINED, full.status(), full.finding());
        assertTrue(full.finding().startsWith("the busiest rank needs 176.0 GB of 186.0 GB (95%) in its fastest tier, "
                + "HBM3e; nothing spills"), full.finding());
        assertEquals(176e9 / 186e9, full.metrics().get("footprintToFastestTier"), 1e-12);
        assertEquals(0, full.metrics().get("spilledBytes"));
        WallAssessment half = wall.assess(TestSystems.context(system, gb200Like(93e9, PipelineStage.FIRST), List.of()));
        assertEquals(WallStatus.OK, half.status(), half.finding());
        assertTrue(half.finding().contains("93.0 GB of 186.0 GB (50%)"), half.finding());
    }

    @Test
    void aFootprintThatSpillsIsJudgedAgainstEveryTierAndSaysWhatSpillsAndWhatStreamingCosts() {
        List<StepPart> streaming = List.of(new StepPart("tier-streaming", Wall.MEMORY, 0.05, "x"));
        WallAssessment a = wall.assess(TestSystems.context(system, gb200Like(300e9, PipelineStage.FIRST), streaming));
        assertEquals(WallStatus.OK, a.status(), "70 % of every tier, streaming 5 % of the step: " + a.finding());
        assertTrue(a.finding().startsWith("the busiest rank needs 300.0 GB of 426.0 GB (70%) across its tiers: "
                + "114.0 GB spills beyond its fastest tier, HBM3e (186.0 GB), streamed from the slower tiers in 50.0 ms"
                + " per step"), a.finding());
        assertEquals(114e9, a.metrics().get("spilledBytes"), 1);
        // a spill that fills 90 % of every tier strains as before
        assertEquals(WallStatus.STRAINED, wall.assess(TestSystems.context(system, gb200Like(400e9, PipelineStage.FIRST),
                streaming)).status());
        assertEquals(WallStatus.BLOCKED, wall.assess(TestSystems.context(system, gb200Like(430e9, PipelineStage.FIRST),
                streaming)).status());
    }

    @Test
    void itSaysWhenTheBusiestRankIsOnTheLastPipelineStage() {
        WallAssessment last = wall.assess(TestSystems.context(system, gb200Like(93e9, PipelineStage.LAST), List.of()));
        assertTrue(last.finding().startsWith("the busiest rank, on the last pipeline stage (output layer and logits), "
                + "needs 93.0 GB"), last.finding());
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
