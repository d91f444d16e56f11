package dev.walls.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every {@code walls} subcommand shares: the global options, its own streams, and {@code --format}. */
abstract class Subcommand implements Callable<Integer> {

    @ParentCommand
    WallsCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    FormatOption format;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
