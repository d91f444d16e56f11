package dev.walls.cli;

import picocli.CommandLine.Mixin;

/** A {@code walls} subcommand that prints a table, JSON or CSV: the shared base and {@code --format}. */
abstract class Subcommand extends CommandBase {

    @Mixin
    FormatOption format;
}
