package dev.walls.cli;

import dev.walls.core.compare.Comparison;
import dev.walls.core.compare.ComparisonText;
import dev.walls.core.compare.Sizing;
import dev.walls.core.output.Formats;
import dev.walls.spi.wall.Money;
import dev.walls.spi.wall.Si;
import java.io.PrintWriter;
import java.util.List;

/**
 * What a comparison answers, judged alike by {@code compare} and {@code report}: yes (exit 0) when some system runs
 * the workload within every limit asked of it (the size the target buys, the deadline), else no (exit 3), with
 * the reason on stderr.
 */
final class ComparisonOutcome {

    private ComparisonOutcome() {
    }

    /**
     * Says on {@code err} which limit no system meets and returns the exit code.
     *
     * @param workloadName    the workload as a sentence names it
     * @param whereToReadOne  where the reader finds why the one system cannot run ("its verdict says why")
     * @param whereToReadMany where the reader finds why none of several can ("each verdict says why")
     */
    static int judge(List<Comparison> rows, Sizing sizing, String workloadName, PrintWriter err,
                     String whereToReadOne, String whereToReadMany) {
        // A target no system can be sized within is a "no" too: every row is a size above it.
        boolean withinTarget = rows.stream().anyMatch(c -> !c.sizingAboveTarget());
        if (!withinTarget) {
            err.println(rows.size() == 1
                    ? "walls: " + rows.get(0).system() + " cannot be sized within " + target(sizing) + ": even its"
                    + " smallest size exceeds it; the row is that smallest size"
                    : "walls: no system can be sized within " + target(sizing) + ": even the smallest size of each"
                    + " exceeds it; each row is that smallest size");
        }
        // A deadline no system meets is a "no" too: every row that can run is a run that takes longer.
        boolean runs = rows.stream().anyMatch(ComparisonText::runs);
        boolean inTime = rows.stream().anyMatch(c -> ComparisonText.runs(c) && c.withinMaxDays());
        if (!inTime && runs) {
            err.println("walls: no system trains " + workloadName + " within " + Formats.dayCount(rows.get(0).maxDays())
                    + "; each row is the system's fastest run");
        }
        if (!runs) {
            String workload = rows.get(0).evaluation().workload();
            err.println(rows.size() == 1
                    ? "walls: " + rows.get(0).evaluation().system() + " cannot run " + workload + "; " + whereToReadOne
                    : "walls: none of the " + rows.size() + " systems can run " + workload + "; " + whereToReadMany);
        }
        err.flush();
        return runs && withinTarget && inTime ? ExitCode.OK : ExitCode.NOT_MET;
    }

    /** The target no system could be sized within: only a stated one can be (the first system meets its own). */
    private static String target(Sizing sizing) {
        double goal = sizing.target();
        return switch (sizing.normalization()) {
            case BUDGET -> "the capital budget of " + Money.usd(goal);
            case POWER -> Si.format(goal, "W");
            case PEAK -> Si.format(goal, "FLOP/s") + " of dense 16-bit peak";
            case NONE -> "the target";
        };
    }
}
