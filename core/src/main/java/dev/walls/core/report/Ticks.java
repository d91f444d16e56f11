package dev.walls.core.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.DoubleFunction;

/**
 * Labels of an axis's ticks. They name round positions along the axis, not results, so they are written as short as
 * they can be ({@code 10}, {@code 2.5}, {@code $1M}); the results themselves are written beside the bars, as the
 * command writes them.
 */
public final class Ticks {

    /** Days and other bare numbers. */
    public static final DoubleFunction<String> NUMBER = Ticks::number;
    /** US dollars, with k, M and B as {@link dev.walls.spi.wall.Money} writes them. */
    public static final DoubleFunction<String> USD = v -> "$" + number(v);
    /** A fraction as a percentage: 0.25 reads {@code 25%}. */
    public static final DoubleFunction<String> PERCENT = v -> plain(v * 100) + "%";
    /** A count, such as of accelerators, whole and with thousands separated: {@code 1,024}, {@code 16,384}. */
    public static final DoubleFunction<String> COUNT = v -> String.format(java.util.Locale.ROOT, "%,.0f", v);
    /** Seconds. */
    public static final DoubleFunction<String> SECONDS = v -> number(v) + " s";

    private Ticks() {
    }

    /** Three significant digits at most, trailing zeros dropped, thousands as k, M and B: 0.05, 2.5, 100, 2.5k, 1.5M. */
    public static String number(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return plain(v / 1e9) + "B";
        }
        if (a >= 1e6) {
            return plain(v / 1e6) + "M";
        }
        if (a >= 1e3) {
            return plain(v / 1e3) + "k";
        }
        return plain(v);
    }

    private static String plain(double v) {
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
