package dev.walls.cli;

import dev.walls.core.TrainingJob;
import dev.walls.core.Walls;
import dev.walls.core.output.Formats;
import dev.walls.core.output.Json;
import dev.walls.core.search.Objective;
import dev.walls.core.search.RunFigures;
import dev.walls.core.search.SearchResult;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.wall.Money;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.workload.Workload;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code walls search}: every valid layout, the best K with their breakdowns, the time-versus-cost Pareto set. */
@Command(name = "search", description = {"Sweep every valid layout of a workload on a system; show the best and the time-cost Pareto set.",
        "Layouts cross TP, PP, DP, CP, interleaving, microbatch, recompute, ZeRO, SP and precision; those a wall blocks",
        "are rejected and counted per wall."})
final class SearchCommand extends Subcommand {

    @Mixin
    MetricsOptions metrics;

    @Mixin
    JobOptions target;

    @Option(names = "--accelerators", converter = PositiveCount.class, paramLabel = "N", description = "The most accelerators the layouts may use.")
    int accelerators;

    @Option(names = "--exact", description = "Use exactly N accelerators; by default any size the system scales to up to N.")
    boolean exact;

    @Option(names = "--objective", converter = ObjectiveConverter.class, paramLabel = "time|cost", defaultValue = "time",
            description = "Minimize time to train or cost of the run. Default: ${DEFAULT-VALUE}.")
    Objective objective;

    @Option(names = "--top", paramLabel = "K", defaultValue = "5", description = "How many of the best layouts to show.")
    int top;

    @Option(names = "--max-days", paramLabel = "DAYS", converter = DayCount.class,
            description = "Keep to runs of at most DAYS (failures and restarts included): with --objective cost, the "
                    + "cheapest run within a deadline. When none meets it, the fastest layouts are shown and the exit "
                    + "code is 3.")
    Double maxDays;

    @Mixin
    KernelOption kernel;

    @Option(names = "--strategy", paramLabel = "PINS", defaultValue = "",
            description = "Keys to pin, e.g. tp=8,precision=bf16; every other key is searched.")
    String pins;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        Walls walls = root.walls(true, metrics.registry());
        TrainingJob job = walls.train(target.workload).on(target.system).pin(pins).objective(objective).top(top);
        job = accelerators > 0 ? job.accelerators(accelerators) : job;
        job = exact ? job.exact() : job;
        job = maxDays != null ? job.maxDays(maxDays) : job;
        job = kernel.apply(job);
        Workload w = job.workload();
        SearchResult result;
        try (Progress progress = Progress.forTerminal(quiet)) {
            result = job.progress(progress.listener()).search();
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format.format()) {
            case JSON -> out.print(Json.write(result));
            case CSV -> {
                // the evaluation's columns, then what compare calls the same figures, and the layout's keys one by one
                Csv csv = new Csv(concat(new String[] {"set"}, EvaluateCommand.header(), FIGURES));
                result.top().forEach(e -> csv.row(concat(new Object[] {"top"}, EvaluateCommand.row(e), figures(result, e))));
                result.pareto().forEach(e -> csv.row(concat(new Object[] {"pareto"}, EvaluateCommand.row(e),
                        figures(result, e))));
                out.print(csv);
            }
            case TABLE -> print(out, result, w);
        }
        out.flush();
        metrics.report(spec.commandLine().getErr());
        if (result.strategiesFeasible() == 0) {
            spec.commandLine().getErr().println("walls: no layout is feasible; shown is the one closest to fitting memory");
            spec.commandLine().getErr().flush();
            return ExitCode.NOT_MET;
        }
        Wall blocking = result.best().blockingWall().orElse(null);
        if (blocking != null) {
            spec.commandLine().getErr().println("walls: the " + blocking.id() + " wall blocks the best layout: "
                    + result.best().walls().get(blocking).finding());
            spec.commandLine().getErr().flush();
            return ExitCode.NOT_MET;
        }
        if (!result.withinMaxDays()) {
            spec.commandLine().getErr().println("walls: " + missedDeadline(result));
            spec.commandLine().getErr().flush();
            return ExitCode.NOT_MET;
        }
        return ExitCode.OK;
    }

    /** The CSV columns after the evaluation's, named as {@code compare} names them. */
    private static final String[] FIGURES = {"timeToTrainDays", "costUsd", "capexUsd", "powerWatts", "mfuAt16BitPeak",
            "precision", "tp", "pp", "dp", "cp", "vpp", "mb", "recompute", "sp", "zero", "maxDays", "withinMaxDays"};

    /**
     * A row's figures as compare's CSV names them, ending with the deadline and whether the row's run keeps to it (a
     * Pareto row may not, nor any row when no layout does; true without a deadline and for a row that cannot run), as
     * compare's and sweep's do.
     */
    private static Object[] figures(SearchResult r, Evaluation e) {
        RunFigures f = r.figures(e).orElseThrow();
        Strategy s = e.strategy();
        boolean inTime = r.maxDays() == null || !RunFigures.runs(e) || f.timeToTrainDays() <= r.maxDays();
        return new Object[] {f.timeToTrainDays(), f.costUsd(), f.capexUsd(), f.powerWatts(), f.mfuAt16BitPeak(),
                f.precision().id(), s.tp(), s.pp(), s.dp(), s.cp(), s.vpp(), s.microbatch(), s.recompute().id(),
                s.sequenceParallel(), s.zeroStage(), r.maxDays() == null ? "" : r.maxDays(), inTime};
    }

    @SafeVarargs
    private static <T> T[] concat(T[] first, T[]... rest) {
        int n = first.length;
        for (T[] r : rest) {
            n += r.length;
        }
        T[] all = Arrays.copyOf(first, n);
        int at = first.length;
        for (T[] r : rest) {
            System.arraycopy(r, 0, all, at, r.length);
            at += r.length;
        }
        return all;
    }

    /** "; 214,004 blocked by the memory wall, …" for the walls that blocked any layout. */
    private static String blocked(Map<String, Long> rejected) {
        StringBuilder b = new StringBuilder();
        rejected.forEach((wall, n) -> {
            if (n > 0) {
                b.append(b.length() == 0 ? "; " : ", ").append(String.format(Locale.ROOT, "%,d blocked by the %s wall", n, wall));
            }
        });
        return b.toString();
    }

    private static void print(PrintWriter out, SearchResult r, Workload w) {
        out.println(String.format(Locale.ROOT, "%,d layouts on %s accelerator count(s) in %.2f s with the %s kernel "
                        + "(%,.0f layouts/s, %d threads); %,d feasible%s",
                r.strategiesEvaluated(), r.sizes().size(), r.elapsedSeconds(), r.kernel(), r.strategiesPerSecond(),
                r.threads(), r.strategiesFeasible(), blocked(r.rejected())));
        out.println();
        Evaluation best = r.best();
        if (r.strategiesFeasible() == 0) {
            out.println("No layout fits memory; of the one closest to fitting, " + best.walls().get(Wall.MEMORY).finding());
            out.println();
            out.println("The layout closest to fitting (it cannot run):");
        } else if (best.blockingWall().isPresent()) {
            // the best can run when any layout can: here a wall blocks every layout judged in full
            Wall wall = best.blockingWall().get();
            out.println("No layout can run: a wall blocks every layout judged in full; the " + wall.id()
                    + " wall blocks the best by " + r.objective() + ": " + best.walls().get(wall).finding());
            out.println();
            out.println("Best " + r.top().size() + " by " + r.objective() + " (none can run):");
        } else if (!r.withinMaxDays()) {
            String missed = missedDeadline(r);
            out.println(Character.toUpperCase(missed.charAt(0)) + missed.substring(1) + (r.top().size() == 1 ? ":"
                    : "; the " + r.top().size() + " fastest:"));
        } else if (r.maxDays() != null) {
            out.println("Best " + r.top().size() + " by " + r.objective() + " within " + Formats.dayCount(r.maxDays())
                    + ":");
        } else {
            out.println("Best " + r.top().size() + " by " + r.objective() + ":");
        }
        out.print(rows(r, r.top(), w));
        out.println();
        if (!r.blockedBetter().isEmpty()) {
            String better = r.objective().equals("cost") ? "cheaper" : "faster";
            out.println(String.format(Locale.ROOT, "%d accelerator count(s) give %s layouts, but a wall blocks them:",
                    r.blockedBetter().size(), better));
            Table t = new Table("accelerators", "layout", "days to train", "run cost", "blocked by");
            for (Evaluation e : r.blockedBetter()) {
                Wall wall = e.blockingWall().orElseThrow();
                double runCost = e.walls().get(Wall.ECONOMICS).metrics().getOrDefault("runCostUsd", Double.NaN);
                t.row(e.accelerators(), e.strategy().toString(),
                        String.format(Locale.ROOT, "%,.1f", RunFigures.days(w, e.stepTimeSeconds())), Money.usd(runCost),
                        wall.id() + ": " + e.walls().get(wall).finding());
            }
            out.print(t);
            out.println();
        }
        if (r.pareto().isEmpty()) {
            out.println("Time-versus-cost Pareto set: none, as no layout can run.");
        } else {
            out.println("Time-versus-cost Pareto set (no layout is both faster and cheaper):");
            out.print(rows(r, r.pareto(), w));
        }
        out.println();
        out.println("The best layout in full:");
        EvaluateCommand.print(out, r.best());
    }

    /** "no layout that can run trains within 5 days: the fastest takes 6.8 days" */
    private static String missedDeadline(SearchResult r) {
        return String.format(Locale.ROOT, "no layout that can run trains within %s: the fastest takes %,.1f days",
                Formats.dayCount(r.maxDays()), r.figures(r.best()).orElseThrow().timeToTrainDays());
    }

    /** The layouts' rows; MFU against the peak of the layout's precision (its last key), then against the 16-bit one. */
    private static Table rows(SearchResult r, java.util.List<Evaluation> evaluations, Workload w) {
        Table t = new Table("#", "accelerators", "layout", "step", "days to train", "run cost", "MFU", "MFU@16-bit",
                "memory/rank", "binding");
        int i = 1;
        for (Evaluation e : evaluations) {
            RunFigures f = r.figures(e).orElseThrow();
            // a layout that cannot run says so where the wall that stops it is named
            String binding = e.bindingWall().id() + (RunFigures.runs(e) ? "" : e.fits() ? " BLOCKED" : " (does not fit)");
            t.row(i++, e.accelerators(), e.strategy().toString(), Formats.seconds(e.stepTimeSeconds()),
                    String.format(Locale.ROOT, "%,.1f", f.timeToTrainDays()), Money.usd(f.costUsd()),
                    Formats.percent(e.mfu()), Formats.percent(f.mfuAt16BitPeak()), Formats.bytes(e.memoryPerRankBytes()),
                    binding);
        }
        return t;
    }
}
