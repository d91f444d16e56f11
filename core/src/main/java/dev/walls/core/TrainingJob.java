package dev.walls.core;

import dev.walls.core.error.InputException;
import dev.walls.core.search.Objective;
import dev.walls.core.search.SearchProgress;
import dev.walls.core.search.SearchResult;
import dev.walls.core.search.Subsystem;
import dev.walls.core.search.Template;
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
    private final Template template;

    TrainingJob(Walls walls, Workload workload, SystemSpec system, int accelerators, Strategy strategy) {
        this(walls, workload, system, accelerators, strategy, Template.OPEN);
    }

    private TrainingJob(Walls walls, Workload workload, SystemSpec system, int accelerators, Strategy strategy,
                        Template template) {
        this.walls = walls;
        this.workload = workload;
        this.system = system;
        this.accelerators = accelerators;
        this.strategy = strategy;
        this.template = template;
    }

    /** Runs the job on a system, by id or spec file. */
    public TrainingJob on(String systemIdOrSpecFile) {
        return new TrainingJob(walls, workload, walls.system(systemIdOrSpecFile), accelerators, strategy, template);
    }

    public TrainingJob on(SystemSpec spec) {
        return new TrainingJob(walls, workload, spec, accelerators, strategy, template);
    }

    /** Resizes the system to this many accelerators, at least 1. */
    public TrainingJob accelerators(int count) {
        if (count < 1) {
            throw new InputException("--accelerators must be at least 1, got " + count);
        }
        return new TrainingJob(walls, workload, system, count, strategy, template);
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
        return new TrainingJob(walls, workload, system, accelerators, s, template);
    }

    public Workload workload() {
        return workload;
    }

    /** Returns the system at the requested size (part of it when the count is not one it is built in). */
    public SystemSpec system() {
        if (system == null) {
            throw new InputException("no system given: call on(\"gb200-nvl72\") or pass --system");
        }
        if (accelerators <= 0) {
            return system;
        }
        // A job may use part of a system: any count up to the largest the system scales to.
        try {
            return Subsystem.of(system, accelerators);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage() + " (it scales from " + system.scaling().minAccelerators() + " to "
                    + system.scaling().maxAccelerators() + " accelerators)");
        }
    }

    public Strategy strategy() {
        return strategy;
    }

    /**
     * Searches every layout of the job on the system, using up to its accelerators, for the fastest; the
     * dimensions set with {@link #strategy(String)} stay open unless pinned with {@link #pin(String)}.
     */
    public SearchResult search() {
        return search(Objective.TIME, 5);
    }

    /** Searches with an objective, returning the best {@code top} layouts. */
    public SearchResult search(Objective objective, int top) {
        return walls.search(system(), workload, template, objective, top, false, null, SearchProgress.NONE);
    }

    /** Pins the keys written in {@code tp=8,pp=4} for a search; the others stay open. */
    public TrainingJob pin(String keys) {
        try {
            return new TrainingJob(walls, workload, system, accelerators, strategy, Template.pinning(keys));
        } catch (IllegalArgumentException e) {
            throw new InputException("--strategy: " + e.getMessage());
        }
    }

    /** Evaluates the job through every wall. */
    public Evaluation evaluate() {
        return walls.evaluate(system(), workload, strategy);
    }
}
