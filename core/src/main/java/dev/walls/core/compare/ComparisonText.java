package dev.walls.core.compare;

import dev.walls.core.output.Formats;
import dev.walls.core.search.RunFigures;
import dev.walls.spi.wall.Money;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import dev.walls.spi.wall.WallStatus;
import dev.walls.spi.workload.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A comparison as people read it: the cells of {@code walls compare}'s table and the lines under it. The command's
 * table and the HTML report both write through these, so that a figure reads the same in either and nothing is
 * formatted twice differently.
 */
public final class ComparisonText {

    /** The table's columns, in order. */
    public static final List<String> COLUMNS = List.of("system", "accelerators", "days to train", "run cost", "capital",
            "power", "precision", "MFU", "MFU@16-bit", "binding", "memory", "interconnect", "packaging", "software",
            "economics");

    /** The mark after the days of a run that misses the deadline, which is then the fastest there is. */
    public static final String LATE = "(late)";

    private ComparisonText() {
    }

    /** What follows the days of a run: {@code " (late)"} when it misses the deadline, else nothing. */
    public static String lateSuffix(boolean withinMaxDays) {
        return withinMaxDays ? "" : " " + LATE;
    }

    /** The heading of a comparison: the workload and the tokens it trains on, {@code GPT-3 175B (0.300 T tokens)}. */
    public static String title(Workload w) {
        return w.name() + String.format(Locale.ROOT, " (%.3g T tokens)", w.trainingTokens() / 1e12);
    }

    /** A row's cells, one per {@link #COLUMNS} entry. */
    public static List<String> cells(Comparison c) {
        // a size the target could not set: the system's largest, short of it, or its smallest, above it (the count is
        // what the best layout uses of that size)
        String accelerators = c.accelerators() + (c.sizingCapped() ? " (capped)" : c.sizingAboveTarget() ? " (over)" : "");
        // a run that misses the deadline: the system's fastest
        String days = days(c) + lateSuffix(c.withinMaxDays());
        return List.of(c.system(), accelerators, days, cost(c), Money.usd(c.capexUsd()),
                Formats.watts(c.powerWatts()), c.precision().id(), Formats.percent(c.mfu()),
                Formats.percent(c.mfuAt16BitPeak()), c.bindingWall().id(), status(c, Wall.MEMORY),
                status(c, Wall.INTERCONNECT), status(c, Wall.PACKAGING), status(c, Wall.SOFTWARE),
                status(c, Wall.ECONOMICS));
    }

    /**
     * The legend of the table's marks (of a row's size, or of a run that misses the deadline) when a row carries one;
     * empty otherwise.
     */
    public static String sizingMarks(List<Comparison> rows) {
        String sizing = sizingLegend(rows);
        String late = lateMark(rows);
        if (sizing.isEmpty()) {
            return late;
        }
        return sizing + " The line under the row says by how much." + (late.isEmpty() ? "" : " " + late);
    }

    /**
     * The legend of the marks of a row's size, {@code (capped): sized to the system's largest size, short of what the
     * target would take.}, when a row carries one; empty otherwise. The HTML report's table gives it alone.
     */
    public static String sizingLegend(List<Comparison> rows) {
        List<String> marks = new ArrayList<>();
        if (rows.stream().anyMatch(Comparison::sizingCapped)) {
            marks.add("(capped): sized to the system's largest size, short of what the target would take");
        }
        if (rows.stream().anyMatch(Comparison::sizingAboveTarget)) {
            marks.add("(over): sized to the system's smallest size, above the target");
        }
        return marks.isEmpty() ? "" : String.join("; ", marks) + ".";
    }

    /**
     * The legend of {@link #LATE} when a row carries it, {@code (late): no run of the system trains within 2 days; the
     * row is its fastest.}; empty otherwise. The HTML report's table, which has no line under a row, gives this alone.
     */
    public static String lateMark(List<Comparison> rows) {
        return rows.stream().filter(c -> !c.withinMaxDays()).findFirst()
                .map(c -> lateLegend("the system", c.maxDays(), "the row is its fastest")).orElse("");
    }

    /**
     * The legend of {@link #LATE}: no run of {@code whose} trains within {@code maxDays}, and what the marked figures
     * are instead. A sweep's table words its points' mark through this too, so that the two read alike.
     */
    public static String lateLegend(String whose, double maxDays, String instead) {
        return LATE + ": no run of " + whose + " trains within " + Formats.dayCount(maxDays) + "; " + instead + ".";
    }

    /** The time to train with its range: {@code 1.1 (0.69–1.8)}, in days. */
    public static String days(Comparison c) {
        return days(c.timeToTrainDays(), c.range().timeToTrainDays());
    }

    /** Days to train with their range: {@code 1.1 (0.69–1.8)}. */
    public static String days(double days, Bounds range) {
        return Formats.days(days) + " (" + Formats.days(range.low()) + "–" + Formats.days(range.high()) + ")";
    }

    /** The run's cost with its range: {@code $91.5k ($29.9k–$249.7k)}. */
    public static String cost(Comparison c) {
        return cost(c.costUsd(), c.range().costUsd());
    }

    /** A cost in US dollars with its range: {@code $91.5k ($29.9k–$249.7k)}. */
    public static String cost(double usd, Bounds range) {
        return Money.usd(usd) + " (" + Money.usd(range.low()) + "–" + Money.usd(range.high()) + ")";
    }

    /** A wall's status and what it costs: {@code STRAINED 271.95 ms}, {@code BLOCKED $25.00M}. */
    public static String status(Comparison c, Wall w) {
        WallAssessment a = c.walls().get(w);
        return a.status().name() + " " + Formats.loss(a);
    }

    /**
     * Whether the row's layout can run: it fits memory and no wall blocks it (a layout that does not fit is reported,
     * with the walls' findings, but is not a run).
     */
    public static boolean runs(Comparison c) {
        return RunFigures.runs(c.evaluation());
    }

    /**
     * Why a row cannot run, for a label: {@code blocked by the memory and economics walls}, {@code does not fit
     * memory}; empty when it runs.
     */
    public static String blocked(Comparison c) {
        List<String> walls = blockingWalls(c).stream().map(Wall::id).toList();
        if (!walls.isEmpty()) {
            String named = walls.size() == 1 ? walls.get(0)
                    : String.join(", ", walls.subList(0, walls.size() - 1)) + " and " + walls.get(walls.size() - 1);
            return "blocked by the " + named + (walls.size() == 1 ? " wall" : " walls");
        }
        return c.fits() ? "" : "does not fit memory";
    }

    /** The walls that block the row's layout, in wall order; none when no wall does. */
    public static List<Wall> blockingWalls(Comparison c) {
        List<Wall> walls = new ArrayList<>();
        for (Wall w : Wall.values()) {
            if (c.walls().get(w).status() == WallStatus.BLOCKED) {
                walls.add(w);
            }
        }
        return walls;
    }

    /** The line under a row that gives its layout and how it was sized: {@code layout tp=8,...; as given: ...}. */
    public static String layout(Comparison c) {
        return "layout " + c.strategy() + "; " + c.sizedBy() + fitAcrossRanges(c);
    }

    /**
     * The line that names the inputs moving a row most: {@code of 110 uncertain inputs, 37 move the result; most: …};
     * empty when none moves it.
     */
    public static String drivers(Comparison c, int shown) {
        List<RangeDriver> drivers = c.range().drivers();
        if (drivers.isEmpty()) {
            return "";
        }
        return "of " + c.range().uncertainInputs() + " uncertain inputs, " + drivers.size() + " move the result; most: "
                + drivers.stream().limit(shown).map(ComparisonText::driver).collect(Collectors.joining("; "));
    }

    /** The line that names inputs left nominal at an end their own rules refuse; empty when there are none. */
    public static String refusedEnds(Comparison c) {
        return c.range().refusedEnds().isEmpty() ? ""
                : "left nominal where their own rules refuse an end of the range: " + String.join(", ", c.range().refusedEnds());
    }

    /** An input and where it alone moves the run: the days only when they move (a price moves only the cost). */
    public static String driver(RangeDriver d) {
        String days = driverDays(d);
        return d.input() + " (" + d.figure().provenance().confidence() + ") " + (days.isEmpty() ? "" : days + " days, ")
                + driverCost(d);
    }

    /** The days an input alone moves the run across, {@code 2.7–8.5}; empty when it does not move them. */
    public static String driverDays(RangeDriver d) {
        Bounds b = d.timeToTrainDays();
        return b.low() == b.high() ? "" : Formats.days(b.low()) + "–" + Formats.days(b.high());
    }

    /** The cost an input alone moves the run across, {@code $66.3k–$206.5k}. */
    public static String driverCost(RangeDriver d) {
        return Money.usd(d.costUsd().low()) + "–" + Money.usd(d.costUsd().high());
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
}
