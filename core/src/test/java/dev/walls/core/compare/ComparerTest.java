package dev.walls.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.error.PluginFaultException;
import dev.walls.core.evaluation.Evaluator;
import dev.walls.core.evaluation.Fixtures;
import dev.walls.core.evaluation.ReferenceKernel;
import dev.walls.core.search.Objective;
import dev.walls.core.search.SearchProgress;
import dev.walls.core.search.StrategySearch;
import dev.walls.spi.model.WallModel;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import dev.walls.spi.wall.WallStatus;
import dev.walls.spi.workload.Workload;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparerTest {

    private final Workload gpt = Fixtures.gpt(32, 4096, 32, 2048, 256, 51200);

    private static Comparer comparer(List<WallModel> walls) {
        Evaluator evaluator = new Evaluator(walls);
        return new Comparer(evaluator, new StrategySearch(evaluator, new ReferenceKernel(), new SimpleMeterRegistry(), 1));
    }

    /**
     * The run's cost is read from the economics wall's {@code runCostUsd} metric. An economics model that reports
     * none once gave a comparison whose cost was NaN without a word; now it is an error that names the model.
     */
    @Test
    void anEconomicsModelThatReportsNoRunCostIsNamed() {
        PluginFaultException e = assertThrows(PluginFaultException.class, () -> comparer(Fixtures.walls())
                .compare(List.of(Fixtures.system(64)), gpt, Normalization.NONE, Double.NaN, Objective.TIME,
                        SearchProgress.NONE));
        assertTrue(e.getMessage().startsWith("the economics wall model 'double-economics' reports no runCostUsd metric"
                + " for test-cluster on test-gpt: "), e.getMessage());
        // (a non-finite metric is refused before, by the evaluation's check of every number it returns)
        List<WallModel> walls = new ArrayList<>(Fixtures.walls());
        // with the metric, the row carries it
        walls.set(Wall.ECONOMICS.ordinal(), new Fixtures.Answering(Wall.ECONOMICS, context ->
                new WallAssessment(Wall.ECONOMICS, WallStatus.OK, 0, 0, "", Map.of("runCostUsd", 1234.0))));
        List<Comparison> rows = comparer(walls).compare(List.of(Fixtures.system(64)), gpt, Normalization.NONE,
                Double.NaN, Objective.TIME, SearchProgress.NONE);
        assertEquals(1234.0, rows.get(0).costUsd());
    }
}
