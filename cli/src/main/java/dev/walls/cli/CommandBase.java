package dev.walls.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every {@code walls} subcommand shares: the global options and its own streams. {@link Subcommand} adds
 * {@code --format}; a command with one fixed output ({@code report}, which writes one HTML page) extends this instead,
 * so that picocli refuses {@code --format} and its help does not offer it.
 */
abstract class CommandBase implements Callable<Integer> {

    @ParentCommand
    WallsCommand root;

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
