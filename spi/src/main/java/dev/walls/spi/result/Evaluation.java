package dev.walls.spi.result;

import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import dev.walls.spi.wall.WallStatus;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The full verdict on one system training one workload with one layout.
 *
 * @param system             system id
 * @param workload           workload id
 * @param accelerators       accelerators used
 * @param strategy           the resolved layout
 * @param stepTimeSeconds    seconds per optimizer step: ideal compute plus every wall's loss
 * @param tokensPerSecond    training throughput of the whole system
 * @param mfu                model FLOPs utilization (PaLM definition: no recompute counted)
 * @param memoryPerRankBytes footprint of the busiest rank, in bytes
 * @param fits               whether that footprint fits the rank's memory
 * @param walls              every wall's assessment, one per wall, in wall order
 * @param bindingWall        the wall with the largest loss
 * @param step               where the step time goes
 * @param memory             where the memory goes
 */
public record Evaluation(String system, String workload, int accelerators, Strategy strategy, double stepTimeSeconds,
                         double tokensPerSecond, double mfu, double memoryPerRankBytes, boolean fits,
                         Map<Wall, WallAssessment> walls, Wall bindingWall, StepBreakdown step, MemoryBreakdown memory) {

    public Evaluation {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(bindingWall, "bindingWall");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(memory, "memory");
        EnumMap<Wall, WallAssessment> copy = new EnumMap<>(Wall.class);
        copy.putAll(Objects.requireNonNull(walls, "walls"));
        for (Wall w : Wall.values()) {
            if (!copy.containsKey(w)) {
                throw new IllegalArgumentException("evaluation lacks an assessment of the " + w + " wall");
            }
        }
        walls = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the binding wall: the first that blocks the layout, else the one with the largest loss in seconds
     * (ties go to the first in wall order).
     */
    public static Wall bindingWallOf(Map<Wall, WallAssessment> walls) {
        Optional<Wall> blocking = blockingWallOf(walls);
        if (blocking.isPresent()) {
            return blocking.get();
        }
        Wall binding = Wall.MEMORY;
        double worst = -1;
        for (Wall w : Wall.values()) {
            WallAssessment a = walls.get(w);
            if (a != null && a.lossSeconds() > worst) {
                worst = a.lossSeconds();
                binding = w;
            }
        }
        return binding;
    }

    /** Returns the first wall (in wall order) that blocks the layout: it cannot run, however fast. */
    public Optional<Wall> blockingWall() {
        return blockingWallOf(walls);
    }

    private static Optional<Wall> blockingWallOf(Map<Wall, WallAssessment> walls) {
        for (Wall w : Wall.values()) {
            WallAssessment a = walls.get(w);
            if (a != null && a.status() == WallStatus.BLOCKED) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }
}
