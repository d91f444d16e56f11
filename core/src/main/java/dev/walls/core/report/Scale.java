package dev.walls.core.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a value sits along a chart's axis: linear from zero, or logarithmic when the values to compare span more than
 * {@link #LOG_ABOVE_SPAN} times, where a linear axis would flatten the smaller ones into slivers (a day beside two
 * months). The axis label says which ({@link #label}).
 *
 * @param log   whether the axis is logarithmic
 * @param min   the axis's first value (0 on a linear axis, a power of ten on a log one)
 * @param max   its last value
 * @param ticks the values marked on it, from min to max
 * @param span  how many times the largest value compared is the smallest (1 for one value, NaN when one is not positive)
 */
public record Scale(boolean log, double min, double max, List<Double> ticks, double span) {

    /** Above this ratio of the largest value to the smallest, an axis is logarithmic. */
    public static final double LOG_ABOVE_SPAN = 20;

    public Scale {
        ticks = List.copyOf(ticks);
    }

    /**
     * The axis for a chart of {@code values} (the bars' lengths, which decide linear or log) that must also reach
     * every value of {@code extents} (whisker ends). Values that are not finite are left out (a figure nobody can
     * state is not drawn).
     */
    public static Scale of(List<Double> values, List<Double> extents) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        boolean positive = true;
        int counted = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                counted++;
                positive &= v > 0;
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double reachLo = lo;
        double reachHi = hi;
        for (double v : extents) {
            if (Double.isFinite(v)) {
                positive &= v > 0;
                reachLo = Math.min(reachLo, v);
                reachHi = Math.max(reachHi, v);
            }
        }
        double span = counted == 0 ? 1 : positive ? hi / lo : Double.NaN;
        if (counted >= 2 && positive && span > LOG_ABOVE_SPAN) {
            return logarithmic(reachLo, reachHi, span);
        }
        return linear(Math.max(reachHi, 0), span);
    }

    /** A linear axis from zero to a round value at or above {@code hi}, with five or so round ticks. */
    public static Scale linear(double hi, double span) {
        if (!(hi > 0)) {
            return new Scale(false, 0, 1, List.of(0.0, 0.5, 1.0), span);
        }
        double step = niceStep(hi / 5);
        int count = (int) Math.ceil(hi / step - 1e-9);
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; i <= count; i++) {
            ticks.add(round(i * step));
        }
        return new Scale(false, 0, ticks.get(ticks.size() - 1), ticks, span);
    }

    private static Scale logarithmic(double lo, double hi, double span) {
        int first = (int) Math.floor(Math.log10(lo) + 1e-9);
        int last = (int) Math.ceil(Math.log10(hi) - 1e-9);
        if (last <= first) {
            last = first + 1;
        }
        List<Double> ticks = new ArrayList<>();
        for (int e = first; e <= last; e++) {
            ticks.add(round(Math.pow(10, e)));
            // with only a decade or two, 2 and 5 between the powers keep the axis readable
            if (last - first <= 2 && e < last) {
                ticks.add(round(2 * Math.pow(10, e)));
                ticks.add(round(5 * Math.pow(10, e)));
            }
        }
        return new Scale(true, ticks.get(0), ticks.get(ticks.size() - 1), ticks, span);
    }

    /** Where {@code value} sits from the axis's start (0) to its end (1), clamped to the axis. */
    public double fraction(double value) {
        double f;
        if (log) {
            f = value <= 0 ? 0 : (Math.log10(value) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
        } else {
            f = (value - min) / (max - min);
        }
        return Math.max(0, Math.min(1, f));
    }

    /** The axis's name, and when it is logarithmic, that it is and why: {@code days (log scale: the values span 53×)}. */
    public String label(String name) {
        return log ? name + " (log scale: the values span " + String.format(Locale.ROOT, "%,.0f", span) + "×)" : name;
    }

    /** 1, 2, 2.5 or 5 times a power of ten, the smallest at or above {@code raw}. */
    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double r = raw / magnitude;
        double nice = r <= 1 ? 1 : r <= 2 ? 2 : r <= 2.5 ? 2.5 : r <= 5 ? 5 : 10;
        return round(nice * magnitude);
    }

    /** Rounds away the binary residue of products such as 3 × 0.1, so that ticks are the round numbers they name. */
    private static double round(double v) {
        return new BigDecimal(v).round(new MathContext(12)).doubleValue();
    }
}
