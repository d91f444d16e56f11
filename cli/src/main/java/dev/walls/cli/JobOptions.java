package dev.walls.cli;

import picocli.CommandLine.Option;

/** {@code --system} and {@code --workload}, required: the training job a command works on. */
final class JobOptions {

    @Option(names = "--system", required = true, paramLabel = "SYSTEM", description = "A system id or spec file.")
    String system;

    @Option(names = "--workload", required = true, paramLabel = "WORKLOAD", description = "A workload id or spec file.")
    String workload;
}
