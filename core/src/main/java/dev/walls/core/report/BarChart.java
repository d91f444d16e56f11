package dev.walls.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * A horizontal bar chart as inline SVG: one row per system, one bar per series, a whisker from the low to the high
 * end of a value's range, the value written beside each row as the command writes it. Its axis is linear, or
 * logarithmic when the bars span more than {@link Scale#LOG_ABOVE_SPAN} times, and its label says so. A row that
 * cannot run is drawn hatched in grey with a dashed outline, never in a series' color, and says why in words.
 *
 * @param id          unique in the page; the chart's title, description and hatching are named after it
 * @param title       what the chart shows, for its {@code <title>} (read out by screen readers)
 * @param description the chart's numbers in one sentence, for its {@code <desc>}
 * @param axis        the axis's name with its unit, e.g. {@code days to train}
 * @param tickFormat  how the axis's ticks are labelled
 * @param series      the bars of each row, in order
 * @param rows        one per system
 */
public record BarChart(String id, String title, String description, String axis, DoubleFunction<String> tickFormat,
                       List<Series> series, List<Row> rows) {

    /** One kind of bar, drawn in one color, named in the legend. */
    public record Series(String name, String color) {
    }

    /** A bar's value and the range its whisker spans; a whisker is drawn only when low and high differ. */
    public record Value(double nominal, double low, double high) {

        /** A value without a range. */
        public static Value of(double nominal) {
            return new Value(nominal, nominal, nominal);
        }
    }

    /**
     * One row.
     *
     * @param label   the system, on the left
     * @param values  one per series
     * @param text    the values as the command writes them, on the right
     * @param blocked why the system cannot run, in a few words under its value ("BLOCKED: memory wall — not a run");
     *                empty when it can
     */
    public record Row(String label, List<Value> values, String text, String blocked) {

        public Row {
            values = List.copyOf(values);
        }
    }

    static final int WIDTH = 960;
    static final int LABEL_WIDTH = 190;
    static final int PLOT_WIDTH = 420;
    static final int LEGEND_HEIGHT = 30;
    static final int AXIS_HEIGHT = 48;
    static final int ROW_PAD = 10;
    static final int BAR_HEIGHT = 16;
    static final int BAR_GAP = 4;
    /** Longest label drawn whole; a longer one is cut with an ellipsis, and given whole in the row's title. */
    static final int LABEL_CHARS = 26;

    public BarChart {
        Objects.requireNonNull(tickFormat, "tickFormat");
        series = List.copyOf(series);
        rows = List.copyOf(rows);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one series");
        }
        for (Row r : rows) {
            if (r.values().size() != series.size()) {
                throw new IllegalArgumentException("row " + r.label() + " has " + r.values().size() + " values for "
                        + series.size() + " series");
            }
        }
    }

    /** The axis: linear, or logarithmic when the bars span more than {@link Scale#LOG_ABOVE_SPAN} times. */
    public Scale scale() {
        List<Double> bars = new ArrayList<>();
        List<Double> ends = new ArrayList<>();
        for (Row r : rows) {
            for (Value v : r.values()) {
                bars.add(v.nominal());
                ends.add(v.low());
                ends.add(v.high());
            }
        }
        return Scale.of(bars, ends);
    }

    private int rowHeight() {
        return 2 * ROW_PAD + series.size() * BAR_HEIGHT + (series.size() - 1) * BAR_GAP;
    }

    /** Writes the chart as an {@code <svg>} element. */
    public void render(Html html) {
        Scale scale = scale();
        int rowHeight = rowHeight();
        int plotTop = LEGEND_HEIGHT;
        int baseline = plotTop + rows.size() * rowHeight;
        int height = baseline + AXIS_HEIGHT;
        Svg.open(html, id, WIDTH, height, title, description);
        Svg.hatching(html, id);
        legend(html);
        Svg.axis(html, scale, tickFormat, LABEL_WIDTH, PLOT_WIDTH, plotTop, baseline, scale.label(axis));
        for (int i = 0; i < rows.size(); i++) {
            row(html, scale, rows.get(i), plotTop + i * rowHeight, rowHeight);
        }
        html.close("svg");
    }

    private void legend(Html html) {
        double x = LABEL_WIDTH;
        for (Series s : series) {
            x = Svg.legendSwatch(html, x, s.color(), s.name());
        }
        boolean whiskers = rows.stream().flatMap(r -> r.values().stream()).anyMatch(v -> v.low() != v.high());
        if (whiskers) {
            x = Svg.legendWhisker(html, x, "low–high across the uncertain inputs");
        }
        if (rows.stream().anyMatch(r -> !r.blocked().isEmpty())) {
            Svg.legendBlocked(html, x, id, "cannot run (blocked)");
        }
    }

    private void row(Html html, Scale scale, Row row, int top, int rowHeight) {
        boolean blocked = !row.blocked().isEmpty();
        double middle = top + rowHeight / 2.0;
        html.open("g");
        html.element("title", row.label() + ": " + row.text() + (blocked ? "; " + row.blocked() : ""));
        Svg.text(html, LABEL_WIDTH - 10, middle, "end", blocked ? Palette.BLOCKED : Palette.INK, Svg.cut(row.label(), LABEL_CHARS),
                blocked ? "bold" : null);
        for (int k = 0; k < series.size(); k++) {
            Value v = row.values().get(k);
            double y = top + ROW_PAD + k * (BAR_HEIGHT + BAR_GAP);
            if (!Double.isFinite(v.nominal())) {
                continue;
            }
            double x0 = LABEL_WIDTH;
            double x1 = LABEL_WIDTH + scale.fraction(v.nominal()) * PLOT_WIDTH;
            double w = Math.max(1, x1 - x0);
            if (blocked) {
                Svg.blockedBar(html, id, x0, y, w, BAR_HEIGHT);
            } else {
                html.empty("rect", "x", Html.number(x0), "y", Html.number(y), "width", Html.number(w), "height",
                        Html.number(BAR_HEIGHT), "fill", series.get(k).color());
            }
            if (v.low() != v.high() && Double.isFinite(v.low()) && Double.isFinite(v.high())) {
                Svg.whisker(html, LABEL_WIDTH + scale.fraction(v.low()) * PLOT_WIDTH,
                        LABEL_WIDTH + scale.fraction(v.high()) * PLOT_WIDTH, y + BAR_HEIGHT / 2.0);
            }
        }
        double textX = LABEL_WIDTH + PLOT_WIDTH + 16;
        if (blocked) {
            Svg.text(html, textX, middle - 7, "start", Palette.INK, row.text(), null);
            Svg.text(html, textX, middle + 8, "start", Palette.BLOCKED, row.blocked(), "bold");
        } else {
            Svg.text(html, textX, middle, "start", Palette.INK, row.text(), null);
        }
        html.close("g");
    }
}
