package dev.walls.cli;

import dev.walls.core.TrainingJob;
import dev.walls.core.Walls;
import dev.walls.core.compare.Sizing;
import dev.walls.core.search.Objective;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What a comparison is of, for {@code compare} and {@code report} alike: the workload, the systems with their sizes,
 * how they are sized, what each search minimizes and within what deadline, the kernel that sweeps and whether a
 * progress bar shows.
 */
final class ComparisonOptions {

    @Option(names = "--workload", required = true, paramLabel = "WORKLOAD", description = "A workload id or spec file.")
    String workload;

    @Parameters(arity = "1..*", paramLabel = "SYSTEM[:N]",
            description = "Systems by id or spec file, optionally with a size (gb200-nvl72:4608).")
    List<String> systems = new ArrayList<>();

    @Mixin
    SizingOptions sizingOptions;

    @Option(names = "--objective", converter = ObjectiveConverter.class, paramLabel = "time|cost", defaultValue = "time",
            description = "What each system's layout search minimizes. Default: ${DEFAULT-VALUE}.")
    Objective objective;

    @Option(names = "--max-days", paramLabel = "DAYS", converter = DayCount.class,
            description = "Each system's best run of at most DAYS (failures and restarts included): with --objective cost, "
                    + "its cheapest run within a deadline. A system that cannot meet it shows its fastest run, marked "
                    + "(late); when none can, the exit code is 3.")
    Double maxDays;

    @Mixin
    KernelOption kernel;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    /** The sizing the flags ask for (one target at most). */
    Sizing sizing() {
        return sizingOptions.sizing();
    }

    /** The job the comparison runs: the workload, searched by the objective with the chosen kernel. */
    TrainingJob job(Walls walls) {
        TrainingJob job = walls.train(workload).objective(objective);
        return kernel.apply(maxDays == null ? job : job.maxDays(maxDays));
    }
}
