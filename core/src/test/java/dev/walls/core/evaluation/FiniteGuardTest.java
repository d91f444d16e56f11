package dev.walls.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.walls.core.error.NonFiniteResultException;
import dev.walls.spi.kernel.CostKey;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.model.WallContext;
import dev.walls.spi.model.WallModel;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import dev.walls.spi.wall.WallStatus;
import dev.walls.spi.workload.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The last line of defence: whatever a wall computes, an evaluation with a NaN or an infinity in it is refused naming
 * the number and the inputs that feed it, never returned.
 */
class FiniteGuardTest {

    private static final Workload GPT = Fixtures.gpt(32, 4096, 32, 2048, 256, 51200);
    private static final SystemSpec SYSTEM = Fixtures.system(64);
    private static final Strategy LAYOUT = Strategy.parse("tp=4,pp=2,mb=1");
    private static final String INPUTS = "; check the magnitudes of what it is computed from: the system 'test-cluster',"
            + " the workload 'test-gpt' and the ";

    @Test
    void aMetricThatOverflowedIsRefusedNamingItAndItsWall() {
        NonFiniteResultException e = refused(Wall.ECONOMICS, c -> new WallAssessment(Wall.ECONOMICS, WallStatus.OK, 0, 0,
                "fine", Map.of("runCostUsd", Double.POSITIVE_INFINITY)));
        assertEquals("the result walls.economics.metrics.runCostUsd of test-gpt on test-cluster is not finite: Infinity"
                + INPUTS + "economics wall's assumptions", e.getMessage());
    }

    @Test
    void aNaNWrittenIntoAFindingIsRefused() {
        NonFiniteResultException e = refused(Wall.SOFTWARE, c -> new WallAssessment(Wall.SOFTWARE, WallStatus.OK, 0, 0,
                String.format("the stack reaches %.0f%% of peak", Double.NaN), Map.of()));
        assertEquals("the result walls.software.finding of test-gpt on test-cluster is not finite:"
                + " 'the stack reaches NaN% of peak'" + INPUTS + "software wall's assumptions", e.getMessage());
    }

    @Test
    void aLossTheWallCannotStateIsRefusedNamingTheWallNotAsItsInternalCheck() {
        NonFiniteResultException e = refused(Wall.PACKAGING, c -> new WallAssessment(Wall.PACKAGING, WallStatus.OK,
                Double.POSITIVE_INFINITY, 0, "fine", Map.of()));
        assertEquals("the packaging wall: packaging lossSeconds must be finite and not negative, got Infinity"
                + INPUTS + "packaging wall's assumptions", e.getMessage());
    }

    @Test
    void aCostTableEntryThatOverflowedIsRefusedNamingTheWallThatStagedIt() {
        List<WallModel> walls = new ArrayList<>(Fixtures.walls());
        walls.set(Wall.ECONOMICS.ordinal(), new Fixtures.Answering(Wall.ECONOMICS, c -> null) {
            @Override
            public void stage(SystemSpec system, Workload workload, CostTable.Builder table) {
                table.set(CostKey.SYSTEM_USD_PER_SECOND, Double.POSITIVE_INFINITY);
            }
        });
        NonFiniteResultException e = assertThrows(NonFiniteResultException.class,
                () -> new Evaluator(walls).evaluate(SYSTEM, GPT, LAYOUT));
        assertEquals("the economics wall: cost table entry SYSTEM_USD_PER_SECOND must be finite, got Infinity"
                + INPUTS + "economics wall's assumptions", e.getMessage());
    }

    /** Evaluates with one wall replaced by {@code assess} and returns the refusal. */
    private static NonFiniteResultException refused(Wall wall, Function<WallContext, WallAssessment> assess) {
        List<WallModel> walls = new ArrayList<>(Fixtures.walls());
        walls.set(wall.ordinal(), new Fixtures.Answering(wall, assess));
        return assertThrows(NonFiniteResultException.class, () -> new Evaluator(walls).evaluate(SYSTEM, GPT, LAYOUT));
    }
}
