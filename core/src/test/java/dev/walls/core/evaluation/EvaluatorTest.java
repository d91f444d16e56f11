package dev.walls.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.model.WallModel;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.result.StepPart;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.system.StackFeature;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import dev.walls.spi.wall.WallStatus;
import dev.walls.spi.workload.Workload;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private final Evaluator evaluator = new Evaluator(Fixtures.walls());
    private final Workload gpt = Fixtures.gpt(32, 4096, 32, 2048, 256, 51200);

    @Test
    void stepTimeIsIdealPlusEveryWallsLossExactly() {
        Evaluation e = evaluator.evaluate(Fixtures.system(64), gpt, Strategy.parse("tp=4,pp=2,vpp=2,mb=1,sp=true"));
        double sum = e.step().idealComputeSeconds();
        for (Wall w : Wall.values()) {
            sum += e.walls().get(w).lossSeconds();
        }
        assertEquals(e.stepTimeSeconds(), sum);
        assertEquals(e.stepTimeSeconds(), e.step().stepTimeSeconds(), 1e-12 * e.stepTimeSeconds());
        // and the sum is the kernel's own step time, not only the parts the evaluator added up
        double[] out = new double[dev.walls.spi.kernel.KernelOutput.SIZE];
        new ReferenceKernel().evaluate(evaluator.table(Fixtures.system(64), gpt),
                dev.walls.spi.kernel.KernelStrategy.encode(e.strategy()), out);
        assertEquals(out[dev.walls.spi.kernel.KernelOutput.STEP_SECONDS], e.stepTimeSeconds(), 1e-12 * e.stepTimeSeconds());
        assertTrue(e.stepTimeSeconds() > e.step().idealComputeSeconds(), "a real layout loses time to some wall");
        for (Wall w : Wall.values()) {
            assertEquals(e.step().lossSeconds(w), e.walls().get(w).lossSeconds());
        }
    }

    @Test
    void aWallChargingMoreThanTheBreakdownGetsItsOwnPart() {
        List<WallModel> walls = new ArrayList<>();
        for (Wall w : Wall.values()) {
            walls.add(Fixtures.wall(w, w == Wall.PACKAGING ? 1.5 : 0));
        }
        Evaluator withGoodput = new Evaluator(walls);
        Evaluation plain = evaluator.evaluate(Fixtures.system(64), gpt, Strategy.parse("tp=4,pp=2,mb=1"));
        Evaluation e = withGoodput.evaluate(Fixtures.system(64), gpt, Strategy.parse("tp=4,pp=2,mb=1"));
        assertEquals(plain.stepTimeSeconds() + 1.5, e.stepTimeSeconds(), 1e-9);
        StepPart extra = e.step().parts().stream().filter(p -> p.wall() == Wall.PACKAGING).findFirst().orElseThrow();
        assertEquals("packaging-assessed", extra.name());
        assertEquals(1.5, extra.seconds(), 1e-12);
        assertEquals(1.5, e.walls().get(Wall.PACKAGING).lossSeconds(), 1e-12);
    }

    @Test
    void dpZeroIsDerivedFromTheAcceleratorCount() {
        Evaluation e = evaluator.evaluate(Fixtures.system(64), gpt, Strategy.parse("tp=4,pp=2"));
        assertEquals(8, e.strategy().dp());
        assertEquals(64, e.accelerators());
    }

    @Test
    void impossibleLayoutsAreRejectedNamingTheKeyAndTheConstraint() {
        SystemSpec system = Fixtures.system(64);
        String heads = assertThrows(IllegalArgumentException.class,
                () -> evaluator.evaluate(system, gpt, Strategy.parse("tp=64"))).getMessage();
        assertTrue(heads.contains("tp=64") && heads.contains("heads"), heads);
        String layers = assertThrows(IllegalArgumentException.class,
                () -> evaluator.evaluate(system, gpt, Strategy.parse("tp=1,pp=64"))).getMessage();
        assertTrue(layers.contains("pp") && layers.contains("32 layers"), layers);
        String batch = assertThrows(IllegalArgumentException.class,
                () -> evaluator.evaluate(system, gpt, Strategy.parse("tp=1,pp=1,mb=3"))).getMessage();
        assertTrue(batch.contains("dp·mb") && batch.contains("global batch"), batch);
        String size = assertThrows(IllegalArgumentException.class,
                () -> evaluator.evaluate(system, gpt, Strategy.parse("tp=4,pp=2,dp=4"))).getMessage();
        assertTrue(size.contains("64 accelerators"), size);
        String precision = assertThrows(IllegalArgumentException.class,
                () -> evaluator.evaluate(system, gpt, Strategy.parse("tp=4,precision=fp4"))).getMessage();
        assertTrue(precision.contains("precision=fp4") && precision.contains("not supported"), precision);
    }

    @Test
    void featuresTheStackLacksAreRejected() {
        SystemSpec noPipeline = Fixtures.system(64, EnumSet.complementOf(EnumSet.of(StackFeature.PIPELINE_PARALLEL,
                StackFeature.FP8_TRAINING)), 0);
        String pp = assertThrows(IllegalArgumentException.class,
                () -> evaluator.evaluate(noPipeline, gpt, Strategy.parse("tp=4,pp=2"))).getMessage();
        assertTrue(pp.contains("pp>1") && pp.contains("does not support"), pp);
        String fp8 = assertThrows(IllegalArgumentException.class,
                () -> evaluator.evaluate(noPipeline, gpt, Strategy.parse("tp=4,precision=fp8"))).getMessage();
        assertTrue(fp8.contains("FP8"), fp8);
    }

    @Test
    void aLayoutThatDoesNotFitStillEvaluatesWithTheMemoryWallBlocked() {
        Workload huge = Fixtures.gpt(96, 12288, 96, 2048, 64, 51200);
        Evaluation e = evaluator.evaluate(Fixtures.system(8), huge, Strategy.parse("tp=8,pp=1,mb=1"));
        assertFalse(e.fits());
        assertEquals(WallStatus.BLOCKED, e.walls().get(Wall.MEMORY).status());
        assertEquals(Wall.MEMORY, e.bindingWall());
        assertTrue(e.memoryPerRankBytes() > Fixtures.HBM_BYTES);
    }

    @Test
    void constructorRejectsMissingAndDuplicateWalls() {
        List<WallModel> missing = new ArrayList<>(Fixtures.walls());
        missing.remove(4);
        String m = assertThrows(IllegalArgumentException.class, () -> new Evaluator(missing)).getMessage();
        assertTrue(m.contains("economics"), m);
        List<WallModel> twice = new ArrayList<>(Fixtures.walls());
        twice.add(Fixtures.wall(Wall.SOFTWARE, 0));
        String d = assertThrows(IllegalArgumentException.class, () -> new Evaluator(twice)).getMessage();
        assertTrue(d.contains("two models for the software wall"), d);
    }

    @Test
    void wallAssessmentsKeepTheirStatusFindingAndMetrics() {
        Evaluation e = evaluator.evaluate(Fixtures.system(64), gpt, Strategy.parse("tp=4,pp=2,mb=1"));
        WallAssessment software = e.walls().get(Wall.SOFTWARE);
        assertEquals("software double", software.finding());
        assertTrue(e.mfu() > 0 && e.mfu() < 1, "mfu " + e.mfu());
        assertEquals(gpt.tokensPerStep() / e.stepTimeSeconds(), e.tokensPerSecond(), 1e-9);
    }
}
