package dev.walls.cli;

import dev.walls.core.Walls;
import dev.walls.core.describe.FabricLevel;
import dev.walls.core.describe.HierarchyLevel;
import dev.walls.core.describe.SourcedValue;
import dev.walls.core.describe.SystemDescription;
import dev.walls.core.describe.TierTotal;
import dev.walls.core.output.Formats;
import dev.walls.core.output.Json;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.wall.Money;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code walls describe SYSTEM}: the hierarchy and totals, each with provenance. */
@Command(name = "describe", description = "Show a system's hierarchy and totals, each with its source and confidence.")
final class DescribeCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "SYSTEM", description = "A system id (see `walls systems`) or a spec file.")
    String system;

    @Option(names = "--accelerators", converter = PositiveCount.class, paramLabel = "N",
            description = {"Describe N of its accelerators, as evaluate, search and compare use them: a size it is built",
                    "in, or part of one (the levels it touches counted whole)."})
    int accelerators;

    @Override
    public Integer call() {
        Walls walls = root.walls(true);
        // the same sizes evaluate takes: a 2,304-D1 part of an ExaPOD, which compare prices, can be described
        SystemSpec given = walls.system(system);
        SystemDescription d = walls.describe(walls.systemInUse(system, accelerators));
        var out = spec.commandLine().getOut();
        switch (format.format()) {
            case JSON -> out.print(Json.write(d));
            case CSV -> {
                Csv csv = new Csv("kind", "path", "value", "low", "high", "source", "confidence", "note");
                for (SourcedValue v : d.totals()) {
                    csv.row("total", v.path(), v.value(), v.low(), v.high(), v.source(), v.confidence(), v.note());
                }
                for (SourcedValue v : d.figures()) {
                    csv.row("input", v.path(), v.value(), v.low(), v.high(), v.source(), v.confidence(), v.note());
                }
                out.print(csv);
            }
            case TABLE -> {
                out.println(d.name() + " (" + d.id() + "): " + d.accelerators() + " × " + d.accelerator()
                        + (d.acceleratorFamily().isEmpty() ? " (no family: no measured chip profile or program cost applies)"
                        : " (family " + d.acceleratorFamily() + ")"));
                if (!d.description().isEmpty()) {
                    out.println(d.description());
                }
                if (d.accelerators() != given.accelerators()) {
                    out.println("described at " + d.accelerators() + " of its accelerators (as given, "
                            + given.accelerators() + "); the levels they touch are counted whole");
                }
                for (String note : d.notes()) {
                    out.println("note: " + note);
                }
                out.println();
                Table h = new Table("level", "accelerators per unit", "units", "overhead power per unit", "cost per unit",
                        "kind", "power envelope per unit");
                for (HierarchyLevel l : d.hierarchy()) {
                    String per = l.perAccelerator() ? " per accelerator" : "";
                    String envelope = l.powerLimitWatts() > 0 ? Formats.watts(l.powerLimitWatts()) + " (powerLimit)"
                            : l.kind().equals("rack") ? "rack envelope (packaging.cooling.maxRackWatts)" : "-";
                    h.row(l.level(), l.acceleratorsPerUnit(), l.units(), Formats.watts(l.powerWattsPerUnit()) + per,
                            Money.usd(l.costUsdPerUnit()) + per, l.kind().equals("accelerator") ? "-" : l.kind(),
                            envelope);
                }
                out.print(h);
                out.println();
                Table peaks = new Table("precision", "peak (dense)");
                for (Map.Entry<String, Double> e : d.peakFlopsPerSecond().entrySet()) {
                    peaks.row(e.getKey(), Formats.flops(e.getValue()));
                }
                out.print(peaks);
                out.println();
                Table m = new Table("memory", "kind", "attached to", "capacity", "bandwidth", "HBM stacks per unit",
                        "confidence");
                for (TierTotal t : d.memoryTiers()) {
                    String share = t.unitsShare() == t.units() ? ""
                            : String.format(Locale.ROOT, " (%.2f units' share)", t.unitsShare());
                    m.row(t.name(), t.kind(), t.level() + " × " + t.units() + share, Formats.bytes(t.capacityBytes()),
                            Formats.bandwidth(t.bandwidthBytesPerSecond()), stacks(t), t.capacity().confidence());
                }
                out.print(m);
                if (!d.fabrics().isEmpty()) {
                    out.println();
                    Table f = new Table("fabric", "level", "topology", "group", "per accelerator/dir", "latency", "confidence");
                    for (FabricLevel l : d.fabrics()) {
                        f.row(l.name(), l.level(), l.topology(), l.groupSize(), Formats.bandwidth(l.bandwidthBytesPerSecondPerAccelerator()),
                                Formats.seconds(l.latencySeconds()), l.bandwidth().confidence());
                    }
                    out.print(f);
                    out.println(d.scaleUpDomain() == null
                            ? "no scale-up domain (the innermost fabric is a scale-out network): tensor-parallel"
                            + " traffic is never overlapped with compute"
                            : "scale-up domain: " + d.scaleUpDomain() + "; tensor-parallel traffic overlaps compute"
                            + " only inside one unit of it (with tp-comm-overlap)");
                }
                out.println();
                // compare's capital adds the design's NRE share and the facility, which the economics wall prices
                boolean unpriced = d.figures().stream().anyMatch(v -> v.path().equals("accelerator.costUsd")
                        && v.value() == 0);
                out.println("power " + Formats.watts(d.powerWatts()) + ", hardware cost " + Money.usd(d.capexUsd())
                        + " (accelerators and levels; compare adds NRE and the facility"
                        + (unpriced ? ", and prices an accelerator the spec gives no cost bottom-up from its silicon" : "")
                        + "), software: " + d.software());
                out.println("the software supports " + String.join(", ", d.softwareFeatures())
                        + (d.softwareLacks().isEmpty() ? "" : "; it lacks " + String.join(", ", d.softwareLacks())));
                out.println();
                Table src = new Table("input", "value", "range", "confidence", "source");
                for (SourcedValue v : d.figures()) {
                    src.row(v.path(), fmt(v.value()), v.low() == v.high() ? "" : fmt(v.low()) + " .. " + fmt(v.high()),
                            v.confidence(), v.source());
                }
                out.print(src);
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    /** "4 × 48 GB (given)", "8 × 24 GB (inferred from capacity)", or "-" for a tier that is not HBM. */
    static String stacks(TierTotal t) {
        if (t.stacksPerUnit() == 0) {
            return "-";
        }
        double perStack = t.capacityBytes() / t.unitsShare() / t.stacksPerUnit();
        return t.stacksPerUnit() + " × " + Formats.bytes(perStack) + (t.stacksGiven() ? " (given)" : " (inferred from capacity)");
    }

    /** A spec figure as the sources table lists it, and the HTML report's sources too. */
    private static String fmt(double v) {
        return Formats.figure(v);
    }
}
