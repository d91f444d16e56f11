package dev.walls.core.report;

import dev.walls.core.compare.Comparer;
import dev.walls.core.compare.Comparison;
import dev.walls.core.compare.Normalization;
import dev.walls.core.evaluation.Evaluator;
import dev.walls.core.evaluation.Fixtures;
import dev.walls.core.evaluation.ReferenceKernel;
import dev.walls.core.search.Objective;
import dev.walls.core.search.SearchProgress;
import dev.walls.core.search.StrategySearch;
import dev.walls.core.search.Template;
import dev.walls.core.sweep.Sizes;
import dev.walls.core.sweep.Sweep;
import dev.walls.core.sweep.SweepOptions;
import dev.walls.core.sweep.Sweeper;
import dev.walls.spi.model.WallModel;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import dev.walls.spi.wall.WallStatus;
import dev.walls.spi.workload.Workload;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Comparisons of the test fixtures, made as {@code walls compare} makes them (the core's comparer and reference
 * kernel), with wall doubles: the memory wall blocks the system whose id starts with {@code blocked}, and the economics
 * wall prices a run at $1,000 per second of step, so that rows carry a cost.
 */
final class Rows {

    private Rows() {
    }

    static Workload workload(String name) {
        Workload w = Fixtures.gpt(8, 1024, 16, 1024, 512, 32000);
        return new Workload(w.id(), name, w.model(), w.sequenceLength(), w.globalBatchSequences(), w.trainingTokens(),
                w.provenance());
    }

    /** The fixture cluster at a size, with an id and name of the test's choosing. */
    static SystemSpec system(String id, String name, int accelerators) {
        SystemSpec s = Fixtures.system(accelerators);
        return new SystemSpec(id, name, s.description(), s.accelerator(), s.levels(), s.accelerators(), s.scaling(),
                s.software(), s.provenance());
    }

    static List<Comparison> compare(Workload workload, SystemSpec... systems) {
        return compare(workload, null, systems);
    }

    /** A comparison within a deadline ({@code --max-days}); null for none. */
    static List<Comparison> compare(Workload workload, Double maxDays, SystemSpec... systems) {
        Evaluator evaluator = evaluator();
        StrategySearch search = new StrategySearch(evaluator, new ReferenceKernel(), new SimpleMeterRegistry(), 2);
        return new Comparer(evaluator, search).compare(List.of(systems), workload, Normalization.NONE, Double.NaN,
                Objective.TIME, maxDays, SearchProgress.NONE);
    }

    /** A sweep of the systems over the sizes, as {@code walls sweep} makes it, with the same wall doubles. */
    static Sweep sweep(Workload workload, Sizes sizes, SystemSpec... systems) {
        return sweep(workload, sizes, null, systems);
    }

    /** A sweep within a deadline ({@code --max-days}); null for none. */
    static Sweep sweep(Workload workload, Sizes sizes, Double maxDays, SystemSpec... systems) {
        Evaluator evaluator = evaluator();
        StrategySearch search = new StrategySearch(evaluator, new ReferenceKernel(), new SimpleMeterRegistry(), 2);
        return new Sweeper(List.of(new Sweeper.Arm(null, evaluator, search))).sweep(List.of(systems), workload, sizes,
                Template.OPEN, Objective.TIME, maxDays, SweepOptions.DEFAULT, SearchProgress.NONE);
    }

    private static Evaluator evaluator() {
        List<WallModel> walls = new ArrayList<>(Fixtures.walls());
        walls.set(Wall.MEMORY.ordinal(), new Fixtures.Answering(Wall.MEMORY, c -> c.system().id().startsWith("blocked")
                ? new WallAssessment(Wall.MEMORY, WallStatus.BLOCKED, c.step().lossSeconds(Wall.MEMORY), 0,
                "the busiest rank needs more than it holds", Map.of()) : null));
        walls.set(Wall.ECONOMICS.ordinal(), new Fixtures.Answering(Wall.ECONOMICS, c -> new WallAssessment(Wall.ECONOMICS,
                WallStatus.OK, 0, 0, "priced by the test", Map.of("runCostUsd", 1000 * c.step().stepTimeSeconds()))));
        return new Evaluator(walls);
    }
}
