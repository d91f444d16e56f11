package dev.walls.spi.model;

import dev.walls.spi.result.MemoryBreakdown;
import dev.walls.spi.result.StepBreakdown;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.workload.Workload;
import java.util.Objects;

/**
 * Everything a wall model may look at to judge one layout.
 *
 * @param system   the system, at its size
 * @param workload the training job
 * @param strategy the resolved layout (dp filled in)
 * @param step     the step time breakdown computed by the kernel
 * @param memory   the per-rank memory footprint
 */
public record WallContext(SystemSpec system, Workload workload, Strategy strategy, StepBreakdown step,
                          MemoryBreakdown memory) {

    public WallContext {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(memory, "memory");
    }
}
