package dev.walls.cli;

/** How a command prints its result: a table for people, JSON or CSV for tools. */
public enum OutputFormat {
    TABLE, JSON, CSV
}
