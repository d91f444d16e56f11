package dev.walls.spi.wall;

import java.util.Locale;

/**
 * Physical quantities as tables and sentences write them: three significant figures and an SI prefix, {@code 989
 * TFLOP/s}, {@code 80.0 GB}, {@code 1.55 MW}. The companion of {@link Money}: one style everywhere, and a spec file
 * takes any of them back.
 */
public final class Si {

    /** Up to zetta, the largest prefix a spec file takes back. */
    private static final String[] PREFIX = {"", "k", "M", "G", "T", "P", "E", "Z"};

    private Si() {
    }

    /**
     * Formats {@code value} in {@code unit} with three significant figures from 1 upwards (two decimals below 10,
     * one below 100, none above); an empty unit gives a bare count such as {@code 1.23 M}. The prefix is chosen after
     * rounding, so 999,960 W reads 1.00 MW, not 1000 kW. A negative value leads with the sign; NaN (a figure nobody
     * can state) reads "-".
     */
    public static String format(double value, String unit) {
        if (Double.isNaN(value)) {
            return "-";
        }
        double a = Math.abs(value);
        int p = 0;
        while (a >= 999.5 && p < PREFIX.length - 1) {
            a /= 1000;
            p++;
        }
        int places = a >= 99.95 ? 0 : a >= 9.995 ? 1 : 2;
        String sign = value < 0 && a >= 0.005 ? "-" : "";
        String suffix = PREFIX[p] + unit;
        return sign + FixedPoint.format(a, places) + (suffix.isEmpty() ? "" : " " + suffix);
    }

    /**
     * Formats a share as findings write it: whole percents, but a share near none or near all keeps a decimal, so that
     * a part that is there never reads 0% and one that is not complete never reads 100%: {@code 45%}, {@code 0.4%},
     * {@code 0.040%}, {@code 99.7%}.
     */
    public static String percent(double fraction) {
        double p = 100 * fraction;
        if (p > 0 && p < 0.1) {
            return String.format(Locale.ROOT, "%.2g%%", p);
        }
        if (p > 0 && p < 1) {
            return FixedPoint.format(p, 1) + "%";
        }
        if (p > 99 && p < 100) {
            return FixedPoint.format(Math.min(p, 99.9), 1) + "%";
        }
        return FixedPoint.format(p, 0) + "%";
    }

    /**
     * Formats a duration in the unit that shows its digits: {@code 16.110 s}, {@code 493.44 ms}, {@code 40.0 us}
     * (a part of 40 µs would read "0.000 s" in seconds); zero reads {@code 0 s}.
     */
    public static String seconds(double s) {
        if (s == 0) {
            return "0 s";
        }
        if (Math.abs(s) >= 1) {
            return FixedPoint.format(s, 3) + " s";
        }
        if (Math.abs(s) >= 1e-3) {
            return FixedPoint.format(s * 1e3, 2) + " ms";
        }
        return FixedPoint.format(s * 1e6, 1) + " us";
    }
}
