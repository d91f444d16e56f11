package dev.walls.core.evaluation;

import dev.walls.spi.model.WallModel;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.workload.Workload;
import java.util.List;

/** Evaluates one layout of a workload on a system through every wall. */
public final class Evaluator {

    private final List<WallModel> wallModels;

    public Evaluator(List<WallModel> wallModels) {
        this.wallModels = List.copyOf(wallModels);
    }

    public Evaluation evaluate(SystemSpec system, Workload workload, Strategy strategy) {
        throw new UnsupportedOperationException("the training model is being written; " + wallModels.size() + " wall models");
    }
}
