package dev.walls.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.kernel.CostKey;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.result.StepPart;
import dev.walls.spi.system.StackFeature;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import dev.walls.spi.wall.WallStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InterconnectWallTest {

    private final InterconnectWall wall = new InterconnectWall();

    @Test
    void collectiveEfficiencyFollowsEachLevelsTopology() {
        SystemSpec system = TestSystems.system("H100 test", Set.of(StackFeature.values()));
        CostTable.Builder b = CostTable.builder(system, TestSystems.workload());
        wall.stage(system, TestSystems.workload(), b);
        CostTable t = b.build();
        InterconnectAssumptions d = InterconnectAssumptions.defaults();
        assertEquals(d.switchedEfficiency().nominal(), t.levelEfficiency(0));
        assertEquals(d.scaleOutEfficiency().nominal(), t.levelEfficiency(1));
        assertEquals(8, t.levelAccelerators(0));
        assertEquals(64, t.levelAccelerators(1));
    }

    @Test
    void dataParallelOverlapNeedsADistributedOptimizerStack() {
        SystemSpec modern = TestSystems.system("H100 test", Set.of(StackFeature.values()));
        SystemSpec old = TestSystems.system("A100 test", EnumSet.of(StackFeature.PIPELINE_PARALLEL));
        CostTable.Builder m = CostTable.builder(modern, TestSystems.workload());
        wall.stage(modern, TestSystems.workload(), m);
        CostTable.Builder o = CostTable.builder(old, TestSystems.workload());
        wall.stage(old, TestSystems.workload(), o);
        assertEquals(1, m.get(CostKey.DATA_PARALLEL_OVERLAP));
        assertEquals(0, o.get(CostKey.DATA_PARALLEL_OVERLAP));
    }

    @Test
    void exposedCommunicationAboveTenPercentStrains() {
        SystemSpec system = TestSystems.system("H100 test", Set.of(StackFeature.values()));
        List<StepPart> parts = List.of(new StepPart("tp-communication", Wall.INTERCONNECT, 0.2, "x"),
                new StepPart("dp-gradient-reduction", Wall.INTERCONNECT, 0.05, "y"));
        WallAssessment a = wall.assess(TestSystems.context(system, 1e9, 80e9, parts));
        assertEquals(WallStatus.STRAINED, a.status());
        assertEquals(0.25, a.lossSeconds(), 1e-12);
        assertTrue(a.finding().contains("tp-communication"), a.finding());
        assertEquals(50e9 / 1e15, a.metrics().get("ioBytesPerFlop.cluster"), 1e-18);
        WallAssessment small = wall.assess(TestSystems.context(system, 1e9, 80e9,
                List.of(new StepPart("pp-communication", Wall.INTERCONNECT, 0.01, "z"))));
        assertEquals(WallStatus.OK, small.status());
    }
}
