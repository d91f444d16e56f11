package dev.walls.cli;

import dev.walls.core.TrainingJob;
import dev.walls.core.Walls;
import dev.walls.core.compare.ComparisonRange;
import dev.walls.core.compare.ComparisonText;
import dev.walls.core.error.InputException;
import dev.walls.core.output.Formats;
import dev.walls.core.output.Json;
import dev.walls.core.search.Objective;
import dev.walls.core.sweep.Sizes;
import dev.walls.core.sweep.Sweep;
import dev.walls.core.sweep.SweepOptions;
import dev.walls.core.sweep.SweepPoint;
import dev.walls.core.sweep.SweepText;
import dev.walls.core.sweep.Variation;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.workload.Workload;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code walls sweep}: each system's best layout at each size, a scaling curve per system. */
@Command(name = "sweep", description = {"Sweep systems over sizes: the best layout on exactly each size, as compare reports it.",
        "A size where no layout of exactly that many accelerators can run is reported missing, with the reason",
        "(--allow-fewer takes the best layout on fewer there, and says so). Exit 0 when any point runs, 3 when none does,",
        "or when points run but none within --max-days."})
final class SweepCommand extends Subcommand {

    @Mixin
    MetricsOptions metrics;

    @Option(names = "--workload", required = true, paramLabel = "WORKLOAD", description = "A workload id or spec file.")
    String workload;

    @Parameters(arity = "1..*", paramLabel = "SYSTEM", description = "Systems by id or spec file, without a size.")
    List<String> systems = new ArrayList<>();

    @Option(names = "--accelerators", required = true, paramLabel = "SIZES",
            description = {"The sizes: 1024,2048,4096; 1024..16384 (doubling); 1024..16384*4 (a whole factor);",
                    "1024..8192+1024 (a step); or a list of these. At most " + Sizes.MAX_POINTS + " sizes, each within"
                    + " what every system scales to."})
    String sizes;

    @Option(names = "--strategy", paramLabel = "PINS", defaultValue = "",
            description = "Keys to pin at every size, e.g. tp=8,precision=bf16; every other key is searched.")
    String pins;

    @Option(names = "--objective", converter = ObjectiveConverter.class, paramLabel = "time|cost", defaultValue = "time",
            description = "What each point's layout search minimizes. Default: ${DEFAULT-VALUE}.")
    Objective objective;

    @Option(names = "--max-days", paramLabel = "DAYS", converter = DayCount.class,
            description = "Each point's best run of at most DAYS (failures and restarts included), as search --exact "
                    + "--max-days finds it at that size: with --objective cost, the cheapest within the deadline. A "
                    + "size that cannot meet it keeps its fastest run and its status, marked (late); with "
                    + "--allow-fewer, a point on fewer keeps to the deadline too. When points run but none meets it, "
                    + "the exit code is 3.")
    Double maxDays;

    @Mixin
    KernelOption kernel;

    @Option(names = "--ranges", description = {"Give each point time and cost across the uncertain inputs' ranges, as",
            "compare does (about 220 evaluations a point)."})
    boolean ranges;

    @Option(names = "--allow-fewer", description = {"Where no layout on exactly a size can run, use the best layout that",
            "runs on fewer accelerators; the point is marked 'fewer' with the count it uses."})
    boolean fewer;

    @Option(names = "--vary", paramLabel = "WALL.PATH=V1,V2,...",
            description = {"A second axis: run the sweep once for each value of one wall assumption (a path",
                    "`walls assumptions` lists, as --assume takes it), e.g. economics.operating.pue=1.1,1.3,1.5."})
    String vary;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        Sizes parsed = Sizes.parse(sizes);
        SweepOptions options = SweepOptions.DEFAULT;
        if (ranges) {
            options = options.withRanges();
        }
        if (fewer) {
            options = options.allowingFewer();
        }
        if (vary != null) {
            Variation v = Variation.parse(vary);
            for (String a : root.assumptions) {
                int eq = a.indexOf('=');
                if (eq > 0 && a.substring(0, eq).trim().equals(v.path())) {
                    throw new InputException("--vary " + v.path() + " and --assume " + a
                            + " set the same assumption; give it once");
                }
            }
            options = options.varying(v);
        }
        Walls walls = root.walls(true, metrics.registry());
        TrainingJob job = kernel.apply(walls.train(workload).pin(pins).objective(objective));
        // the deadline is checked where search and compare check it, with their message
        job = maxDays == null ? job : job.maxDays(maxDays);
        Workload w = job.workload();
        Sweep sweep;
        try (Progress progress = Progress.forTerminal(quiet, "points")) {
            sweep = job.progress(progress.listener()).sweep(options, parsed, systems.toArray(String[]::new));
        }
        PrintWriter out = out();
        switch (format.format()) {
            case JSON -> out.print(Json.write(sweep));
            case CSV -> out.print(csv(sweep, ranges));
            case TABLE -> print(out, sweep, w);
        }
        out.flush();
        metrics.report(err());
        List<SweepPoint> missing = sweep.points().stream().filter(p -> !p.runs()).toList();
        PrintWriter err = err();
        if (missing.size() == sweep.points().size()) {
            // nothing to plot: the same "no" as a comparison in which no system can run
            err.println("walls: no point of the sweep can run " + sweep.workload() + "; each point's status and reason"
                    + " say why");
            err.flush();
            return ExitCode.NOT_MET;
        }
        if (!missing.isEmpty()) {
            // a partial curve is still an answer: say how much of it is missing, on stderr, so that a pipe sees it too
            err.println(String.format(Locale.ROOT, "walls: %d of %d points cannot run on exactly their size (%s); each"
                            + " point's status and reason say why", missing.size(), sweep.points().size(),
                    SweepText.missingCounts(missing)));
        }
        int late = sweep.late().size();
        int running = sweep.running().size();
        if (late == running) {
            // every point that runs misses the deadline: the same "no" as a comparison none of whose systems meets it
            err.println("walls: no point of the sweep trains " + sweep.workloadName() + " within "
                    + Formats.dayCount(sweep.maxDays()) + "; each point that runs is the fastest run at its size");
            err.flush();
            return ExitCode.NOT_MET;
        }
        if (late > 0) {
            // as for missing points: a curve partly late is still an answer
            err.println(String.format(Locale.ROOT, "walls: %d of %d points that run miss the %s (marked late);"
                    + " each is the fastest run at its size", late, running, Formats.deadline(sweep.maxDays())));
        }
        err.flush();
        return ExitCode.OK;
    }

    static String csv(Sweep sweep, boolean ranges) {
        List<String> header = new ArrayList<>(List.of("system", "requestedAccelerators", "accelerators"));
        boolean varied = sweep.vary() != null;
        if (varied) {
            header.addAll(List.of("vary", "varyValue"));
        }
        header.addAll(List.of("status", "runs", "timeToTrainDays", "costUsd", "capexUsd", "powerWatts", "mfu",
                "mfuAt16BitPeak", "stepTimeSeconds", "tokensPerSecond", "fits", "strategy", "bindingWall", "memory",
                "interconnect", "packaging", "software", "economics"));
        if (ranges) {
            header.addAll(List.of("timeLowDays", "timeHighDays", "costLowUsd", "costHighUsd", "topRangeDriver"));
        }
        // appended after the columns scripts already read by position
        header.addAll(List.of("reason", "maxDays", "withinMaxDays"));
        Csv csv = new Csv(header.toArray(String[]::new));
        for (SweepPoint p : sweep.points()) {
            List<Object> row = new ArrayList<>(List.of(p.system(), p.requestedAccelerators()));
            row.add(p.accelerators());
            if (varied) {
                row.add(sweep.vary());
                row.add(p.varyValue());
            }
            row.addAll(Arrays.asList(p.status().toString(), p.runs(), p.timeToTrainDays(), p.costUsd(),
                    p.capexUsd(), p.powerWatts(), p.mfu(), p.mfuAt16BitPeak(), p.stepTimeSeconds(), p.tokensPerSecond(),
                    p.fits(), p.strategy() == null ? null : p.strategy().toString(),
                    p.bindingWall() == null ? null : p.bindingWall().id()));
            for (Wall wall : Wall.values()) {
                row.add(p.walls().containsKey(wall) ? p.walls().get(wall).status().name() : null);
            }
            if (ranges) {
                ComparisonRange r = p.range();
                row.addAll(Arrays.asList(r == null ? null : r.timeToTrainDays().low(),
                        r == null ? null : r.timeToTrainDays().high(), r == null ? null : r.costUsd().low(),
                        r == null ? null : r.costUsd().high(),
                        r == null || r.drivers().isEmpty() ? null : r.drivers().get(0).input()));
            }
            row.addAll(Arrays.asList(p.reason(), sweep.maxDays(), p.withinMaxDays()));
            csv.row(row.toArray());
        }
        return csv.toString();
    }

    private static void print(PrintWriter out, Sweep sweep, Workload w) {
        out.println(ComparisonText.title(w) + ": the best layout on each size, by " + sweep.objective()
                + (sweep.maxDays() == null ? "" : ", within " + Formats.dayCount(sweep.maxDays())));
        List<SweepPoint> group = new ArrayList<>();
        for (SweepPoint p : sweep.points()) {
            if (!group.isEmpty() && !(group.get(0).system().equals(p.system())
                    && Objects.equals(group.get(0).varyValue(), p.varyValue()))) {
                group(out, sweep, group);
                group.clear();
            }
            group.add(p);
        }
        group(out, sweep, group);
        out.println();
        out.println(SweepText.tally(sweep.points(), SweepText.Medium.TABLE));
    }

    /** One system's curve (at one value of the varied assumption): a table, then why any point does not run. */
    private static void group(PrintWriter out, Sweep sweep, List<SweepPoint> points) {
        SweepPoint first = points.get(0);
        out.println();
        out.println(first.system() + " — " + first.name() + (sweep.vary() == null ? ""
                : ", " + sweep.vary() + " = " + (first.varyValue() == null ? "" : Formats.plain(first.varyValue()))));
        Table t = new Table(SweepText.COLUMNS.toArray(String[]::new));
        for (SweepPoint p : points) {
            t.row(SweepText.cells(p).toArray());
        }
        out.print(t);
        String late = SweepText.lateMark(points);
        if (!late.isEmpty()) {
            out.println(late);
        }
        SweepText.reasonsBySize(points).forEach(line -> out.println("- " + line));
    }
}
