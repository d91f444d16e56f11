package dev.walls.core.report;

import java.util.function.DoubleFunction;

/** The pieces the report's charts share: the root element, axis, legend entries, text, whiskers, blocked bars. */
final class Svg {

    static final String NAMESPACE = "http://www.w3.org/2000/svg";
    /** Rough width of a character of the charts' 12 px sans-serif text, to place legend entries and fit labels. */
    static final double CHAR_WIDTH = 6.8;

    private Svg() {
    }

    /** Opens the {@code <svg>} root, named by its title and described by its numbers for assistive technology. */
    static void open(Html html, String id, int width, int height, String title, String description) {
        html.open("svg", "xmlns", NAMESPACE, "id", id, "viewBox", "0 0 " + width + " " + height, "width", Integer.toString(width),
                "height", Integer.toString(height), "role", "img", "aria-labelledby", id + "-title " + id + "-desc",
                "class", "chart");
        html.newline();
        html.element("title", title, "id", id + "-title").newline();
        html.element("desc", description, "id", id + "-desc");
    }

    /** The diagonal hatching of a blocked bar, named after the chart so that two charts' patterns never clash. */
    static void hatching(Html html, String id) {
        html.open("defs").newline();
        html.open("pattern", "id", id + "-hatch", "width", "6", "height", "6", "patternUnits", "userSpaceOnUse",
                "patternTransform", "rotate(45)").newline();
        html.empty("line", "x1", "0", "y1", "0", "x2", "0", "y2", "6", "stroke", Palette.BLOCKED, "stroke-width", "2");
        html.close("pattern");
        html.close("defs");
    }

    /** Gridlines and tick labels at every tick, the axis line, and the axis's label under it. */
    static void axis(Html html, Scale scale, DoubleFunction<String> tickFormat, double left, double width, double top,
                     double baseline, String label) {
        html.open("g", "class", "axis").newline();
        for (double t : scale.ticks()) {
            double x = left + scale.fraction(t) * width;
            html.empty("line", "x1", Html.number(x), "y1", Html.number(top), "x2", Html.number(x), "y2",
                    Html.number(baseline), "stroke", Palette.GRID, "stroke-width", "1");
            text(html, x, baseline + 16, "middle", Palette.INK, tickFormat.apply(t), null);
        }
        html.empty("line", "x1", Html.number(left), "y1", Html.number(baseline), "x2", Html.number(left + width), "y2",
                Html.number(baseline), "stroke", Palette.AXIS, "stroke-width", "1");
        text(html, left + width / 2, baseline + 38, "middle", Palette.INK, label, "bold");
        html.close("g");
    }

    /** A legend entry: a square of the color and its name; returns where the next entry starts. */
    static double legendSwatch(Html html, double x, String color, String name) {
        html.empty("rect", "x", Html.number(x), "y", "8", "width", "12", "height", "12", "fill", color);
        text(html, x + 17, 14, "start", Palette.INK, name, null);
        return x + 17 + name.length() * CHAR_WIDTH + 18;
    }

    /** The legend's entry for whiskers; returns where the next entry starts. */
    static double legendWhisker(Html html, double x, String name) {
        whisker(html, x, x + 22, 14);
        text(html, x + 28, 14, "start", Palette.INK, name, null);
        return x + 28 + name.length() * CHAR_WIDTH + 18;
    }

    /** The legend's entry for a blocked bar; returns where the next entry starts. */
    static double legendBlocked(Html html, double x, String id, String name) {
        blockedBar(html, id, x, 8, 22, 12);
        text(html, x + 28, 14, "start", Palette.BLOCKED, name, "bold");
        return x + 28 + name.length() * CHAR_WIDTH + 18;
    }

    /** A bar that is not a run: hatched on grey, with a dashed outline, in no series' color. */
    static void blockedBar(Html html, String id, double x, double y, double width, double height) {
        html.empty("rect", "x", Html.number(x), "y", Html.number(y), "width", Html.number(width), "height",
                Html.number(height), "fill", Palette.BLOCKED_FILL);
        html.empty("rect", "x", Html.number(x), "y", Html.number(y), "width", Html.number(width), "height",
                Html.number(height), "fill", "url(#" + id + "-hatch)", "stroke", Palette.BLOCKED, "stroke-width", "1.5",
                "stroke-dasharray", "4 2", "class", "blocked");
    }

    /** A range from {@code x0} to {@code x1} with end caps, haloed in white so it shows on a bar and off it alike. */
    static void whisker(Html html, double x0, double x1, double y) {
        html.open("g", "class", "whisker").newline();
        for (String[] pen : new String[][] {{Palette.BACKGROUND, "4"}, {Palette.AXIS, "1.5"}}) {
            html.empty("line", "x1", Html.number(x0), "y1", Html.number(y), "x2", Html.number(x1), "y2", Html.number(y),
                    "stroke", pen[0], "stroke-width", pen[1]);
            for (double x : new double[] {x0, x1}) {
                html.empty("line", "x1", Html.number(x), "y1", Html.number(y - 6), "x2", Html.number(x), "y2",
                        Html.number(y + 6), "stroke", pen[0], "stroke-width", pen[1]);
            }
        }
        html.close("g");
    }

    /** A line of text, vertically centered on {@code y}. */
    static void text(Html html, double x, double y, String anchor, String color, String text, String weight) {
        if (weight == null) {
            html.element("text", text, "x", Html.number(x), "y", Html.number(y), "dy", "0.35em", "text-anchor", anchor,
                    "fill", color);
        } else {
            html.element("text", text, "x", Html.number(x), "y", Html.number(y), "dy", "0.35em", "text-anchor", anchor,
                    "fill", color, "font-weight", weight);
        }
    }

    /** Text cut to {@code chars} characters with an ellipsis, so that a long name cannot run over the bars. */
    static String cut(String text, int chars) {
        if (text.codePointCount(0, text.length()) <= chars) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, chars - 1)) + "…";
    }
}
