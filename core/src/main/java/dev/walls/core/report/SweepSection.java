package dev.walls.core.report;

import dev.walls.core.compare.ComparisonText;
import dev.walls.core.output.Formats;
import dev.walls.core.sweep.PointStatus;
import dev.walls.core.sweep.Sweep;
import dev.walls.core.sweep.SweepPoint;
import dev.walls.core.sweep.SweepText;
import dev.walls.spi.wall.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * How it scales: a sweep's curves of days to train and run cost against accelerators, one line per system, and its
 * points tabulated as {@code walls sweep} tabulates them, every column of its table. Every number is the sweep's,
 * written by the helpers the command's table writes with ({@link SweepText}); a point that cannot run on exactly its
 * size is a gap in its line, marked with its status, and its reason is given under its table; a point that misses the
 * sweep's deadline is marked {@code (late)} in its table, with the legend under it.
 */
final class SweepSection implements ReportSection {

    /** Which of {@link SweepText#COLUMNS} are numbers, right-aligned. */
    private static final boolean[] NUMERIC = {true, true, false, true, true, true, true, true, true, true, true, false,
            false};

    private final Sweep sweep;

    SweepSection(Sweep sweep) {
        this.sweep = sweep;
    }

    @Override
    public String id() {
        return "scaling";
    }

    @Override
    public String title() {
        return "How it scales";
    }

    /** One system's points, by size. */
    private List<SweepPoint> of(String system) {
        return sweep.points().stream().filter(p -> p.system().equals(system)).toList();
    }

    @Override
    public void render(Html html) {
        boolean deadline = sweep.maxDays() != null;
        html.open("p").text("Each system searched for its best layout, by " + sweep.objective()
                + (deadline ? " within " + Formats.dayCount(sweep.maxDays()) + " (else its fastest, marked late)" : "")
                + ", on exactly each of " + sizes() + " accelerators: the sweep ").element("code", "walls sweep")
                .text(" prints for the same workload, systems, sizes" + (deadline ? " and deadline. " : ". ") + tally())
                .close("p");
        chart(html, "scaling-days", "Days to train " + sweep.workloadName() + " against accelerators",
                "days to train", Ticks.NUMBER, SweepPoint::timeToTrainDays,
                p -> Formats.days(p.timeToTrainDays()) + ComparisonText.lateSuffix(p.withinMaxDays()),
                "Days to train " + sweep.workloadName() + " on each number of accelerators, each system at its best"
                        + " layout on exactly that many" + (deadline ? "; a point marked (late) in the chart's values"
                        + " misses the " + Formats.deadline(sweep.maxDays()) + "." : "."), "days",
                "The chart's values: days to train, by accelerators");
        chart(html, "scaling-cost", "Cost of the run against accelerators, in US dollars", "run cost (US dollars)",
                Ticks.USD, SweepPoint::costUsd, p -> Money.usd(p.costUsd()), "What the run costs at each size (the"
                        + " economics wall's run cost: the hardware's time, power and any design cost it carries).",
                "costs", "The chart's values: run cost, by accelerators");
        html.element("h3", "Each system's points");
        html.open("p").text("As ").element("code", "walls sweep").text(" tabulates them: the size asked for, the"
                + " accelerators the layout uses, whether it runs, and what it comes to; why a point cannot run is"
                + " under its system's table.").close("p");
        for (String system : sweep.systems()) {
            table(html, of(system));
        }
    }

    /** The sizes as a list in words: {@code 1024, 2048 and 4096}. */
    private String sizes() {
        List<String> all = sweep.sizes().stream().map(String::valueOf).toList();
        return all.size() == 1 ? all.get(0)
                : String.join(", ", all.subList(0, all.size() - 1)) + " and " + all.get(all.size() - 1);
    }

    /** How many points run, as the command's last line counts them. */
    private String tally() {
        return SweepText.tally(sweep.points(), SweepText.Medium.PAGE);
    }

    private void chart(Html html, String id, String title, String axis, java.util.function.DoubleFunction<String> ticks,
                       Function<SweepPoint, Double> value, Function<SweepPoint, String> text, String caption,
                       String what, String values) {
        List<LineChart.Line> lines = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (int i = 0; i < sweep.systems().size(); i++) {
            String system = sweep.systems().get(i);
            List<LineChart.Point> points = new ArrayList<>();
            List<String> said = new ArrayList<>();
            for (SweepPoint p : of(system)) {
                if (p.runs()) {
                    points.add(new LineChart.Point(p.requestedAccelerators(), value.apply(p), text.apply(p), "",
                            p.status() == PointStatus.FEWER));
                    said.add(p.requestedAccelerators() + ": " + text.apply(p) + (p.status() == PointStatus.FEWER
                            ? " (on " + p.accelerators() + ")" : ""));
                } else {
                    points.add(LineChart.Point.gap(p.requestedAccelerators(), p.status().label()));
                    said.add(p.requestedAccelerators() + ": " + p.status().label());
                }
            }
            lines.add(new LineChart.Line(system, Palette.series(i), points));
            described.add(system + " — " + String.join(", ", said));
        }
        LineChart chart = new LineChart(id, title, "By accelerators, " + what + ": " + String.join("; ", described) + ".",
                "accelerators", Ticks.COUNT, axis, ticks, lines);
        html.open("figure").newline();
        chart.render(html);
        boolean gaps = sweep.points().stream().anyMatch(p -> !p.runs());
        html.element("figcaption", caption + " One line per system, with its value at each point"
                + (chart.labelled() ? "" : " in the table below (the sizes are too close for labels)") + "."
                + (gaps ? " A size at which a system cannot run breaks its line: the cross under the plot marks it,"
                + " with its status at the end of the lane." : "")
                + logNote(chart.yScale(), what.equals("days") ? "days" : "cost", what)
                + logNote(chart.xScale(), "accelerators", "sizes"));
        html.close("figure");
        values(html, values, text);
    }

    /**
     * A chart's values beside it, a row per system and a column per size, as its labels write them (or the status of
     * a point that cannot run), so that every value reads without a pointer however the lines crowd.
     */
    private void values(Html html, String caption, Function<SweepPoint, String> text) {
        List<String> header = new ArrayList<>(List.of("system"));
        sweep.sizes().forEach(n -> header.add(String.valueOf(n)));
        boolean[] numeric = new boolean[header.size()];
        java.util.Arrays.fill(numeric, 1, numeric.length, true);
        html.open("div", "class", "table-wrap").newline();
        Table.open(html, caption, header, numeric);
        for (String system : sweep.systems()) {
            List<String> cells = new ArrayList<>(List.of(system));
            boolean none = true;
            for (SweepPoint p : of(system)) {
                none &= !p.runs();
                cells.add(!p.runs() ? p.status().label() : p.status() == PointStatus.FEWER
                        ? text.apply(p) + " (on " + p.accelerators() + ")" : text.apply(p));
            }
            // a system none of whose points runs is marked as the summary marks a system that cannot run
            Table.row(html, none ? "not-run" : "", cells, numeric);
        }
        Table.close(html);
        html.close("div");
    }

    /** What a log axis's caption adds: {@code The days axis is logarithmic: the days span 53×.} */
    private static String logNote(Scale scale, String axis, String what) {
        return scale.log() ? " The " + axis + " axis is logarithmic: the " + what + " span "
                + String.format(Locale.ROOT, "%,.0f", scale.span()) + "×." : "";
    }

    /** A system's points as the command's table writes them, every column of it, then why any of them does not run. */
    private void table(Html html, List<SweepPoint> points) {
        if (points.isEmpty()) {
            return;
        }
        SweepPoint first = points.get(0);
        boolean ranges = points.stream().anyMatch(p -> p.range() != null);
        html.open("div", "class", "table-wrap").newline();
        Table.open(html, first.system() + " — " + first.name() + (ranges ? " (ranges: best and worst case across"
                + " the uncertain inputs)" : ""), SweepText.COLUMNS, NUMERIC);
        for (SweepPoint p : points) {
            Table.row(html, p.runs() ? "" : "not-run", SweepText.cells(p), NUMERIC);
        }
        Table.close(html);
        html.close("div");
        String late = SweepText.lateMark(points);
        if (!late.isEmpty()) {
            html.element("p", late);
        }
        List<String> reasons = SweepText.reasonsBySize(points);
        if (!reasons.isEmpty()) {
            html.open("ul", "class", "reasons").newline();
            reasons.forEach(line -> html.element("li", line));
            html.close("ul");
        }
    }
}
