package dev.walls.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.DoubleFunction;

/**
 * A line chart as inline SVG: one line per series (a system's scaling curve), each point on it marked and titled with
 * its value, which is also written beside the marker, as the command writes it, when every label finds room
 * ({@link #labelled()}). Each line has its own color, dash and marker shape, named in the legend, so that no line is
 * told apart by color alone.
 *
 * <p>A point that is not a value (a size at which the system cannot run) is a gap: the line is broken there, never
 * drawn across it, and the point is marked with a cross in a strip under the plot, in the line's lane, with its status
 * written at the lane's end. Each axis is linear, or logarithmic when its values span more than
 * {@link Scale#LOG_ABOVE_SPAN} times (the bar charts' rule), and its label says so. The x axis is marked at the
 * points' own x values (the sizes swept) wherever their labels fit.
 *
 * @param id          unique in the page; the chart's title and description are named after it
 * @param title       what the chart shows, for its {@code <title>} (read out by screen readers)
 * @param description the chart's numbers in a few sentences, for its {@code <desc>}
 * @param xAxis       the x axis's name with its unit, e.g. {@code accelerators}
 * @param xTicks      how the x axis's ticks are labelled
 * @param yAxis       the y axis's name with its unit, e.g. {@code days to train}
 * @param yTicks      how the y axis's ticks are labelled
 * @param lines       one per series, in legend order
 */
public record LineChart(String id, String title, String description, String xAxis, DoubleFunction<String> xTicks,
                        String yAxis, DoubleFunction<String> yTicks, List<Line> lines) {

    /**
     * A point of a line.
     *
     * @param x      where along the x axis: positive and finite
     * @param y      the value; finite on the line, NaN for a gap
     * @param text   the value as the command writes it, beside the marker; empty for a gap
     * @param gap    why the point is not on the line, in a word or two ({@code NO LAYOUT}); empty when it is
     * @param hollow drawn with a hollow marker: on the line, but qualified (a run on fewer accelerators than x)
     */
    public record Point(double x, double y, String text, String gap, boolean hollow) {

        public Point {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(gap, "gap");
            if (!(x > 0) || Double.isInfinite(x)) {
                throw new IllegalArgumentException("a point's x is positive and finite, got " + x);
            }
            if (gap.isEmpty() && !Double.isFinite(y)) {
                throw new IllegalArgumentException("a point on the line has a finite value, got " + y + " at x " + x);
            }
            if (!gap.isEmpty() && (hollow || !text.isEmpty())) {
                throw new IllegalArgumentException("a gap at x " + x + " has neither a value's text nor a marker");
            }
        }

        /** A point on the line. */
        public static Point at(double x, double y, String text) {
            return new Point(x, y, text, "", false);
        }

        /** A gap in the line, and why: {@code gap(7680, "NO LAYOUT")}. */
        public static Point gap(double x, String why) {
            if (why.isEmpty()) {
                throw new IllegalArgumentException("a gap says why it is one");
            }
            return new Point(x, Double.NaN, "", why, false);
        }

        /** Whether the point is on the line (not a gap). */
        public boolean onLine() {
            return gap.isEmpty();
        }
    }

    /**
     * One series.
     *
     * @param name   its name, in the legend and its gaps' lane
     * @param color  its line, markers and value labels, as {@code #rrggbb}
     * @param points its points, by increasing x
     */
    public record Line(String name, String color, List<Point> points) {

        public Line {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(color, "color");
            points = List.copyOf(points);
            for (int i = 1; i < points.size(); i++) {
                if (!(points.get(i).x() > points.get(i - 1).x())) {
                    throw new IllegalArgumentException("the points of line " + name + " must increase in x; "
                            + points.get(i).x() + " comes after " + points.get(i - 1).x());
                }
            }
        }

        /**
         * The runs of consecutive points on the line, each drawn as one stroke: a gap ends one and the next point on
         * the line starts another, so that no stroke crosses a point that cannot run.
         */
        public List<List<Point>> segments() {
            List<List<Point>> segments = new ArrayList<>();
            List<Point> current = new ArrayList<>();
            for (Point p : points) {
                if (p.onLine()) {
                    current.add(p);
                } else if (!current.isEmpty()) {
                    segments.add(List.copyOf(current));
                    current.clear();
                }
            }
            if (!current.isEmpty()) {
                segments.add(List.copyOf(current));
            }
            return segments;
        }
    }

    static final int WIDTH = BarChart.WIDTH;
    /** Room on the left for the y axis's ticks and, in the strip under the plot, the names of the gaps' lanes. */
    static final int LEFT = BarChart.LABEL_WIDTH;
    static final int PLOT_WIDTH = 640;
    static final int PLOT_HEIGHT = 280;
    static final int LEGEND_ROW = 20;
    /** The height of a lane of gaps under the plot: one per line and status. */
    static final int LANE = 18;
    /** How far a log x axis reaches beyond the first and last x, as a factor, so that no marker sits on its edge. */
    static final double LOG_PAD = 1.25;
    /**
     * Dashes of the lines, by index, so that lines of the same color (a sixth one), or of colors a reader cannot tell
     * apart, still differ.
     */
    private static final List<String> DASHES = List.of("", "8 4", "2 3", "10 3 2 3");
    private static final int SHAPES = 4;
    /** The most lines whose values are written beside their markers: more crowd the plot, and go to the table. */
    static final int LABELLED_LINES = 3;
    /** A value label's height, and how far its middle sits above or below its marker's. */
    private static final double LABEL_HEIGHT = 12;
    private static final double LABEL_OFFSET = 13;
    /** Half a marker's size, as the labels keep clear of it. */
    private static final double MARKER_HALF = 6;
    /** Rough width of a character of the labels' text (the page's style sets the charts' text at 12 px). */
    private static final double LABEL_CHAR = Svg.CHAR_WIDTH;

    public LineChart {
        Objects.requireNonNull(xTicks, "xTicks");
        Objects.requireNonNull(yTicks, "yTicks");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one line");
        }
    }

    /** Every point on a line, of every line. */
    private List<Point> onLine() {
        return lines.stream().flatMap(l -> l.points().stream()).filter(Point::onLine).toList();
    }

    /**
     * The y axis: the values of the points on the lines, linear from zero, or logarithmic when they span more than
     * {@link Scale#LOG_ABOVE_SPAN} times.
     */
    public Scale yScale() {
        List<Double> ys = onLine().stream().map(Point::y).toList();
        return Scale.of(ys, ys);
    }

    /**
     * The x axis: every point's x, gaps included, linear from zero or logarithmic by the same rule, marked at the
     * points' own x values wherever their labels fit side by side (the first always, the rest from left to right).
     */
    public Scale xScale() {
        List<Double> xs = new ArrayList<>(new TreeSet<>(lines.stream().flatMap(l -> l.points().stream())
                .map(Point::x).toList()));
        Scale rule = Scale.of(xs, xs);
        if (xs.isEmpty()) {
            return rule;
        }
        double lo = xs.get(0);
        double hi = xs.get(xs.size() - 1);
        Scale axis = rule.log() ? new Scale(true, lo / LOG_PAD, hi * LOG_PAD, List.of(), rule.span())
                : new Scale(false, 0, Math.max(rule.max(), hi), List.of(), rule.span());
        List<Double> ticks = new ArrayList<>();
        double lastRight = Double.NEGATIVE_INFINITY;
        for (double x : xs) {
            double at = axis.fraction(x) * PLOT_WIDTH;
            double half = xTicks.apply(x).length() * Svg.CHAR_WIDTH / 2;
            if (at - half >= lastRight + 8) {
                ticks.add(x);
                lastRight = at + half;
            }
        }
        return new Scale(axis.log(), axis.min(), axis.max(), ticks, axis.span());
    }

    /**
     * Whether each point's value is written beside its marker: when every label finds room just above, below, right
     * or left of its marker, clear of every other label and marker and within the plot (to the right, up to the
     * chart's edge), preferably where no line crosses it. All or none: a chart of more than {@link #LABELLED_LINES}
     * lines, or whose lines crowd (two systems that scale alike), leaves its values to the points' titles and to a
     * table beside it, rather than labelling some points and not others.
     */
    public boolean labelled() {
        return placed(xScale(), yScale()) != null;
    }

    /**
     * A value's label: the line it belongs to, its point, where its text is anchored from the plot's top left (its
     * middle, or its start or end for one beside the marker), and how.
     */
    private record Label(int line, Point point, double x, double y, String anchor) {
    }

    /** A box from the plot's top left, for telling whether a label would cover a marker or another label. */
    private record Box(double x0, double y0, double x1, double y1) {

        static Box around(double x, double y, double halfWidth, double halfHeight) {
            return new Box(x - halfWidth, y - halfHeight, x + halfWidth, y + halfHeight);
        }

        boolean overlaps(Box o) {
            return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
        }

        /** Whether the stroke from (ax, ay) to (bx, by) passes through the box: tried every pixel along it. */
        boolean crossedBy(double ax, double ay, double bx, double by) {
            int steps = (int) Math.ceil(Math.max(Math.abs(bx - ax), Math.abs(by - ay))) + 1;
            for (int i = 0; i <= steps; i++) {
                double px = ax + (bx - ax) * i / steps;
                double py = ay + (by - ay) * i / steps;
                if (px > x0 && px < x1 && py > y0 && py < y1) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Where each value's label goes, from the plot's top left, point by point from left to right and top to bottom,
     * each at the first place that covers nothing placed before it or any marker; null when a label finds no such
     * place (see {@link #labelled}).
     */
    private List<Label> placed(Scale x, Scale y) {
        record Mark(int line, Point point, double x, double y) {
        }
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            for (Point p : lines.get(i).points()) {
                if (p.onLine()) {
                    marks.add(new Mark(i, p, x.fraction(p.x()) * PLOT_WIDTH, (1 - y.fraction(p.y())) * PLOT_HEIGHT));
                }
            }
        }
        if (lines.size() > LABELLED_LINES) {
            return null;
        }
        List<double[]> strokes = new ArrayList<>();
        for (Line line : lines) {
            for (List<Point> segment : line.segments()) {
                for (int k = 1; k < segment.size(); k++) {
                    Point a = segment.get(k - 1);
                    Point b = segment.get(k);
                    strokes.add(new double[] {x.fraction(a.x()) * PLOT_WIDTH, (1 - y.fraction(a.y())) * PLOT_HEIGHT,
                            x.fraction(b.x()) * PLOT_WIDTH, (1 - y.fraction(b.y())) * PLOT_HEIGHT});
                }
            }
        }
        marks.sort(Comparator.comparingDouble(Mark::x).thenComparingDouble(Mark::y).thenComparingInt(Mark::line));
        List<Box> taken = new ArrayList<>();
        for (Mark m : marks) {
            taken.add(Box.around(m.x(), m.y(), MARKER_HALF, MARKER_HALF));
        }
        double right = WIDTH - LEFT;
        List<Label> labels = new ArrayList<>();
        for (Mark m : marks) {
            if (m.point().text().isEmpty()) {
                continue;
            }
            double w = m.point().text().length() * LABEL_CHAR;
            double h = LABEL_HEIGHT / 2;
            double side = MARKER_HALF + 3;
            List<Label> candidates = List.of(
                    new Label(m.line(), m.point(), m.x(), m.y() - LABEL_OFFSET, "middle"),
                    new Label(m.line(), m.point(), m.x(), m.y() + LABEL_OFFSET, "middle"),
                    new Label(m.line(), m.point(), m.x() + side, m.y(), "start"),
                    new Label(m.line(), m.point(), m.x() - side, m.y(), "end"));
            Label chosen = null;
            Box box = null;
            // first a place that no line crosses either; failing that, one across a line (its halo keeps it legible)
            for (boolean clearOfLines : new boolean[] {true, false}) {
                for (Label c : candidates) {
                    double x0 = switch (c.anchor()) {
                        case "start" -> c.x();
                        case "end" -> c.x() - w;
                        default -> c.x() - w / 2;
                    };
                    Box b = new Box(x0, c.y() - h, x0 + w, c.y() + h);
                    boolean inside = b.y0() >= 0 && b.y1() <= PLOT_HEIGHT && b.x0() >= -4 && b.x1() <= right;
                    if (inside && taken.stream().noneMatch(b::overlaps)
                            && (!clearOfLines || strokes.stream().noneMatch(t -> b.crossedBy(t[0], t[1], t[2], t[3])))) {
                        chosen = c;
                        box = b;
                        break;
                    }
                }
                if (chosen != null) {
                    break;
                }
            }
            if (chosen == null) {
                return null;
            }
            taken.add(box);
            labels.add(chosen);
        }
        return labels;
    }

    /** The lanes of the strip under the plot: one per line and gap status, in line order, then first appearance. */
    private List<Lane> lanes() {
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Map<String, List<Point>> byStatus = new LinkedHashMap<>();
            for (Point p : lines.get(i).points()) {
                if (!p.onLine()) {
                    byStatus.computeIfAbsent(p.gap(), g -> new ArrayList<>()).add(p);
                }
            }
            for (Map.Entry<String, List<Point>> e : byStatus.entrySet()) {
                lanes.add(new Lane(i, e.getKey(), e.getValue()));
            }
        }
        return lanes;
    }

    private record Lane(int line, String status, List<Point> points) {
    }

    /** Writes the chart as an {@code <svg>} element. */
    public void render(Html html) {
        Scale x = xScale();
        Scale y = yScale();
        List<Lane> lanes = lanes();
        List<List<Entry>> legend = legendRows(!lanes.isEmpty(), onLine().stream().anyMatch(Point::hollow));
        int yTitle = legend.size() * LEGEND_ROW + 14;
        int plotTop = yTitle + 18;
        int plotBottom = plotTop + PLOT_HEIGHT;
        int stripTop = plotBottom + (lanes.isEmpty() ? 0 : 8);
        int baseline = stripTop + lanes.size() * LANE + (lanes.isEmpty() ? 0 : 6);
        Svg.open(html, id, WIDTH, baseline + BarChart.AXIS_HEIGHT, title, description);
        legend(html, legend);
        Svg.axis(html, x, xTicks, LEFT, PLOT_WIDTH, plotTop, baseline, x.label(xAxis));
        yAxis(html, y, plotTop, plotBottom, yTitle);
        strip(html, x, lanes, stripTop);
        for (int i = 0; i < lines.size(); i++) {
            line(html, x, y, i, plotBottom);
        }
        List<Label> labels = placed(x, y);
        if (labels != null) {
            labels(html, labels, plotTop);
        }
        html.close("svg");
    }

    private double px(Scale x, double value) {
        return LEFT + x.fraction(value) * PLOT_WIDTH;
    }

    private static double py(Scale y, double value, int plotBottom) {
        return plotBottom - y.fraction(value) * PLOT_HEIGHT;
    }

    /** Horizontal gridlines at the y ticks, their labels on the left, the axis's title above the plot. */
    private void yAxis(Html html, Scale y, int plotTop, int plotBottom, int titleY) {
        html.open("g", "class", "axis").newline();
        for (double t : y.ticks()) {
            double at = py(y, t, plotBottom);
            html.empty("line", "x1", Html.number(LEFT), "y1", Html.number(at), "x2", Html.number(LEFT + PLOT_WIDTH),
                    "y2", Html.number(at), "stroke", Palette.GRID, "stroke-width", "1");
            Svg.text(html, LEFT - 8, at, "end", Palette.INK, yTicks.apply(t), null);
        }
        html.empty("line", "x1", Html.number(LEFT), "y1", Html.number(plotTop), "x2", Html.number(LEFT), "y2",
                Html.number(plotBottom), "stroke", Palette.AXIS, "stroke-width", "1");
        html.empty("line", "x1", Html.number(LEFT), "y1", Html.number(plotBottom), "x2", Html.number(LEFT + PLOT_WIDTH),
                "y2", Html.number(plotBottom), "stroke", Palette.AXIS, "stroke-width", "1");
        Svg.text(html, LEFT, titleY, "start", Palette.INK, y.label(yAxis), "bold");
        html.close("g");
    }

    /** One line: a stroke per segment, then a marker per point on it, each titled with its value. */
    private void line(Html html, Scale x, Scale y, int index, int plotBottom) {
        Line line = lines.get(index);
        html.open("g", "class", "series").newline();
        html.element("title", line.name());
        for (List<Point> segment : line.segments()) {
            if (segment.size() < 2) {
                continue; // a point alone between gaps is its marker only
            }
            StringBuilder at = new StringBuilder();
            for (Point p : segment) {
                if (at.length() > 0) {
                    at.append(' ');
                }
                at.append(Html.number(px(x, p.x()))).append(',').append(Html.number(py(y, p.y(), plotBottom)));
            }
            List<String> attributes = new ArrayList<>(List.of("points", at.toString(), "fill", "none", "stroke",
                    line.color(), "stroke-width", "2.5", "stroke-linejoin", "round", "stroke-linecap", "round"));
            String dash = DASHES.get(index % DASHES.size());
            if (!dash.isEmpty()) {
                attributes.addAll(List.of("stroke-dasharray", dash));
            }
            attributes.addAll(List.of("class", "line"));
            html.empty("polyline", attributes.toArray(String[]::new));
        }
        for (Point p : line.points()) {
            if (p.onLine()) {
                html.open("g");
                html.element("title", line.name() + ", " + xTicks.apply(p.x()) + " " + xAxis + ": " + p.text());
                marker(html, index, line.color(), p.hollow(), px(x, p.x()), py(y, p.y(), plotBottom), "marker");
                html.close("g");
            }
        }
        html.close("g");
    }

    /**
     * A line's marker: a circle, square, triangle or diamond by its index, filled in its color with a white edge so
     * that it stands off the line, or hollow (white inside) for a qualified point.
     */
    private static void marker(Html html, int index, String color, boolean hollow, double cx, double cy, String cls) {
        String fill = hollow ? Palette.BACKGROUND : color;
        String stroke = hollow ? color : Palette.BACKGROUND;
        String width = hollow ? "2" : "1.5";
        switch (index % SHAPES) {
            case 0 -> html.empty("circle", "cx", Html.number(cx), "cy", Html.number(cy), "r", "5", "fill", fill,
                    "stroke", stroke, "stroke-width", width, "class", cls);
            case 1 -> html.empty("rect", "x", Html.number(cx - 4.5), "y", Html.number(cy - 4.5), "width", "9", "height",
                    "9", "fill", fill, "stroke", stroke, "stroke-width", width, "class", cls);
            case 2 -> html.empty("polygon", "points", Html.number(cx) + "," + Html.number(cy - 6) + " "
                    + Html.number(cx + 5.5) + "," + Html.number(cy + 4) + " " + Html.number(cx - 5.5) + ","
                    + Html.number(cy + 4), "fill", fill, "stroke", stroke, "stroke-width", width, "class", cls);
            default -> html.empty("polygon", "points", Html.number(cx) + "," + Html.number(cy - 6) + " "
                    + Html.number(cx + 6) + "," + Html.number(cy) + " " + Html.number(cx) + "," + Html.number(cy + 6)
                    + " " + Html.number(cx - 6) + "," + Html.number(cy), "fill", fill, "stroke", stroke,
                    "stroke-width", width, "class", cls);
        }
    }

    /** The values beside their markers, haloed in white so that they read across lines and grid. */
    private void labels(Html html, List<Label> labels, int plotTop) {
        html.open("g", "class", "values").newline();
        for (Label l : labels) {
            html.element("text", l.point().text(), "x", Html.number(LEFT + l.x()), "y", Html.number(plotTop + l.y()),
                    "dy", "0.35em", "text-anchor", l.anchor(), "fill", lines.get(l.line()).color(), "stroke",
                    Palette.BACKGROUND, "stroke-width", "3", "paint-order", "stroke");
        }
        html.close("g");
    }

    /** The gaps: in a lane per line and status under the plot, a cross at each x, the status at the lane's end. */
    private void strip(Html html, Scale x, List<Lane> lanes, int stripTop) {
        if (lanes.isEmpty()) {
            return;
        }
        html.open("g", "class", "gaps").newline();
        for (int k = 0; k < lanes.size(); k++) {
            Lane lane = lanes.get(k);
            Line line = lines.get(lane.line());
            double middle = stripTop + k * LANE + LANE / 2.0;
            html.open("g");
            html.element("title", line.name() + ": " + lane.status() + " at " + lane.points().stream()
                    .map(p -> xTicks.apply(p.x())).reduce((a, b) -> a + ", " + b).orElse("") + " " + xAxis);
            Svg.text(html, LEFT - 10, middle, "end", Palette.INK, Svg.cut(line.name(), BarChart.LABEL_CHARS), null);
            for (Point p : lane.points()) {
                html.open("g", "class", "gap");
                html.element("title", line.name() + ", " + xTicks.apply(p.x()) + " " + xAxis + ": " + p.gap()
                        + " (not on the line)");
                cross(html, px(x, p.x()), middle);
                html.close("g");
            }
            Svg.text(html, LEFT + PLOT_WIDTH + 10, middle, "start", Palette.BLOCKED, Svg.cut(lane.status(), 17), "bold");
            html.close("g");
        }
        html.close("g");
    }

    /** A cross in the color that marks what cannot run, haloed in white. */
    private static void cross(Html html, double cx, double cy) {
        for (String[] pen : new String[][] {{Palette.BACKGROUND, "4.5"}, {Palette.BLOCKED, "2"}}) {
            html.empty("path", "d", "M" + Html.number(cx - 4.5) + " " + Html.number(cy - 4.5) + "L" + Html.number(cx + 4.5)
                    + " " + Html.number(cy + 4.5) + "M" + Html.number(cx - 4.5) + " " + Html.number(cy + 4.5) + "L"
                    + Html.number(cx + 4.5) + " " + Html.number(cy - 4.5), "stroke", pen[0], "stroke-width", pen[1],
                    "stroke-linecap", "round", "fill", "none");
        }
    }

    /** A legend entry: how wide it is, and how it is drawn at an x and a row's middle. */
    private record Entry(double width, Drawing drawing) {
    }

    @FunctionalInterface
    private interface Drawing {
        void draw(Html html, double x, double middle);
    }

    /** The legend's entries, wrapped into rows that fit the chart's width from the plot's left edge. */
    private List<List<Entry>> legendRows(boolean gaps, boolean hollow) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int index = i;
            Line line = lines.get(i);
            String name = Svg.cut(line.name(), BarChart.LABEL_CHARS);
            entries.add(new Entry(30 + name.length() * Svg.CHAR_WIDTH + 18, (html, x, middle) -> {
                List<String> attributes = new ArrayList<>(List.of("x1", Html.number(x), "y1", Html.number(middle),
                        "x2", Html.number(x + 24), "y2", Html.number(middle), "stroke", line.color(), "stroke-width",
                        "2.5"));
                String dash = DASHES.get(index % DASHES.size());
                if (!dash.isEmpty()) {
                    attributes.addAll(List.of("stroke-dasharray", dash));
                }
                html.empty("line", attributes.toArray(String[]::new));
                marker(html, index, line.color(), false, x + 12, middle, "legend-marker");
                Svg.text(html, x + 30, middle, "start", Palette.INK, name, null);
            }));
        }
        if (hollow) {
            String name = "hollow: runs on fewer accelerators";
            entries.add(new Entry(18 + name.length() * Svg.CHAR_WIDTH + 18, (html, x, middle) -> {
                html.empty("circle", "cx", Html.number(x + 6), "cy", Html.number(middle), "r", "5", "fill",
                        Palette.BACKGROUND, "stroke", Palette.AXIS, "stroke-width", "2");
                Svg.text(html, x + 18, middle, "start", Palette.INK, name, null);
            }));
        }
        if (gaps) {
            String name = "cannot run at that size: a gap, status under the plot";
            entries.add(new Entry(18 + name.length() * Svg.CHAR_WIDTH + 18, (html, x, middle) -> {
                cross(html, x + 6, middle);
                Svg.text(html, x + 18, middle, "start", Palette.BLOCKED, name, "bold");
            }));
        }
        List<List<Entry>> rows = new ArrayList<>();
        List<Entry> row = new ArrayList<>();
        double used = 0;
        for (Entry e : entries) {
            if (!row.isEmpty() && LEFT + used + e.width() > WIDTH - 8) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            row.add(e);
            used += e.width();
        }
        rows.add(row);
        return rows;
    }

    private static void legend(Html html, List<List<Entry>> rows) {
        html.open("g", "class", "legend").newline();
        for (int r = 0; r < rows.size(); r++) {
            double x = LEFT;
            double middle = 14 + r * LEGEND_ROW;
            for (Entry e : rows.get(r)) {
                e.drawing().draw(html, x, middle);
                x += e.width();
            }
        }
        html.close("g");
    }
}
