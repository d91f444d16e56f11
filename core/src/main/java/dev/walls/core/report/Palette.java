package dev.walls.core.report;

import dev.walls.spi.wall.Wall;
import java.util.List;

/**
 * The report's colors. Each is dark enough that it stands out from the white page by at least 3:1 (WCAG's contrast
 * for graphics) and that white text on it reads at 4.5:1 (its contrast for text), so a bar's label can sit inside it;
 * the hues of neighbouring parts of a step differ for readers with red-green colour blindness as well, and every
 * chart names its colors in a legend and its numbers in text, so that no reading depends on color alone.
 */
public final class Palette {

    /** The page and the charts' background. */
    public static final String BACKGROUND = "#ffffff";
    /** Text. */
    public static final String INK = "#1a1a1a";
    /** Axis lines and whiskers. */
    public static final String AXIS = "#333333";
    /** Gridlines: light on purpose, they only guide the eye to a tick. */
    public static final String GRID = "#d9d9d9";
    /** A bar's first series, and the ideal compute of a step. */
    public static final String PRIMARY = "#2b5c8a";
    /** A bar's second series. */
    public static final String SECONDARY = "#8a6100";
    /** What marks a system that cannot run: its label, its bar's outline and hatching. */
    public static final String BLOCKED = "#8b1a1a";
    /** The fill under a blocked bar's hatching: no series color, so it never reads as a normal bar. */
    public static final String BLOCKED_FILL = "#eeeeee";

    /** Hues the lines share with the walls' parts of a step, each readable on the page (PaletteTest checks them). */
    private static final String TEAL = "#00796b";
    private static final String PURPLE = "#7b4b94";
    private static final String GREY = "#4d4d4d";

    /**
     * The lines of a chart with one line per system, in order: hues apart for readers with red-green colour blindness
     * (blue, ochre, teal, purple, grey), none of them the red that marks what cannot run. A sixth line takes the first
     * color again; its dashes and markers still tell it apart ({@link LineChart}).
     */
    private static final List<String> SERIES = List.of(PRIMARY, SECONDARY, TEAL, PURPLE, GREY);

    private Palette() {
    }

    /** The color of the {@code index}th line (from 0), cycling through five. */
    public static String series(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("a line's index is at least 0, got " + index);
        }
        return SERIES.get(index % SERIES.size());
    }

    /** How many lines have colors of their own before they repeat. */
    static int seriesColors() {
        return SERIES.size();
    }

    /** The color of a wall's part of a step. */
    public static String of(Wall wall) {
        return switch (wall) {
            case MEMORY -> "#b03a2e";
            case INTERCONNECT -> TEAL;
            case PACKAGING -> PURPLE;
            case SOFTWARE -> SECONDARY;
            case ECONOMICS -> GREY;
        };
    }

    /**
     * The contrast ratio of two colors written {@code #rrggbb}, as WCAG 2 defines it: (L1 + 0.05) / (L2 + 0.05) of
     * their relative luminances, lighter over darker; 1 for the same color, 21 for black on white.
     */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("expected a color as #rrggbb, got '" + hex + "'");
        }
        double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
        double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
        double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
