package dev.walls.cli;

import dev.walls.core.TrainingJob;
import dev.walls.core.compare.ComparisonText;
import dev.walls.core.compare.Sizing;
import dev.walls.core.error.InputException;
import dev.walls.core.output.Formats;
import dev.walls.core.report.Report;
import dev.walls.core.sweep.Sizes;
import dev.walls.core.sweep.Sweep;
import dev.walls.core.sweep.SweepPoint;
import dev.walls.core.sweep.SweepText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code walls report}: a comparison as one self-contained HTML page, for a reader who must decide. */
@Command(name = "report", description = {"Write a comparison as one self-contained HTML page.",
        "The page holds the summary table, charts of time, cost, each step's split by wall and MFU, the verdicts, what",
        "moves each result and the sources behind the figures; with --sweep, how each system scales over a range of",
        "sizes. Inline CSS and SVG only: no script, nothing fetched. There is no --format: for JSON or CSV of the same",
        "comparison, run walls compare --format json|csv. The exit code is compare's: 0 when a compared system runs",
        "within the size and the deadline asked, 3 when none does (the page is written either way); the sweep's points",
        "do not change it."})
final class ReportCommand extends CommandBase {

    @Mixin
    ComparisonOptions comparison;

    @Option(names = "--output", required = true, paramLabel = "FILE.html",
            description = "Where to write the page; - writes it to standard output.")
    String output;

    @Option(names = "--force", description = "Replace an existing report that walls wrote (any other file is kept).")
    boolean force;

    @Option(names = "--sweep", paramLabel = "SIZES",
            description = {"Also sweep the same systems (without :N) over these sizes, as sweep --accelerators",
                    "takes them (1024..8192, 1024,2048,4096, 1024..8192+1024), and add \"How it scales\":",
                    "lines of days and cost against accelerators, and the points' table. With --max-days,",
                    "each point keeps to the deadline as sweep --max-days does, marked (late) if it cannot."})
    String sweep;

    @Override
    public Integer call() {
        Sizing sizing = comparison.sizing();
        List<String> systems = comparison.systems;
        String workload = comparison.workload;
        Sizes sizes = sweep == null ? null : asSweepFlag(() -> Sizes.parse(sweep));
        List<String> inputs = new ArrayList<>(systems);
        inputs.add(workload);
        ReportOutput target = ReportOutput.check(output, force, inputs);
        TrainingJob job = comparison.job(root.walls(true));
        String[] swept = swept(systems);
        if (sizes != null) {
            // before the comparison, so that a size a system does not scale to is refused at once, not after it
            asSweepFlag(() -> {
                job.checkSweep(sizes, swept);
                return null;
            });
        }
        Report report;
        try (Progress progress = Progress.forTerminal(comparison.quiet)) {
            report = job.progress(progress.listener()).report(sizing, systems.toArray(String[]::new))
                    .withCommand(commandLine());
        }
        Sweep curve = null;
        if (sizes != null) {
            try (Progress progress = Progress.forTerminal(comparison.quiet, "points")) {
                curve = asSweepFlag(() -> job.progress(progress.listener()).sweep(sizes, swept));
            }
            report = report.withSweep(curve);
        }
        long bytes = target.write(report.html(), out());
        if (!target.toStandardOutput()) {
            out().println(String.format(Locale.ROOT, "wrote %s (%,d bytes): %s on %d system%s", target.given(), bytes,
                    ComparisonText.title(report.workload()), report.rows().size(), report.rows().size() == 1 ? "" : "s"));
            out().flush();
        }
        PrintWriter err = err();
        if (curve != null) {
            missing(err, curve);
        }
        return ComparisonOutcome.judge(report.rows(), sizing, job.workload().name(), err, "the report says why",
                "the report says why");
    }

    /**
     * Says on stderr how many of the sweep's points cannot run, and how many that run miss the deadline, as
     * {@code walls sweep} does, so that a pipe sees it too. A sweep's points never change the exit code: the report's
     * question is the comparison's, and a sweep in which no point runs (or none in time) is still drawn (as gaps, each
     * with its status, or as late points) in a page that is written all the same.
     */
    private static void missing(PrintWriter err, Sweep curve) {
        List<SweepPoint> missing = curve.points().stream().filter(p -> !p.runs()).toList();
        if (missing.size() == curve.points().size()) {
            err.println("walls: no point of the sweep can run " + curve.workload() + "; the report's \"How it scales\""
                    + " says why");
        } else if (!missing.isEmpty()) {
            err.println(String.format(Locale.ROOT, "walls: %d of %d points of the sweep cannot run on exactly their"
                    + " size (%s); the report's \"How it scales\" says why", missing.size(), curve.points().size(),
                    SweepText.missingCounts(missing)));
        }
        int late = curve.late().size();
        if (late > 0) {
            err.println(String.format(Locale.ROOT, "walls: %d of %d points of the sweep that run miss the %s (marked"
                    + " late); the report's \"How it scales\" marks them", late, curve.running().size(),
                    Formats.deadline(curve.maxDays())));
        }
        err.flush();
    }

    /**
     * The systems to sweep: those compared, without their sizes ({@code dgx-h100:8192} is swept as {@code dgx-h100}),
     * each once, in the order given.
     */
    static String[] swept(List<String> systems) {
        return systems.stream().map(TrainingJob::unsized).distinct().toArray(String[]::new);
    }

    /**
     * Runs {@code step}, naming {@code --sweep} in its refusal where the sweep names {@code --accelerators}, the flag
     * {@code walls sweep} takes the same sizes in.
     */
    private static <T> T asSweepFlag(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (InputException e) {
            String m = e.getMessage();
            if (m != null && m.startsWith("--accelerators")) {
                throw new InputException("--sweep" + m.substring("--accelerators".length()), e);
            }
            throw e;
        }
    }

    /**
     * The command as the page records it, to make it again: the arguments given, less where the page went and how
     * ({@code --output}, {@code --force}, {@code --quiet}), which do not change it, so that the same inputs give the
     * same page wherever it is written.
     */
    private String commandLine() {
        List<String> args = spec.root().commandLine().getParseResult().originalArgs();
        List<String> kept = new ArrayList<>();
        kept.add("walls");
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--output")) {
                i++;
            } else if (!a.startsWith("--output=") && !a.equals("--force") && !a.equals("--quiet")) {
                kept.add(quoted(a));
            }
        }
        return String.join(" ", kept);
    }

    /** An argument as a shell takes it back: bare when it is safe so, else in single quotes. */
    private static String quoted(String arg) {
        if (!arg.isEmpty() && arg.matches("[A-Za-z0-9_./:=,@%+-]+")) {
            return arg;
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }
}
