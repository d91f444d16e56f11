package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every command answers --help and --version, as its own error messages tell the user to try. */
class HelpTest {

    @Test
    void everySubcommandPrintsItsUsage() {
        for (String name : WallsCommand.commandLine().getSubcommands().keySet()) {
            if (name.equals("help")) {
                continue;
            }
            CliRun run = CliRun.of(name, "--help");
            assertEquals(0, run.exitCode(), name + ": " + run.err());
            assertTrue(run.out().startsWith("Usage: walls " + name), name + ": " + run.out());
            assertTrue(run.out().contains("Exit codes:"), name + " shows the exit codes");
        }
    }

    @Test
    void aMissingOptionPointsToHelpThatWorks() {
        CliRun missing = CliRun.of("search");
        assertEquals(ExitCode.INPUT_ERROR, missing.exitCode());
        assertTrue(missing.err().contains("walls search --help"), missing.err());
        assertEquals(0, CliRun.of("search", "--help").exitCode());
    }

    @Test
    void versionIsAnsweredByEveryCommand() {
        CliRun run = CliRun.of("evaluate", "--version");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("walls "), run.out());
    }
}
