package dev.walls.cli;

import dev.walls.core.TrainingJob;
import dev.walls.core.Walls;
import dev.walls.core.compare.Comparison;
import dev.walls.core.compare.ComparisonText;
import dev.walls.core.compare.Sizing;
import dev.walls.core.output.Json;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.workload.Workload;
import java.io.PrintWriter;
import java.util.List;
import java.util.OptionalDouble;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code walls compare}: systems side by side on one workload, with the wall that binds each. */
@Command(name = "compare", description = {"Compare systems on one workload: time, cost, the binding wall and a verdict.",
        "Each system is sized alike when asked, searched for its best layout and evaluated through every wall; time and",
        "cost come with ranges, beside MFU."})
final class CompareCommand extends Subcommand {

    /** Inputs named under each row: the ones that move its result most. */
    private static final int SHOWN_DRIVERS = 3;

    @Mixin
    MetricsOptions metrics;

    @Mixin
    ComparisonOptions comparison;

    @Override
    public Integer call() {
        Sizing sizing = comparison.sizing();
        Walls walls = root.walls(true, metrics.registry());
        TrainingJob job = comparison.job(walls);
        Workload w = job.workload();
        List<Comparison> rows;
        try (Progress progress = Progress.forTerminal(comparison.quiet)) {
            rows = job.progress(progress.listener()).compare(sizing, comparison.systems.toArray(String[]::new));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format.format()) {
            case JSON -> out.print(Json.write(rows));
            case CSV -> {
                Csv csv = new Csv("system", "accelerators", "timeToTrainDays", "timeLowDays", "timeHighDays", "costUsd",
                        "costLowUsd", "costHighUsd", "capexUsd", "powerWatts", "mfu", "strategy", "bindingWall",
                        "memory", "interconnect", "packaging", "software", "economics", "verdict", "mfuAt16BitPeak",
                        "topRangeDriver", "stepTimeSeconds", "fits", "memoryLossSeconds", "interconnectLossSeconds",
                        "packagingLossSeconds", "softwareLossSeconds", "economicsLossSeconds", "economicsLossUsd",
                        "precision", "tp", "pp", "dp", "cp", "vpp", "mb", "recompute", "sp", "zero", "sizingCapped",
                        "sizingAboveTarget", "budgetUsd", "budgetUsedUsd", "sizedAccelerators", "maxDays",
                        "withinMaxDays");
                for (Comparison c : rows) {
                    Strategy s = c.strategy();
                    csv.row(c.system(), c.accelerators(), c.timeToTrainDays(), c.range().timeToTrainDays().low(),
                            c.range().timeToTrainDays().high(), c.costUsd(), c.range().costUsd().low(), c.range().costUsd().high(),
                            c.capexUsd(), c.powerWatts(), c.mfu(), c.strategy().toString(), c.bindingWall().id(),
                            c.walls().get(Wall.MEMORY).status().name(), c.walls().get(Wall.INTERCONNECT).status().name(),
                            c.walls().get(Wall.PACKAGING).status().name(), c.walls().get(Wall.SOFTWARE).status().name(),
                            c.walls().get(Wall.ECONOMICS).status().name(), c.verdict(), c.mfuAt16BitPeak(),
                            c.range().drivers().isEmpty() ? "" : c.range().drivers().get(0).input(), c.stepTimeSeconds(),
                            c.fits(), c.walls().get(Wall.MEMORY).lossSeconds(),
                            c.walls().get(Wall.INTERCONNECT).lossSeconds(), c.walls().get(Wall.PACKAGING).lossSeconds(),
                            c.walls().get(Wall.SOFTWARE).lossSeconds(), c.walls().get(Wall.ECONOMICS).lossSeconds(),
                            c.walls().get(Wall.ECONOMICS).lossUsd(), c.precision().id(), s.tp(), s.pp(), s.dp(), s.cp(),
                            s.vpp(), s.microbatch(), s.recompute().id(), s.sequenceParallel(), s.zeroStage(),
                            c.sizingCapped(), c.sizingAboveTarget(), optional(c.budgetUsd()), optional(c.budgetUsedUsd()),
                            c.sizedAccelerators(), c.maxDays() == null ? "" : c.maxDays(), c.withinMaxDays());
                }
                out.print(csv);
            }
            case TABLE -> print(out, rows, w);
        }
        out.flush();
        metrics.report(spec.commandLine().getErr());
        return ComparisonOutcome.judge(rows, sizing, w.name(), spec.commandLine().getErr(), "its verdict says why",
                "each verdict says why");
    }

    /** A number a row may lack: empty in CSV. */
    private static Object optional(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : "";
    }

    private static void print(PrintWriter out, List<Comparison> rows, Workload w) {
        out.println(ComparisonText.title(w));
        out.println();
        Table t = new Table(ComparisonText.COLUMNS.toArray(String[]::new));
        for (Comparison c : rows) {
            t.row(ComparisonText.cells(c).toArray());
        }
        out.print(t);
        String marks = ComparisonText.sizingMarks(rows);
        if (!marks.isEmpty()) {
            out.println(marks);
        }
        out.println();
        for (Comparison c : rows) {
            out.println("- " + c.verdict());
            out.println("  " + ComparisonText.layout(c));
            String drivers = ComparisonText.drivers(c, SHOWN_DRIVERS);
            if (!drivers.isEmpty()) {
                out.println("  " + drivers);
            }
            String refused = ComparisonText.refusedEnds(c);
            if (!refused.isEmpty()) {
                out.println("  " + refused);
            }
        }
    }
}
