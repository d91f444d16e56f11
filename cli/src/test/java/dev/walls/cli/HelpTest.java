package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.wall.Money;
import java.util.List;
import java.util.Map;
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

    /** report writes one HTML page: its help does not offer {@code --format}, which it would only refuse. */
    @Test
    void reportOffersNoFormat() {
        CliRun run = CliRun.of("report", "--help");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("--format="), run.out());
        assertTrue(CliRun.of("compare", "--help").out().contains("--format="));
    }

    /** The top-level help shows each command's first description line: it must be a whole sentence. */
    @Test
    void everySummaryLineIsASentence() {
        for (var e : WallsCommand.commandLine().getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) {
                continue;
            }
            String[] description = e.getValue().getCommandSpec().usageMessage().description();
            String first = description[0].strip();
            assertTrue(first.endsWith(".") || first.endsWith(")"), e.getKey() + ": " + first);
        }
    }

    @Test
    void aMissingOptionPointsToHelpThatWorks() {
        CliRun missing = CliRun.of("search");
        assertEquals(ExitCode.INPUT_ERROR, missing.exitCode());
        assertTrue(missing.err().contains("walls search --help"), missing.err());
        assertEquals(0, CliRun.of("search", "--help").exitCode());
    }

    /**
     * {@code --normalize budget} sizes to the capital the first row reports, as {@code --budget} does (the economics
     * wall's system capital: hardware, facility and any design cost); its help once said "no NRE or facility".
     */
    @Test
    void compareHelpSaysBudgetNormalizationCountsTheWholeCapital() {
        CliRun run = CliRun.of("compare", "--help");
        String help = run.out().replaceAll("\\s+", " ");
        assertFalse(help.contains("no NRE or facility"), help);
        assertTrue(help.contains("Size every system to the first one's capital (hardware, facility and any design cost,"),
                help);
        // and the sizing says so: the first row's capital, facility and design cost included, is the budget
        List<Map<String, Object>> rows = CliRun.of("compare", "--workload", "gpt3-175b", "gb200-nvl72:144", "dgx-h100",
                "--normalize", "budget", "--format", "json", "--quiet").json();
        assertTrue(((String) rows.get(1).get("sizedBy")).startsWith("sized to a capital budget of "
                + Money.usd(CliRun.number(rows.get(0).get("capexUsd")))), rows.get(1).get("sizedBy") + " vs "
                + rows.get(0).get("capexUsd"));
    }

    @Test
    void versionIsAnsweredByEveryCommand() {
        CliRun run = CliRun.of("evaluate", "--version");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("walls "), run.out());
    }
}
