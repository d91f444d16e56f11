package dev.walls.cli;

import dev.walls.core.TrainingJob;
import dev.walls.core.Walls;
import dev.walls.core.output.Json;
import dev.walls.core.search.Objective;
import dev.walls.core.search.SearchResult;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.wall.Money;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.workload.Workload;
import java.io.PrintWriter;
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
                String[] header = EvaluateCommand.header();
                String[] withRank = new String[header.length + 1];
                withRank[0] = "set";
                System.arraycopy(header, 0, withRank, 1, header.length);
                Csv csv = new Csv(withRank);
                result.top().forEach(e -> csv.row(prepend("top", EvaluateCommand.row(e))));
                result.pareto().forEach(e -> csv.row(prepend("pareto", EvaluateCommand.row(e))));
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
        return ExitCode.OK;
    }

    private static Object[] prepend(String first, Object[] rest) {
        Object[] r = new Object[rest.length + 1];
        r[0] = first;
        System.arraycopy(rest, 0, r, 1, rest.length);
        return r;
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
        out.println("Best " + r.top().size() + " by " + r.objective() + ":");
        out.print(rows(r.top(), w));
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
                        String.format(Locale.ROOT, "%,.1f", w.steps() * e.stepTimeSeconds() / 86400), Money.usd(runCost),
                        wall.id() + ": " + e.walls().get(wall).finding());
            }
            out.print(t);
            out.println();
        }
        out.println("Time-versus-cost Pareto set (no layout is both faster and cheaper):");
        out.print(rows(r.pareto(), w));
        out.println();
        out.println("The best layout in full:");
        EvaluateCommand.print(out, r.best());
    }

    private static Table rows(java.util.List<Evaluation> evaluations, Workload w) {
        Table t = new Table("#", "accelerators", "layout", "step", "days to train", "run cost", "MFU", "memory/rank", "binding");
        int i = 1;
        for (Evaluation e : evaluations) {
            double runCost = e.walls().get(Wall.ECONOMICS).metrics().getOrDefault("runCostUsd", Double.NaN);
            t.row(i++, e.accelerators(), e.strategy().toString(), Units.seconds(e.stepTimeSeconds()),
                    String.format(Locale.ROOT, "%,.1f", w.steps() * e.stepTimeSeconds() / 86400), Money.usd(runCost),
                    Units.percent(e.mfu()), Units.bytes(e.memoryPerRankBytes()), e.bindingWall().id());
        }
        return t;
    }
}
