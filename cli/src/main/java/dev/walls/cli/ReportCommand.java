package dev.walls.cli;

import dev.walls.core.TrainingJob;
import dev.walls.core.compare.Comparison;
import dev.walls.core.compare.ComparisonText;
import dev.walls.core.compare.Sizing;
import dev.walls.core.error.InputException;
import dev.walls.core.report.Report;
import dev.walls.core.search.Objective;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code walls report}: a comparison as one self-contained HTML page, for a reader who must decide. */
@Command(name = "report", description = {"Write a comparison as one self-contained HTML page: the summary table, charts of",
        "time, cost, each step's split by wall and MFU, the verdicts, what moves each result and the sources behind the",
        "figures. Inline CSS and SVG only: no script, nothing fetched."})
final class ReportCommand extends Subcommand {

    @Option(names = "--workload", required = true, paramLabel = "WORKLOAD", description = "A workload id or spec file.")
    String workload;

    @Parameters(arity = "1..*", paramLabel = "SYSTEM[:N]",
            description = "Systems by id or spec file, optionally with a size (gb200-nvl72:4608).")
    List<String> systems = new ArrayList<>();

    @Option(names = "--output", required = true, paramLabel = "FILE.html",
            description = "Where to write the page; - writes it to standard output.")
    String output;

    @Option(names = "--force", description = "Replace an existing report that walls wrote (any other file is kept).")
    boolean force;

    @Mixin
    SizingOptions sizingOptions;

    @Option(names = "--objective", converter = ObjectiveConverter.class, paramLabel = "time|cost", defaultValue = "time",
            description = "What each system's layout search minimizes. Default: ${DEFAULT-VALUE}.")
    Objective objective;

    @Mixin
    KernelOption kernel;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        if (format.format() != OutputFormat.TABLE) {
            throw new InputException("--format " + format.format().name().toLowerCase(Locale.ROOT) + ": report writes one"
                    + " HTML page (--output); `walls compare --format json|csv` prints the same comparison for tools");
        }
        Sizing sizing = sizingOptions.sizing();
        List<String> inputs = new ArrayList<>(systems);
        inputs.add(workload);
        ReportOutput target = ReportOutput.check(output, force, inputs);
        TrainingJob job = kernel.apply(root.walls(true).train(workload).objective(objective));
        Report report;
        try (Progress progress = Progress.forTerminal(quiet)) {
            report = job.progress(progress.listener()).report(sizing, systems.toArray(String[]::new))
                    .withCommand(commandLine());
        }
        long bytes = target.write(report.html(), out());
        if (!target.toStandardOutput()) {
            out().println(String.format(Locale.ROOT, "wrote %s (%,d bytes): %s on %d system%s", target.given(), bytes,
                    ComparisonText.title(report.workload()), report.rows().size(), report.rows().size() == 1 ? "" : "s"));
            out().flush();
        }
        List<Comparison> rows = report.rows();
        if (rows.stream().anyMatch(ComparisonText::runs)) {
            return ExitCode.OK;
        }
        PrintWriter err = err();
        String w = rows.get(0).evaluation().workload();
        err.println(rows.size() == 1
                ? "walls: " + rows.get(0).evaluation().system() + " cannot run " + w + "; the report says why"
                : "walls: none of the " + rows.size() + " systems can run " + w + "; the report says why");
        err.flush();
        return ExitCode.NOT_MET;
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
