package dev.walls.cli;

import dev.walls.core.Walls;
import dev.walls.core.error.InputException;
import dev.walls.core.output.Formats;
import dev.walls.core.output.Json;
import dev.walls.core.validation.ValidationCase;
import dev.walls.core.validation.ValidationReport;
import dev.walls.core.validation.ValidationSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code walls validate}: the model against published training runs. */
@Command(name = "validate", description = {"Predict published training runs and compare with their measured step times.",
        "Per row, then the mean absolute percentage error and the maximum, overall, per source and per system."})
final class ValidateCommand extends Subcommand {

    @Mixin
    MetricsOptions metrics;

    @Option(names = "--cases", required = true, paramLabel = "FILE.csv",
            description = "Published runs in the schema of shared/validation/public.csv (see its README).")
    Path cases;

    @Option(names = "--max-mape", paramLabel = "PERCENT",
            description = "Exit with code 3 when the mean absolute percentage error exceeds this.")
    Double maxMape;

    @Option(names = "--max-error", paramLabel = "PERCENT",
            description = "Exit with code 3 when any row's absolute error exceeds this.")
    Double maxError;

    @Mixin
    KernelOption kernel;

    @Override
    public Integer call() {
        requirePercent("--max-mape", maxMape);
        requirePercent("--max-error", maxError);
        Walls walls = root.walls(true, metrics.registry());
        ValidationReport report = walls.validate(cases, kernel.id);
        PrintWriter out = spec.commandLine().getOut();
        switch (format.format()) {
            case JSON -> out.print(Json.write(report));
            case CSV -> {
                Csv csv = new Csv("id", "source", "system", "accelerators", "predictedSeconds", "measuredSeconds",
                        "errorPercent", "strategy", "chosen", "mfu", "bindingWall", "fits", "slowestWall",
                        "memoryPerRankBytes", "memoryCapacityBytes", "cannotHaveRun");
                for (ValidationCase c : report.cases()) {
                    csv.row(c.id(), c.source(), c.system(), c.accelerators(), c.predictedSeconds(), c.measuredSeconds(),
                            c.errorPercent(), c.strategy(), chosen(c.chosen()), c.mfu(), c.bindingWall(), c.fits(),
                            c.slowestWall(), c.memoryPerRankBytes(), c.memoryCapacityBytes(), c.cannotHaveRun());
                }
                out.print(csv);
            }
            case TABLE -> print(out, report);
        }
        out.flush();
        metrics.report(err());
        ValidationSummary s = report.summary();
        boolean missed = maxMape != null && s.mape() > maxMape || maxError != null && s.maxAbsErrorPercent() > maxError;
        if (missed) {
            spec.commandLine().getErr().println(String.format(Locale.ROOT,
                    "walls: validation target missed: MAPE %.2f %% (limit %s), max |error| %.2f %% (limit %s)",
                    s.mape(), maxMape == null ? "none" : maxMape, s.maxAbsErrorPercent(), maxError == null ? "none" : maxError));
        }
        // A row whose layout cannot have run on its hardware compares a step against a run that did not happen as
        // written: its error, and the MAPE it joins, mean nothing, and a script reading JSON or CSV sees no table
        // note. So it answers no (3), as evaluate does for a layout that does not fit; the rows only a little over
        // (the model's memory estimate errs, as on two public Nemotron-4 340B rows) keep 0.
        List<String> cannotHaveRun = report.cases().stream().filter(ValidationCase::cannotHaveRun)
                .map(ValidationCase::id).toList();
        if (!cannotHaveRun.isEmpty()) {
            spec.commandLine().getErr().println("walls: " + cannotHaveRun.size() + " row(s) state a layout that needs more"
                    + " than " + ValidationCase.CANNOT_HAVE_RUN + "× the accelerator's memory and cannot have run on that"
                    + " hardware as written (" + String.join(", ", cannotHaveRun) + "); check their layouts");
        }
        spec.commandLine().getErr().flush();
        return missed || !cannotHaveRun.isEmpty() ? ExitCode.NOT_MET : ExitCode.OK;
    }

    private static String chosen(Map<String, String> chosen) {
        StringBuilder b = new StringBuilder();
        chosen.forEach((k, v) -> b.append(b.length() == 0 ? "" : ",").append(k).append('=').append(v));
        return b.toString();
    }

    private static void print(PrintWriter out, ValidationReport r) {
        // the wall that slows the step, not the binding one: a comparison's economics says nothing of a step's time
        Table t = new Table("id", "system", "n", "predicted s", "measured s", "error", "searched", "memory",
                "slowest wall");
        List<ValidationCase> overCapacity = new ArrayList<>();
        List<ValidationCase> cannotHaveRun = new ArrayList<>();
        for (ValidationCase c : r.cases()) {
            t.row(c.id(), c.system(), c.accelerators(), String.format(Locale.ROOT, "%.3f", c.predictedSeconds()),
                    String.format(Locale.ROOT, "%.3f", c.measuredSeconds()),
                    String.format(Locale.ROOT, "%+.1f%%", c.errorPercent()), chosen(c.chosen()),
                    c.fits() ? "fits" : "DOES NOT FIT", c.slowestWall());
            if (c.cannotHaveRun()) {
                cannotHaveRun.add(c);
            } else if (!c.fits()) {
                overCapacity.add(c);
            }
        }
        out.print(t);
        out.println();
        Table s = new Table("group", "rows", "MAPE", "max |error|", "mean error");
        summary(s, "all", r.summary());
        r.bySource().forEach((k, v) -> summary(s, "source " + k, v));
        r.bySystem().forEach((k, v) -> summary(s, "system " + k, v));
        out.print(s);
        if (!r.cases().isEmpty()) {
            // what the error is measured on: a system or size outside it is an extrapolation, whatever the MAPE
            int fewest = r.cases().stream().mapToInt(ValidationCase::accelerators).min().orElse(0);
            int most = r.cases().stream().mapToInt(ValidationCase::accelerators).max().orElse(0);
            out.println();
            out.println("These rows cover " + String.join(", ", r.bySystem().keySet()) + " at " + fewest + " to " + most
                    + " accelerators; predictions for other systems or sizes are extrapolations from them.");
        }
        // A row a little over is the model's memory estimate erring; one far over is a layout mistyped in the row.
        if (!overCapacity.isEmpty()) {
            out.println();
            out.println(overCapacity.size() + " of " + r.cases().size() + " layouts do not fit the rank's memory in the"
                    + " model, though they ran; their steps are compared all the same:");
            overCapacity.forEach(c -> out.println("  " + memory(c)));
        }
        if (!cannotHaveRun.isEmpty()) {
            out.println();
            out.println(cannotHaveRun.size() + " of " + r.cases().size() + " layouts need more than "
                    + ValidationCase.CANNOT_HAVE_RUN + "× the accelerator's memory: as written they cannot have run on"
                    + " that hardware, so check each row's layout (tp, pp, dp, cp, microbatch, recompute, and"
                    + " dp_sharding in its notes); their steps are compared all the same:");
            cannotHaveRun.forEach(c -> out.println("  " + memory(c)));
        }
    }

    /** One row's memory need against what its rank holds. */
    private static String memory(ValidationCase c) {
        return String.format(Locale.ROOT, "%s needs %s a rank, which holds %s (%.2f×)", c.id(),
                Formats.bytes(c.memoryPerRankBytes()), Formats.bytes(c.memoryCapacityBytes()),
                c.memoryPerRankBytes() / c.memoryCapacityBytes());
    }

    private static void summary(Table t, String group, ValidationSummary s) {
        t.row(group, s.count(), String.format(Locale.ROOT, "%.2f%%", s.mape()),
                String.format(Locale.ROOT, "%.2f%%", s.maxAbsErrorPercent()), String.format(Locale.ROOT, "%+.2f%%", s.meanErrorPercent()));
    }

    private static void requirePercent(String flag, Double limit) {
        if (limit != null && !(limit >= 0 && limit < Double.POSITIVE_INFINITY)) {
            throw new InputException(flag + " must be a percentage of 0 or more, got " + limit);
        }
    }
}
