package dev.walls.cli;

import dev.walls.core.TrainingJob;
import picocli.CommandLine.Option;

/** {@code --kernel}: which evaluation kernel sweeps, for every command that searches layouts. */
final class KernelOption {

    /** The kernel's id; null when the flag is not given, which the core reads as its default. */
    @Option(names = "--kernel", paramLabel = "fast|reference", description = "The evaluation kernel that sweeps (default: fast when loaded).")
    String id;

    /** Returns the job sweeping with the chosen kernel, or as it was when none was chosen. */
    TrainingJob apply(TrainingJob job) {
        return id != null ? job.kernel(id) : job;
    }
}
