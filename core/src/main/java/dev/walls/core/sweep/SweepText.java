package dev.walls.core.sweep;

import dev.walls.core.compare.ComparisonText;
import dev.walls.core.output.Formats;
import dev.walls.spi.wall.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A sweep as people read it: the cells of {@code walls sweep}'s table, the tally under it, the reasons its missing
 * points give and the count of them on stderr. The command and the HTML report's "How it scales" both write through
 * these, as {@link ComparisonText} is for a comparison, so that a point reads the same in either.
 */
public final class SweepText {

    /** The table's columns, in order. */
    public static final List<String> COLUMNS = List.of("size", "used", "status", "step (s)", "days to train",
            "run cost (USD)", "capital (USD)", "power (MW)", "tokens/s", "MFU", "MFU at 16-bit", "binding", "layout");

    /** Where a tally is read: under the command's table, or on the report's page. */
    public enum Medium {
        /** Under {@code walls sweep}'s tables, where a missing point's status and reason are above. */
        TABLE,
        /** In the report's "How it scales", where a missing point is a gap in its line. */
        PAGE
    }

    private SweepText() {
    }

    /** A point's cells, one per {@link #COLUMNS} entry; a point with no layout has only its size and status. */
    public static List<String> cells(SweepPoint p) {
        if (p.evaluation() == null) {
            return List.of(String.valueOf(p.requestedAccelerators()), "-", p.status().label(), "-", "-", "-", "-", "-",
                    "-", "-", "-", "-", "-");
        }
        // a run that misses the deadline: the fastest at its size
        String days = days(p) + ComparisonText.lateSuffix(p.withinMaxDays());
        return List.of(String.valueOf(p.requestedAccelerators()), String.valueOf(p.accelerators()), p.status().label(),
                significant(p.stepTimeSeconds()), days, cost(p), Money.usd(p.capexUsd()),
                significant(p.powerWatts() / 1e6), String.format(Locale.ROOT, "%,.0f", p.tokensPerSecond()),
                Formats.percent(p.mfu()), Formats.percent(p.mfuAt16BitPeak()), p.bindingWall().id(),
                p.strategy().toString());
    }

    /** Days to train, with their range when the point has one: {@code 146.5 (94.0–209.1)}. */
    public static String days(SweepPoint p) {
        return p.range() == null ? Formats.days(p.timeToTrainDays())
                : ComparisonText.days(p.timeToTrainDays(), p.range().timeToTrainDays());
    }

    /** The run's cost, with its range when the point has one: {@code $19.36M ($8.1M–$43.2M)}. */
    public static String cost(SweepPoint p) {
        return p.range() == null ? Money.usd(p.costUsd()) : ComparisonText.cost(p.costUsd(), p.range().costUsd());
    }

    /**
     * The legend of the {@code (late)} mark, worded as a comparison's, when one of the points carries it: {@code (late):
     * no run of the system at that size trains within 30 days; the point is its fastest there.}; empty otherwise.
     */
    public static String lateMark(List<SweepPoint> points) {
        return points.stream().filter(p -> !p.withinMaxDays()).findFirst()
                .map(p -> ComparisonText.lateLegend("the system at that size", p.maxDays(),
                        "the point is its fastest there")).orElse("");
    }

    /**
     * How many points run, the line under the tables: {@code 2 of 4 points run on exactly their size; 2 cannot run
     * and are missing from the curve (…)}.
     */
    public static String tally(List<SweepPoint> points, Medium medium) {
        long exact = points.stream().filter(p -> p.status() == PointStatus.RUNS).count();
        long fewer = points.stream().filter(p -> p.status() == PointStatus.FEWER).count();
        long missing = points.size() - exact - fewer;
        boolean page = medium == Medium.PAGE;
        String fewerPart = fewer == 0 ? "" : String.format(Locale.ROOT, ", %d on fewer (marked FEWER%s)", fewer,
                page ? ", drawn hollow" : "");
        String missingPart = "";
        if (missing > 0) {
            boolean one = missing == 1;
            missingPart = String.format(Locale.ROOT, "; %d cannot run and %s", missing, page
                    ? (one ? "is a gap in its line (its status is marked under each chart, and its reason given under"
                    + " its system's table)" : "are gaps in their lines (their status is marked under each chart, and"
                    + " their reason given under their system's table)")
                    : (one ? "is missing from the curve (its status and reason are above)"
                    : "are missing from the curve (their status and reason are above)"));
        }
        return String.format(Locale.ROOT, "%d of %d %s%s%s.", exact, points.size(), points.size() == 1
                ? "point runs on exactly its size" : "points run on exactly their size", fewerPart, missingPart);
    }

    /**
     * The statuses of the points that do not run, counted in the statuses' order: {@code 2 no-layout, 1
     * does-not-fit}; empty when every point runs.
     */
    public static String missingCounts(List<SweepPoint> points) {
        List<String> parts = new ArrayList<>();
        for (PointStatus s : PointStatus.values()) {
            long n = points.stream().filter(p -> !p.runs() && p.status() == s).count();
            if (n > 0) {
                parts.add(n + " " + s);
            }
        }
        return String.join(", ", parts);
    }

    /**
     * Why points do not run, one line per reason naming every size it holds for ({@code 3456, 6912: no layout …}),
     * in the order the points give them: a model whose layers rule out half the sizes would otherwise repeat one
     * sentence down the page.
     */
    public static List<String> reasonsBySize(List<SweepPoint> points) {
        Map<String, List<String>> sizesByReason = new LinkedHashMap<>();
        for (SweepPoint p : points) {
            if (p.reason() != null) {
                sizesByReason.computeIfAbsent(p.reason(), r -> new ArrayList<>())
                        .add(String.valueOf(p.requestedAccelerators()));
            }
        }
        List<String> lines = new ArrayList<>();
        sizesByReason.forEach((reason, at) -> lines.add(String.join(", ", at) + ": " + reason));
        return lines;
    }

    /** Three significant digits, enough to read a curve's shape: 70.5, 7.05, 0.705, 0.0705. */
    static String significant(double v) {
        if (v >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (v >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (v >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
