package dev.walls.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * A horizontal stacked bar chart as inline SVG: one bar per system, split into parts (a step's ideal compute and each
 * wall's loss), each part labelled inside when it is wide enough to hold its value and named in the legend. Bars
 * share one linear axis when the longest is at most {@link Scale#LOG_ABOVE_SPAN} times the shortest; beyond that
 * (a 53 s step beside a 1 s one) a shared axis would leave the short bars unreadable and parts cannot be stacked on
 * a log axis, so each bar fills the width as shares of its own total, and the axis label says so. The totals are
 * written beside the bars either way.
 *
 * @param id          unique in the page
 * @param title       what the chart shows, for its {@code <title>}
 * @param description its numbers in a sentence, for its {@code <desc>}
 * @param axis        the shared axis's name with its unit, e.g. {@code seconds per step}
 * @param tickFormat  how the shared axis's ticks are labelled
 * @param parts       the parts of each bar, in stacking order
 * @param rows        one per system
 */
public record StackedBarChart(String id, String title, String description, String axis,
                              DoubleFunction<String> tickFormat, List<Part> parts, List<Row> rows) {

    /** A kind of part, drawn in one color, named in the legend. */
    public record Part(String name, String color) {
    }

    /**
     * One bar.
     *
     * @param label   the system, on the left
     * @param amounts one per part, not negative
     * @param texts   each amount as the command writes it, one per part
     * @param total   the bar's total as the command writes it, on the right
     * @param blocked why the system cannot run, in a few words under its total; empty when it can
     */
    public record Row(String label, List<Double> amounts, List<String> texts, String total, String blocked) {

        public Row {
            amounts = List.copyOf(amounts);
            texts = List.copyOf(texts);
        }

        double sum() {
            double s = 0;
            for (double a : amounts) {
                s += a;
            }
            return s;
        }
    }

    static final int ROW_HEIGHT = 40;
    static final int BAR_HEIGHT = 20;

    public StackedBarChart {
        Objects.requireNonNull(tickFormat, "tickFormat");
        parts = List.copyOf(parts);
        rows = List.copyOf(rows);
        for (Row r : rows) {
            if (r.amounts().size() != parts.size() || r.texts().size() != parts.size()) {
                throw new IllegalArgumentException("row " + r.label() + " does not have one amount and text per part");
            }
            for (double a : r.amounts()) {
                if (!(a >= 0) || Double.isInfinite(a)) {
                    throw new IllegalArgumentException("row " + r.label() + ": a part must be finite and not negative, got " + a);
                }
            }
        }
    }

    /**
     * Whether the bars share one axis: the longest is at most {@link Scale#LOG_ABOVE_SPAN} times the shortest. Else
     * each is drawn as shares of its own total.
     */
    public boolean sharedAxis() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (Row r : rows) {
            lo = Math.min(lo, r.sum());
            hi = Math.max(hi, r.sum());
        }
        return rows.size() < 2 || (lo > 0 && hi / lo <= Scale.LOG_ABOVE_SPAN);
    }

    /** The axis: the totals' on a shared axis, else shares from 0 to 1. */
    public Scale scale() {
        List<Double> totals = new ArrayList<>();
        for (Row r : rows) {
            totals.add(r.sum());
        }
        double hi = totals.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double lo = totals.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double span = lo > 0 ? hi / lo : Double.NaN;
        return sharedAxis() ? Scale.linear(hi, span) : Scale.linear(1, span);
    }

    /** Writes the chart as an {@code <svg>} element. */
    public void render(Html html) {
        boolean shared = sharedAxis();
        Scale scale = scale();
        int plotTop = BarChart.LEGEND_HEIGHT;
        int baseline = plotTop + rows.size() * ROW_HEIGHT;
        Svg.open(html, id, BarChart.WIDTH, baseline + BarChart.AXIS_HEIGHT, title, description);
        Svg.hatching(html, id);
        double x = BarChart.LABEL_WIDTH;
        for (Part p : parts) {
            x = Svg.legendSwatch(html, x, p.color(), p.name());
        }
        if (rows.stream().anyMatch(r -> !r.blocked().isEmpty())) {
            Svg.legendBlocked(html, x, id, "cannot run (blocked)");
        }
        String label = shared ? axis : "share of each system's own step (the steps span "
                + String.format(java.util.Locale.ROOT, "%,.0f", scale.span()) + "×: each bar to its own scale)";
        Svg.axis(html, scale, shared ? tickFormat : Ticks.PERCENT, BarChart.LABEL_WIDTH, BarChart.PLOT_WIDTH, plotTop,
                baseline, label);
        for (int i = 0; i < rows.size(); i++) {
            row(html, scale, shared, rows.get(i), plotTop + i * ROW_HEIGHT);
        }
        html.close("svg");
    }

    private void row(Html html, Scale scale, boolean shared, Row row, int top) {
        boolean blocked = !row.blocked().isEmpty();
        double middle = top + ROW_HEIGHT / 2.0;
        double y = middle - BAR_HEIGHT / 2.0;
        html.open("g");
        html.element("title", row.label() + ": " + row.total() + (blocked ? "; " + row.blocked() : ""));
        Svg.text(html, BarChart.LABEL_WIDTH - 10, middle, "end", blocked ? Palette.BLOCKED : Palette.INK,
                Svg.cut(row.label(), BarChart.LABEL_CHARS), blocked ? "bold" : null);
        double total = row.sum();
        double at = 0;
        for (int k = 0; k < parts.size(); k++) {
            double amount = row.amounts().get(k);
            if (amount <= 0) {
                continue;
            }
            double x0 = BarChart.LABEL_WIDTH + scale.fraction(shared ? at : at / total) * BarChart.PLOT_WIDTH;
            at += amount;
            double x1 = BarChart.LABEL_WIDTH + scale.fraction(shared ? at : at / total) * BarChart.PLOT_WIDTH;
            html.open("g");
            html.element("title", row.label() + ", " + parts.get(k).name() + ": " + row.texts().get(k));
            html.empty("rect", "x", Html.number(x0), "y", Html.number(y), "width", Html.number(Math.max(0.5, x1 - x0)),
                    "height", Html.number(BAR_HEIGHT), "fill", parts.get(k).color(), "stroke", Palette.BACKGROUND,
                    "stroke-width", "1");
            String text = row.texts().get(k);
            // a value is written inside its part only where it fits; the table under the chart gives every one
            if (x1 - x0 >= text.length() * Svg.CHAR_WIDTH * 0.92 + 8) {
                html.element("text", text, "x", Html.number((x0 + x1) / 2), "y", Html.number(middle), "dy", "0.35em",
                        "text-anchor", "middle", "fill", Palette.BACKGROUND, "font-size", "11");
            }
            html.close("g");
        }
        double end = BarChart.LABEL_WIDTH + scale.fraction(shared ? total : 1) * BarChart.PLOT_WIDTH;
        if (blocked) {
            html.empty("rect", "x", Html.number(BarChart.LABEL_WIDTH), "y", Html.number(y - 2), "width",
                    Html.number(end - BarChart.LABEL_WIDTH), "height", Html.number(BAR_HEIGHT + 4), "fill",
                    "url(#" + id + "-hatch)", "fill-opacity", "0.6", "stroke", Palette.BLOCKED, "stroke-width", "1.5",
                    "stroke-dasharray", "4 2", "class", "blocked");
        }
        double textX = BarChart.LABEL_WIDTH + BarChart.PLOT_WIDTH + 16;
        if (blocked) {
            Svg.text(html, textX, middle - 7, "start", Palette.INK, row.total(), null);
            Svg.text(html, textX, middle + 8, "start", Palette.BLOCKED, row.blocked(), "bold");
        } else {
            Svg.text(html, textX, middle, "start", Palette.INK, row.total(), null);
        }
        html.close("g");
    }
}
