package dev.walls.core.spec;

import dev.walls.spi.figure.Figure;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The magnitudes an input may take before walls calls it absurd: a value that passes every rule of its field but is
 * far outside anything physical ({@code trainingTokens: 1e308}, {@code bandwidth: 1e-300 GB/s}) would otherwise
 * overflow to an infinity, or a NaN, somewhere deep in a wall. The ranges are generous on purpose — they refuse only
 * what no real system or run comes near — so that a what-if is never refused, only a typo or a test of the limits.
 *
 * <p>Zero is always admitted: it means "none" where a field allows it (a level's cost, a fabric's latency), and the
 * field's own rule refuses it where it does not. A negative value is judged by its magnitude here and by its
 * field's sign rule.
 *
 * @param min  the smallest magnitude admitted, above zero
 * @param max  the largest magnitude admitted
 * @param text the range as a person reads it, e.g. {@code 1 kB/s .. 1 EB/s}
 */
public record PlausibleRange(double min, double max, String text) {

    /** How far outside an assumption's documented range a value may go: three orders of magnitude either way. */
    public static final double ASSUMPTION_FACTOR = 1000;

    /**
     * The floor for a figure whose documented range lies within [0, 1] (a yield, an efficiency, a share, a rate per
     * hour): a what-if may make the part all but fail, and such a figure only scales a result, so one in a billion
     * stays finite.
     */
    static final double SMALL_FIGURE_FLOOR = 1e-9;

    /** Returns the plausible magnitudes of a spec quantity of the given dimension (per accelerator, level or run). */
    public static PlausibleRange of(Dimension dimension) {
        return switch (dimension) {
            // the smallest SRAM tier to a whole cluster's memory, with room either side
            case BYTES -> new PlausibleRange(1e3, 1e18, "1 kB .. 1 EB");
            case BYTES_PER_SECOND -> new PlausibleRange(1e3, 1e18, "1 kB/s .. 1 EB/s");
            // a wafer-scale engine is about 1e17 FLOP/s
            case FLOPS_PER_SECOND -> new PlausibleRange(1e6, 1e21, "1 MFLOPS .. 1 ZFLOPS");
            case WATTS -> new PlausibleRange(1e-3, 1e10, "0.001 W .. 10 GW");
            // a 300 mm wafer is 70,686 mm²
            case SQUARE_MILLIMETERS -> new PlausibleRange(1e-2, 1e6, "0.01 mm^2 .. 1,000,000 mm^2");
            case USD -> new PlausibleRange(1e-2, 1e12, "USD 0.01 .. USD 1e12");
            case SECONDS -> new PlausibleRange(1e-12, 3600, "1 ps .. 1 h");
            // an efficiency of one in a million is already no machine at all
            case FRACTION -> new PlausibleRange(1e-6, 1, "1e-6 .. 1");
            // the largest training runs are about 1e13 tokens
            case COUNT -> new PlausibleRange(1, 1e18, "1 .. 1e18");
        };
    }

    /**
     * Returns the plausible magnitudes of an override of a documented assumption: within {@link #ASSUMPTION_FACTOR}
     * of its range, from {@code low / 1000} to {@code high × 1000}. A documented end of zero bounds nothing below, and
     * a figure documented as zero may go up to 1000; a figure documented within [0, 1] may go down to 10^-9.
     */
    public static PlausibleRange around(Figure documented) {
        double min = documented.low() / ASSUMPTION_FACTOR;
        if (documented.high() <= 1) {
            min = Math.min(min, SMALL_FIGURE_FLOOR);
        }
        double max = (documented.high() == 0 ? 1 : documented.high()) * ASSUMPTION_FACTOR;
        return new PlausibleRange(min, max, format(min) + " .. " + format(max));
    }

    /** Returns true when the value is zero or its magnitude lies within the range. */
    public boolean admits(double value) {
        double magnitude = Math.abs(value);
        return value == 0 || (magnitude >= min && magnitude <= max);
    }

    /**
     * Returns the value when the range admits it; else refuses it, quoting it as the user wrote it.
     *
     * @throws IllegalArgumentException {@code 'WRITTEN' is outside the plausible range RANGE}
     */
    public double require(double value, String written) {
        if (!admits(value)) {
            throw new IllegalArgumentException("'" + written.trim() + "' is outside the plausible range " + text);
        }
        return value;
    }

    /** Formats a number in at most four significant digits: plain from 0.001 to a million, else as {@code 1.5e8}. */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros();
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e6) {
            return rounded.toPlainString();
        }
        return rounded.toString().replace("E+", "e").replace("E", "e");
    }
}
