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
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SoftwareWallTest {

    private final SoftwareWall wall = new SoftwareWall();

    private CostTable.Builder staged(String accelerator) {
        return staged(accelerator, "");
    }

    private CostTable.Builder staged(String accelerator, String family) {
        SystemSpec system = TestSystems.system(accelerator, family, Set.of(StackFeature.values()));
        CostTable.Builder b = CostTable.builder(system, TestSystems.workload());
        wall.stage(system, TestSystems.workload(), b);
        return b;
    }

    @Test
    void knownFamiliesGetTheirTileAndWaveModel() {
        assertEquals(132, staged("H100 SXM5 80GB", "H100").get(CostKey.GEMM_CONCURRENT_TILES));
        assertEquals(108, staged("A100 SXM4 80GB", "a100").get(CostKey.GEMM_CONCURRENT_TILES), "any case");
        CostTable.Builder h100 = staged("Hopper-class", "H100");
        assertTrue(h100.get(CostKey.FP8_MATMUL_EFFICIENCY) > 0);
        assertTrue(h100.get(CostKey.ATTENTION_FORWARD_EFFICIENCY) > h100.get(CostKey.ATTENTION_BACKWARD_EFFICIENCY));
        assertTrue(h100.get(CostKey.LOSS_BYTES_PER_LOGIT) > 0);
    }

    /** A name is a label: a chip named like an H100 (or a renamed H100) is costed as what its family says. */
    @Test
    void theNameNeverPicksAProfile() {
        CostTable.Builder namedLikeH100 = staged("H100 SXM5 80GB");
        assertEquals(0, namedLikeH100.get(CostKey.GEMM_CONCURRENT_TILES));
        // the generic FP8 fraction of a chip of no family, not H100's (the same nominal 55 % today, another figure)
        GemmProfile generic = GemmProfile.defaults().get(GemmProfile.defaults().size() - 1);
        assertEquals("", generic.family());
        assertEquals(generic.fp8GemmFraction().nominal(), namedLikeH100.get(CostKey.FP8_MATMUL_EFFICIENCY));
        CostTable.Builder h100 = staged("H100 SXM5 80GB", "H100");
        CostTable.Builder renamed = staged("Hopper-class", "H100");
        for (CostKey k : List.of(CostKey.GEMM_CONCURRENT_TILES, CostKey.FP8_MATMUL_EFFICIENCY,
                CostKey.ATTENTION_FORWARD_EFFICIENCY, CostKey.ATTENTION_BACKWARD_EFFICIENCY)) {
            assertEquals(h100.get(k), renamed.get(k), k.toString());
        }
    }

    @Test
    void unknownAcceleratorsFallBackToTheStacksPlateauWithoutWaves() {
        CostTable.Builder d1 = staged("D1");
        assertEquals(0, d1.get(CostKey.GEMM_CONCURRENT_TILES));
        assertEquals(0, d1.get(CostKey.ATTENTION_FORWARD_EFFICIENCY));
        assertEquals(0.7, d1.get(CostKey.MATMUL_EFFICIENCY), 1e-12);
    }

    @Test
    void softwareLossesAboveHalfTheStepStrain() {
        SystemSpec system = TestSystems.system("H100 test", Set.of(StackFeature.values()));
        List<StepPart> heavy = List.of(new StepPart("gemm-efficiency", Wall.SOFTWARE, 1.5, "x"));
        WallAssessment a = wall.assess(TestSystems.context(system, 1e9, 80e9, heavy));
        assertEquals(WallStatus.STRAINED, a.status());
        assertTrue(a.finding().contains("test stack") && a.finding().contains("gemm-efficiency"), a.finding());
        List<StepPart> light = List.of(new StepPart("optimizer-step", Wall.SOFTWARE, 0.1, "y"));
        assertEquals(WallStatus.OK, wall.assess(TestSystems.context(system, 1e9, 80e9, light)).status());
    }

    @Test
    void thePluginContributesOneModelForEachOfItsThreeWalls() {
        List<dev.walls.spi.model.WallModel> models = new StandardWallsPlugin().wallModels();
        assertEquals(List.of(Wall.MEMORY, Wall.INTERCONNECT, Wall.SOFTWARE), models.stream().map(m -> m.wall()).toList());
    }
}
