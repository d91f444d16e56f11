package dev.walls.core.output;

import dev.walls.spi.wall.Si;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import java.util.Locale;

/**
 * Quantities as walls writes them for people: SI prefixes, a few significant digits, the unit spelled out, the
 * same digits whatever the machine's locale. The command's tables and the HTML report both write through these, so a
 * figure reads the same in either ({@link dev.walls.spi.wall.Money} writes dollars, {@link Si} the rest).
 */
public final class Formats {

    private Formats() {
    }

    public static String flops(double v) {
        return Si.format(v, "FLOP/s");
    }

    public static String bytes(double v) {
        return Si.format(v, "B");
    }

    public static String bandwidth(double v) {
        return Si.format(v, "B/s");
    }

    public static String watts(double v) {
        return Si.format(v, "W");
    }

    /** A duration; two days or more in days, else as {@link Si#seconds} writes it (a wall that costs nothing: "0 s"). */
    public static String seconds(double s) {
        if (s >= 86400 * 2) {
            return String.format(Locale.ROOT, "%,.1f days", s / 86400);
        }
        return Si.seconds(s);
    }

    /**
     * Days as a comparison writes them: one decimal down to what rounds to a day (as the verdict's sentence writes
     * them), two significant digits below that, where one decimal would hide most of the figure (0.038 is 55 min).
     */
    public static String days(double d) {
        return d >= 0.95 || d <= 0 ? String.format(Locale.ROOT, "%,.1f", d) : String.format(Locale.ROOT, "%.2g", d);
    }

    /** A number of days as a deadline reads: {@code 1 day}, {@code 30 days}, {@code 2.5 days}. */
    public static String dayCount(double days) {
        return plain(days) + (days == 1 ? " day" : " days");
    }

    /** A deadline as a sentence names it: {@code 30-day deadline}, {@code 2.5-day deadline}. */
    public static String deadline(double days) {
        return plain(days) + "-day deadline";
    }

    /** A value as a person writes it: 1.4, not 1.4000000000000001 or 1.0E9; 1e9 as 1000000000. */
    public static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** What a wall costs: the economics wall in money (its loss in time is always zero), the others in time. */
    public static String loss(WallAssessment a) {
        return a.wall() == Wall.ECONOMICS ? dev.walls.spi.wall.Money.usd(a.lossUsd()) : seconds(a.lossSeconds());
    }

    public static String percent(double fraction) {
        // a part of a step that is not zero does not read 0.0%: two significant digits below a tenth of a percent
        if (fraction > 0 && fraction < 0.001) {
            return String.format(Locale.ROOT, "%.2g%%", fraction * 100);
        }
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    /**
     * A spec figure in the unit its path names, as {@code walls describe} lists it: four significant digits for very
     * large or small values ({@code 1.25e+15}), else up to four decimals with trailing zeros trimmed ({@code 0.75}).
     */
    public static String figure(double v) {
        if (v != 0 && (Math.abs(v) >= 1e5 || Math.abs(v) < 1e-3)) {
            return String.format(Locale.ROOT, "%.4g", v);
        }
        String plain = String.format(Locale.ROOT, "%.4f", v);
        // Trim zeros after the decimal point only: 1200.0000 -> 1200, 0.7500 -> 0.75.
        return plain.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
