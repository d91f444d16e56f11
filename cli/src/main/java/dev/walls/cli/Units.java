package dev.walls.cli;

import dev.walls.spi.wall.Money;
import dev.walls.spi.wall.Si;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import java.util.Locale;

/** Formats quantities for people: SI prefixes, a few significant digits, the unit spelled out. */
final class Units {

    private Units() {
    }

    static String flops(double v) {
        return Si.format(v, "FLOP/s");
    }

    static String bytes(double v) {
        return Si.format(v, "B");
    }

    static String bandwidth(double v) {
        return Si.format(v, "B/s");
    }

    static String watts(double v) {
        return Si.format(v, "W");
    }

    /** A duration; two days or more in days, else as {@link Si#seconds} writes it (a wall that costs nothing: "0 s"). */
    static String seconds(double s) {
        if (s >= 86400 * 2) {
            return String.format(Locale.ROOT, "%,.1f days", s / 86400);
        }
        return Si.seconds(s);
    }

    /**
     * Days as a comparison writes them: one decimal down to what rounds to a day (as the verdict's sentence writes
     * them), two significant digits below that, where one decimal would hide most of the figure (0.038 is 55 min).
     */
    static String days(double d) {
        return d >= 0.95 || d <= 0 ? String.format(Locale.ROOT, "%,.1f", d) : String.format(Locale.ROOT, "%.2g", d);
    }

    /** What a wall costs: the economics wall in money (its loss in time is always zero), the others in time. */
    static String loss(WallAssessment a) {
        return a.wall() == Wall.ECONOMICS ? Money.usd(a.lossUsd()) : seconds(a.lossSeconds());
    }

    static String percent(double fraction) {
        // a part of a step that is not zero does not read 0.0%: two significant digits below a tenth of a percent
        if (fraction > 0 && fraction < 0.001) {
            return String.format(Locale.ROOT, "%.2g%%", fraction * 100);
        }
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }
}
