package dev.walls.cli;

import dev.walls.core.TrainingJob;
import dev.walls.core.Walls;
import dev.walls.core.compare.Comparison;
import dev.walls.core.compare.Normalization;
import dev.walls.core.compare.RangeDriver;
import dev.walls.core.compare.Sizing;
import dev.walls.core.error.InputException;
import dev.walls.core.output.Json;
import dev.walls.core.search.Objective;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.wall.Money;
import dev.walls.spi.wall.Si;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.workload.Workload;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code walls compare}: systems side by side on one workload, with the wall that binds each. */
@Command(name = "compare", description = {"Compare systems on one workload: time, cost, the binding wall and a verdict.",
        "Each system is sized alike when asked, searched for its best layout and evaluated through every wall; time and",
        "cost come with ranges, beside MFU."})
final class CompareCommand extends Subcommand {

    /** Inputs named under each row: the ones that move its result most. */
    private static final int SHOWN_DRIVERS = 3;

    @Mixin
    MetricsOptions metrics;

    @Option(names = "--workload", required = true, paramLabel = "WORKLOAD", description = "A workload id or spec file.")
    String workload;

    @Parameters(arity = "1..*", paramLabel = "SYSTEM[:N]",
            description = "Systems by id or spec file, optionally with a size (gb200-nvl72:4608).")
    List<String> systems = new ArrayList<>();

    @Option(names = "--normalize", paramLabel = "none|budget|power|peak", defaultValue = "none",
            description = {"Size every system to the first one's capital (hardware, facility and any design cost, as the",
                    "capital column counts it), power or dense 16-bit peak. Default: ${DEFAULT-VALUE}."})
    String normalize;

    @Option(names = "--budget", paramLabel = "USD", description = "Size every system to this capital (hardware, facility and any design cost, as the capital column counts it), e.g. 'USD 50M'.")
    String budget;

    @Option(names = "--power", paramLabel = "W", description = "Size every system to this power, e.g. '2 MW'.")
    String power;

    @Option(names = "--peak", paramLabel = "FLOPS", description = "Size every system to this dense 16-bit peak, e.g. '1 EFLOPS'.")
    String peak;

    @Option(names = "--objective", converter = ObjectiveConverter.class, paramLabel = "time|cost", defaultValue = "time",
            description = "What each system's layout search minimizes. Default: ${DEFAULT-VALUE}.")
    Objective objective;

    @Mixin
    KernelOption kernel;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        Normalization normalization;
        try {
            normalization = Normalization.parse(normalize);
        } catch (IllegalArgumentException e) {
            throw new InputException("--normalize: " + e.getMessage());
        }
        int targets = (budget != null ? 1 : 0) + (power != null ? 1 : 0) + (peak != null ? 1 : 0);
        if (targets > 1) {
            throw new InputException("give at most one of --budget, --power and --peak");
        }
        Sizing sizing = Sizing.likeTheFirst(normalization);
        if (budget != null) {
            sizing = checked(normalization, Sizing.budget(budget), "--budget");
        } else if (power != null) {
            sizing = checked(normalization, Sizing.power(power), "--power");
        } else if (peak != null) {
            sizing = checked(normalization, Sizing.peak(peak), "--peak");
        }
        Walls walls = root.walls(true, metrics.registry());
        TrainingJob job = kernel.apply(walls.train(workload).objective(objective));
        Workload w = job.workload();
        List<Comparison> rows;
        try (Progress progress = Progress.forTerminal(quiet)) {
            rows = job.progress(progress.listener()).compare(sizing, systems.toArray(String[]::new));
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
                        "sizingAboveTarget", "budgetUsd", "budgetUsedUsd");
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
                            c.sizingCapped(), c.sizingAboveTarget(), optional(c.budgetUsd()), optional(c.budgetUsedUsd()));
                }
                out.print(csv);
            }
            case TABLE -> print(out, rows, w);
        }
        out.flush();
        metrics.report(spec.commandLine().getErr());
        PrintWriter err = spec.commandLine().getErr();
        // A target no system can be sized within is a "no" too: every row is a size above it.
        boolean withinTarget = rows.stream().anyMatch(c -> !c.sizingAboveTarget());
        if (!withinTarget) {
            err.println("walls: no system can be sized within " + target(sizing) + ": even the smallest size of "
                    + (rows.size() == 1 ? "it" : "each") + " exceeds it; each row is that smallest size");
            err.flush();
        }
        // One system that can run the workload answers the question; none is a "no", as for search and evaluate.
        if (rows.stream().anyMatch(c -> ExitCode.runs(c.evaluation()))) {
            return withinTarget ? ExitCode.OK : ExitCode.NOT_MET;
        }
        String workload = rows.get(0).evaluation().workload();
        err.println(rows.size() == 1
                ? "walls: " + rows.get(0).evaluation().system() + " cannot run " + workload + "; its verdict says why"
                : "walls: none of the " + rows.size() + " systems can run " + workload + "; each verdict says why");
        err.flush();
        return ExitCode.NOT_MET;
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

    /** A number a row may lack: empty in CSV. */
    private static Object optional(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : "";
    }

    private static Sizing checked(Normalization given, Sizing stated, String flag) {
        if (given != Normalization.NONE && given != stated.normalization()) {
            throw new InputException(flag + " sizes by " + stated.normalization() + " but --normalize " + given
                    + " was given");
        }
        return stated;
    }

    private static void print(PrintWriter out, List<Comparison> rows, Workload w) {
        out.println(w.name() + String.format(Locale.ROOT, " (%.3g T tokens)", w.trainingTokens() / 1e12));
        out.println();
        Table t = new Table("system", "accelerators", "days to train", "run cost", "capital", "power", "precision", "MFU",
                "MFU@16-bit", "binding", "memory", "interconnect", "packaging", "software", "economics");
        for (Comparison c : rows) {
            // a size the target could not set: the system's largest, short of it, or its smallest, above it (the count is
            // what the best layout uses of that size)
            t.row(c.system(), c.accelerators() + (c.sizingCapped() ? " (capped)" : c.sizingAboveTarget() ? " (over)" : ""),
                    Units.days(c.timeToTrainDays()) + " (" + Units.days(c.range().timeToTrainDays().low()) + "–"
                            + Units.days(c.range().timeToTrainDays().high()) + ")",
                    Money.usd(c.costUsd()) + " (" + Money.usd(c.range().costUsd().low()) + "–" + Money.usd(c.range().costUsd().high()) + ")",
                    Money.usd(c.capexUsd()), Units.watts(c.powerWatts()), c.precision().id(), Units.percent(c.mfu()),
                    Units.percent(c.mfuAt16BitPeak()), c.bindingWall().id(),
                    status(c, Wall.MEMORY), status(c, Wall.INTERCONNECT), status(c, Wall.PACKAGING), status(c, Wall.SOFTWARE),
                    status(c, Wall.ECONOMICS));
        }
        out.print(t);
        List<String> marks = new ArrayList<>();
        if (rows.stream().anyMatch(Comparison::sizingCapped)) {
            marks.add("(capped): sized to the system's largest size, short of what the target would take");
        }
        if (rows.stream().anyMatch(Comparison::sizingAboveTarget)) {
            marks.add("(over): sized to the system's smallest size, above the target");
        }
        if (!marks.isEmpty()) {
            out.println(String.join("; ", marks) + ". The line under the row says by how much.");
        }
        out.println();
        for (Comparison c : rows) {
            out.println("- " + c.verdict());
            out.println("  layout " + c.strategy() + "; " + c.sizedBy() + fitAcrossRanges(c));
            List<RangeDriver> drivers = c.range().drivers();
            if (!drivers.isEmpty()) {
                out.println("  of " + c.range().uncertainInputs() + " uncertain inputs, " + drivers.size() + " move the result; most: "
                        + drivers.stream().limit(SHOWN_DRIVERS).map(CompareCommand::driver).collect(Collectors.joining("; ")));
            }
            if (!c.range().refusedEnds().isEmpty()) {
                out.println("  left nominal where their own rules refuse an end of the range: "
                        + String.join(", ", c.range().refusedEnds()));
            }
        }
    }

    /**
     * Says which inputs, each alone at an end of its range, change whether the layout fits memory: those that break a
     * layout that fits at nominal values, or those that would let one fit that does not.
     */
    private static String fitAcrossRanges(Comparison c) {
        boolean fits = c.fits();
        if (fits && c.range().fitsAtBothEnds()) {
            return "";
        }
        List<String> flips = new ArrayList<>();
        for (RangeDriver d : c.range().drivers()) {
            if (d.fitsAtLowEnd() != fits) {
                flips.add(d.input() + " low");
            }
            if (d.fitsAtHighEnd() != fits) {
                flips.add(d.input() + " high");
            }
        }
        if (fits) {
            return "; it no longer fits memory " + (flips.isEmpty() ? "with several inputs at ends of their ranges at once"
                    : "with " + String.join(", ", flips));
        }
        return flips.isEmpty() ? "; no input alone, at either end of its range, makes it fit memory"
                : "; it would fit memory with " + String.join(", ", flips);
    }

    /** An input and where it alone moves the run: the days only when they move (a price moves only the cost). */
    private static String driver(RangeDriver d) {
        String days = Units.days(d.timeToTrainDays().low()) + "–" + Units.days(d.timeToTrainDays().high()) + " days, ";
        return d.input() + " (" + d.figure().provenance().confidence() + ") "
                + (d.timeToTrainDays().low() == d.timeToTrainDays().high() ? "" : days)
                + Money.usd(d.costUsd().low()) + "–" + Money.usd(d.costUsd().high());
    }

    private static String status(Comparison c, Wall w) {
        var a = c.walls().get(w);
        return a.status().name() + " " + Units.loss(a);
    }
}
