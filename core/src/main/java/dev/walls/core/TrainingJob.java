package dev.walls.core;

import dev.walls.core.error.InputException;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.workload.Workload;

/**
 * A training job being described fluently: which workload, on which system, at what size, laid out how.
 * Immutable: every call returns a new job.
 */
public final class TrainingJob {

    private final Walls walls;
    private final Workload workload;
    private final SystemSpec system;
    private final int accelerators;
    private final Strategy strategy;

    TrainingJob(Walls walls, Workload workload, SystemSpec system, int accelerators, Strategy strategy) {
        this.walls = walls;
        this.workload = workload;
        this.system = system;
        this.accelerators = accelerators;
        this.strategy = strategy;
    }

    /** Runs the job on a system, by id or spec file. */
    public TrainingJob on(String systemIdOrSpecFile) {
        return new TrainingJob(walls, workload, walls.system(systemIdOrSpecFile), accelerators, strategy);
    }

    public TrainingJob on(SystemSpec spec) {
        return new TrainingJob(walls, workload, spec, accelerators, strategy);
    }

    /** Resizes the system to this many accelerators. */
    public TrainingJob accelerators(int count) {
        return new TrainingJob(walls, workload, system, count, strategy);
    }

    /** Lays the job out as {@code tp=8,pp=8,...} says (see {@link Strategy#parse}). */
    public TrainingJob strategy(String text) {
        try {
            return strategy(Strategy.parse(text));
        } catch (IllegalArgumentException e) {
            throw new InputException("--strategy: " + e.getMessage());
        }
    }

    public TrainingJob strategy(Strategy s) {
        return new TrainingJob(walls, workload, system, accelerators, s);
    }

    public Workload workload() {
        return workload;
    }

    /** Returns the system at the requested size. */
    public SystemSpec system() {
        if (system == null) {
            throw new InputException("no system given: call on(\"gb200-nvl72\") or pass --system");
        }
        if (accelerators <= 0) {
            return system;
        }
        try {
            return system.withAccelerators(accelerators);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }

    public Strategy strategy() {
        return strategy;
    }

    /** Evaluates the job through every wall. */
    public Evaluation evaluate() {
        return walls.evaluate(system(), workload, strategy);
    }
}
