package dev.walls.cli;

import dev.walls.core.Walls;
import dev.walls.core.compare.Comparison;
import dev.walls.core.compare.Normalization;
import dev.walls.core.error.InputException;
import dev.walls.core.output.Json;
import dev.walls.core.search.Objective;
import dev.walls.core.spec.Dimension;
import dev.walls.core.spec.Quantities;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.wall.Money;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.workload.Workload;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code walls compare}: systems side by side on one workload, with the wall that binds each. */
@Command(name = "compare", description = {"Compare systems on one workload: time, cost, the binding wall and a verdict.",
        "Each system is sized alike when asked, searched for its best layout and evaluated through every wall; time and",
        "cost come with ranges, beside MFU."})
final class CompareCommand extends Subcommand {

    @Mixin
    MetricsOptions metrics;

    @Option(names = "--workload", required = true, paramLabel = "WORKLOAD", description = "A workload id or spec file.")
    String workload;

    @Parameters(arity = "1..*", paramLabel = "SYSTEM[:N]",
            description = "Systems by id or spec file, optionally with a size (gb200-nvl72:4608).")
    List<String> systems = new ArrayList<>();

    @Option(names = "--normalize", paramLabel = "none|budget|power|peak", defaultValue = "none",
            description = {"Size every system to the first one's hardware capital (accelerators and levels, no NRE or",
                    "facility), power or dense 16-bit peak. Default: ${DEFAULT-VALUE}."})
    String normalize;

    @Option(names = "--budget", paramLabel = "USD", description = "Size every system to this hardware budget, e.g. 'USD 50M'.")
    String budget;

    @Option(names = "--power", paramLabel = "W", description = "Size every system to this power, e.g. '2 MW'.")
    String power;

    @Option(names = "--peak", paramLabel = "FLOPS", description = "Size every system to this dense 16-bit peak, e.g. '1 EFLOPS'.")
    String peak;

    @Option(names = "--objective", converter = ObjectiveConverter.class, paramLabel = "time|cost", defaultValue = "time",
            description = "What each system's layout search minimizes. Default: ${DEFAULT-VALUE}.")
    Objective objective;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        Normalization normalization;
        double target = Double.NaN;
        try {
            normalization = Normalization.parse(normalize);
        } catch (IllegalArgumentException e) {
            throw new InputException("--normalize: " + e.getMessage());
        }
        int targets = (budget != null ? 1 : 0) + (power != null ? 1 : 0) + (peak != null ? 1 : 0);
        if (targets > 1) {
            throw new InputException("give at most one of --budget, --power and --peak");
        }
        if (budget != null) {
            normalization = checked(normalization, Normalization.BUDGET, "--budget");
            target = quantity("--budget", budget, Dimension.USD);
        } else if (power != null) {
            normalization = checked(normalization, Normalization.POWER, "--power");
            target = quantity("--power", power, Dimension.WATTS);
        } else if (peak != null) {
            normalization = checked(normalization, Normalization.PEAK, "--peak");
            target = quantity("--peak", peak, Dimension.FLOPS_PER_SECOND);
        }
        Walls walls = root.walls(true, metrics.registry());
        Workload w = walls.workload(workload);
        List<SystemSpec> specs = new ArrayList<>();
        for (String arg : systems) {
            specs.add(system(walls, arg));
        }
        List<Comparison> rows;
        try (Progress progress = Progress.forTerminal(quiet)) {
            rows = walls.compare(specs, w, normalization, target, objective, progress.listener());
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format.format()) {
            case JSON -> out.print(Json.write(rows));
            case CSV -> {
                Csv csv = new Csv("system", "accelerators", "timeToTrainDays", "timeLowDays", "timeHighDays", "costUsd",
                        "costLowUsd", "costHighUsd", "capexUsd", "powerWatts", "mfu", "strategy", "bindingWall",
                        "memory", "interconnect", "packaging", "software", "economics", "verdict");
                for (Comparison c : rows) {
                    csv.row(c.system(), c.accelerators(), c.timeToTrainDays(), c.range().timeToTrainDays().low(),
                            c.range().timeToTrainDays().high(), c.costUsd(), c.range().costUsd().low(), c.range().costUsd().high(),
                            c.capexUsd(), c.powerWatts(), c.mfu(), c.strategy().toString(), c.bindingWall().id(),
                            c.walls().get(Wall.MEMORY).status().name(), c.walls().get(Wall.INTERCONNECT).status().name(),
                            c.walls().get(Wall.PACKAGING).status().name(), c.walls().get(Wall.SOFTWARE).status().name(),
                            c.walls().get(Wall.ECONOMICS).status().name(), c.verdict());
                }
                out.print(csv);
            }
            case TABLE -> print(out, rows, w);
        }
        out.flush();
        metrics.report(spec.commandLine().getErr());
        return ExitCode.OK;
    }

    private static Normalization checked(Normalization given, Normalization implied, String flag) {
        if (given != Normalization.NONE && given != implied) {
            throw new InputException(flag + " sizes by " + implied + " but --normalize " + given + " was given");
        }
        return implied;
    }

    private static double quantity(String flag, String text, Dimension dimension) {
        try {
            double v = Quantities.parse(text, dimension);
            if (!(v > 0)) {
                throw new InputException(flag + ": must be positive, got '" + text + "'");
            }
            return v;
        } catch (IllegalArgumentException e) {
            throw new InputException(flag + ": " + e.getMessage());
        }
    }

    private static SystemSpec system(Walls walls, String arg) {
        int colon = arg.lastIndexOf(':');
        if (colon > 0 && arg.substring(colon + 1).matches("\\d+")) {
            String id = arg.substring(0, colon);
            int size;
            try {
                size = new PositiveCount().convert(arg.substring(colon + 1));
            } catch (TypeConversionException e) {
                throw new InputException("size in '" + arg + "': " + e.getMessage());
            }
            return walls.system(id, size);
        }
        return walls.system(arg);
    }

    private static void print(PrintWriter out, List<Comparison> rows, Workload w) {
        out.println(w.name() + String.format(Locale.ROOT, " (%.3g T tokens)", w.trainingTokens() / 1e12));
        out.println();
        Table t = new Table("system", "accelerators", "days to train", "run cost", "capital", "power", "MFU", "binding",
                "memory", "interconnect", "packaging", "software", "economics");
        for (Comparison c : rows) {
            t.row(c.system(), c.accelerators(),
                    String.format(Locale.ROOT, "%.1f (%.1f–%.1f)", c.timeToTrainDays(), c.range().timeToTrainDays().low(),
                            c.range().timeToTrainDays().high()),
                    Money.usd(c.costUsd()) + " (" + Money.usd(c.range().costUsd().low()) + "–" + Money.usd(c.range().costUsd().high()) + ")",
                    Money.usd(c.capexUsd()), Units.watts(c.powerWatts()), Units.percent(c.mfu()), c.bindingWall().id(),
                    status(c, Wall.MEMORY), status(c, Wall.INTERCONNECT), status(c, Wall.PACKAGING), status(c, Wall.SOFTWARE),
                    status(c, Wall.ECONOMICS));
        }
        out.print(t);
        out.println();
        for (Comparison c : rows) {
            out.println("- " + c.verdict());
            out.println("  layout " + c.strategy() + "; " + c.sizedBy()
                    + (c.range().fitsAtBothEnds() ? "" : "; at one end of the input ranges the layout no longer fits memory"));
        }
    }

    private static String status(Comparison c, Wall w) {
        var a = c.walls().get(w);
        return a.status().name() + " " + Units.loss(a);
    }
}
