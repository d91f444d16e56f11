package dev.walls.core.report;

import dev.walls.core.compare.Comparison;
import dev.walls.core.compare.ComparisonText;
import dev.walls.core.output.Formats;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.workload.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The comparison drawn: days to train and run cost with their ranges as whiskers, each step split into ideal compute
 * and every wall's loss, and MFU. Each chart's values are written beside its bars as the command writes them, and
 * the step split is tabulated under its chart, so that no number needs a pointer to be read.
 */
final class ChartsSection implements ReportSection {

    private final Workload workload;
    private final List<Comparison> rows;

    ChartsSection(Workload workload, List<Comparison> rows) {
        this.workload = workload;
        this.rows = rows;
    }

    @Override
    public String id() {
        return "charts";
    }

    @Override
    public String title() {
        return "Charts";
    }

    @Override
    public void render(Html html) {
        days(html);
        cost(html);
        step(html);
        mfu(html);
    }

    /** What a blocked row says under its value, in the few words a chart has room for. */
    static String blockedNote(Comparison c) {
        if (ComparisonText.runs(c)) {
            return "";
        }
        List<String> walls = ComparisonText.blockingWalls(c).stream().map(Wall::id).toList();
        return walls.isEmpty() ? "DOES NOT FIT memory: not a run"
                : "BLOCKED (" + String.join(", ", walls) + (walls.size() == 1 ? " wall" : " walls") + "): not a run";
    }

    private void days(Html html) {
        List<BarChart.Row> bars = new ArrayList<>();
        for (Comparison c : rows) {
            bars.add(new BarChart.Row(c.system(), List.of(new BarChart.Value(c.timeToTrainDays(),
                    c.range().timeToTrainDays().low(), c.range().timeToTrainDays().high())),
                    ComparisonText.days(c) + " days" + ComparisonText.lateSuffix(c.withinMaxDays()),
                    blockedNote(c)));
        }
        BarChart chart = new BarChart("days", "Days to train " + workload.name() + " on each system",
                described(bars), "days to train", Ticks.NUMBER,
                List.of(new BarChart.Series("days to train", Palette.PRIMARY)), bars);
        Double deadline = rows.get(0).maxDays();
        figure(html, chart, "Days to train " + workload.name() + ": the bar at nominal inputs, the whisker from the"
                + " best to the worst case across the uncertain inputs." + (deadline == null ? ""
                : " A system marked (late) has no run within the " + Formats.deadline(deadline) + "; its bar is"
                + " its fastest.") + scaleNote(chart.scale(), "days"));
    }

    private void cost(Html html) {
        List<BarChart.Row> bars = new ArrayList<>();
        for (Comparison c : rows) {
            bars.add(new BarChart.Row(c.system(), List.of(new BarChart.Value(c.costUsd(), c.range().costUsd().low(),
                    c.range().costUsd().high())), ComparisonText.cost(c), blockedNote(c)));
        }
        BarChart chart = new BarChart("cost", "Cost of the run on each system, in US dollars", described(bars),
                "run cost (US dollars)", Ticks.USD, List.of(new BarChart.Series("run cost", Palette.PRIMARY)), bars);
        figure(html, chart, "What the run costs (the economics wall's run cost: the hardware's time, power and any design"
                + " cost it carries), with the best and worst case as the whisker." + scaleNote(chart.scale(), "costs"));
    }

    /** The walls that cost some step time in some row: the parts a step is split into, after ideal compute. */
    private List<Wall> timedWalls() {
        List<Wall> walls = new ArrayList<>();
        for (Wall w : Wall.values()) {
            if (rows.stream().anyMatch(c -> c.walls().get(w).lossSeconds() > 0)) {
                walls.add(w);
            }
        }
        return walls;
    }

    private void step(Html html) {
        List<Wall> walls = timedWalls();
        List<StackedBarChart.Part> parts = new ArrayList<>();
        parts.add(new StackedBarChart.Part("ideal compute", Palette.PRIMARY));
        walls.forEach(w -> parts.add(new StackedBarChart.Part(w.id(), Palette.of(w))));
        List<StackedBarChart.Row> bars = new ArrayList<>();
        for (Comparison c : rows) {
            List<Double> amounts = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            amounts.add(c.evaluation().step().idealComputeSeconds());
            texts.add(Formats.seconds(c.evaluation().step().idealComputeSeconds()));
            for (Wall w : walls) {
                amounts.add(c.walls().get(w).lossSeconds());
                texts.add(Formats.seconds(c.walls().get(w).lossSeconds()));
            }
            bars.add(new StackedBarChart.Row(c.system(), amounts, texts, Formats.seconds(c.stepTimeSeconds()) + " per step",
                    blockedNote(c)));
        }
        String description = bars.stream().map(b -> b.label() + ": " + b.total() + ", of which "
                + joinParts(parts, b)).collect(Collectors.joining("; ")) + ".";
        StackedBarChart chart = new StackedBarChart("step", "Where each system's training step goes, in seconds",
                description, "seconds per step", Ticks.SECONDS, parts, bars);
        html.open("figure").newline();
        chart.render(html);
        html.open("figcaption").text("A training step: the model's FLOPs at the accelerators' dense peak (ideal compute)"
                + " plus the time each wall costs; the parts add up to the step." + (chart.sharedAxis() ? ""
                : " The steps span " + String.format(Locale.ROOT, "%,.0f", chart.scale().span()) + "×, so each bar is"
                + " drawn as shares of its own step, with the step's seconds beside it; on one axis the shorter steps"
                + " would not show, and parts cannot be stacked on a log axis.")
                + (walls.contains(Wall.ECONOMICS) ? "" : " Economics costs money, not time: see its column in the"
                + " summary table.") + " The table gives every part in seconds.").close("figcaption");
        html.close("figure");
        List<String> header = new ArrayList<>(List.of("system"));
        parts.forEach(p -> header.add(p.name()));
        header.add("step");
        boolean[] numeric = new boolean[header.size()];
        java.util.Arrays.fill(numeric, 1, numeric.length, true);
        html.open("div", "class", "table-wrap").newline();
        Table.open(html, "Each step's parts, in seconds", header, numeric);
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = new ArrayList<>(List.of(rows.get(i).system()));
            cells.addAll(bars.get(i).texts());
            cells.add(Formats.seconds(rows.get(i).stepTimeSeconds()));
            Table.row(html, ComparisonText.runs(rows.get(i)) ? "" : "not-run", cells, numeric);
        }
        Table.close(html);
        html.close("div");
    }

    private static String joinParts(List<StackedBarChart.Part> parts, StackedBarChart.Row row) {
        List<String> named = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            named.add(parts.get(k).name() + " " + row.texts().get(k));
        }
        return String.join(", ", named) + (row.blocked().isEmpty() ? "" : " (" + row.blocked() + ")");
    }

    private void mfu(Html html) {
        List<BarChart.Row> bars = new ArrayList<>();
        for (Comparison c : rows) {
            bars.add(new BarChart.Row(c.system(), List.of(BarChart.Value.of(c.mfu()), BarChart.Value.of(c.mfuAt16BitPeak())),
                    Formats.percent(c.mfu()) + " at the " + c.strategy().precision() + " peak, "
                            + Formats.percent(c.mfuAt16BitPeak()) + " at the 16-bit peak", blockedNote(c)));
        }
        BarChart chart = new BarChart("mfu", "Model FLOPs utilization of each system's best layout", described(bars),
                "MFU (model FLOPs over peak FLOPs)", Ticks.PERCENT,
                List.of(new BarChart.Series("MFU at the layout's precision", Palette.PRIMARY),
                        new BarChart.Series("MFU at the 16-bit peak", Palette.SECONDARY)), bars);
        figure(html, chart, "Model FLOPs utilization, against the peak of the precision each layout trains in (an FP8"
                + " layout against the FP8 peak), and against the 16-bit peak as training reports usually state it: FP8"
                + " and 16-bit layouts of different systems compare on the second." + scaleNote(chart.scale(), "values"));
    }

    private static String described(List<BarChart.Row> bars) {
        return bars.stream().map(b -> b.label() + ": " + b.text() + (b.blocked().isEmpty() ? "" : " (" + b.blocked() + ")"))
                .collect(Collectors.joining("; ")) + ".";
    }

    private static String scaleNote(Scale scale, String what) {
        return scale.log() ? " The axis is logarithmic: the " + what + " span " + String.format(Locale.ROOT, "%,.0f",
                scale.span()) + "×, and on a linear axis the smallest would not show." : "";
    }

    private static void figure(Html html, BarChart chart, String caption) {
        html.open("figure").newline();
        chart.render(html);
        html.element("figcaption", caption);
        html.close("figure");
    }
}
