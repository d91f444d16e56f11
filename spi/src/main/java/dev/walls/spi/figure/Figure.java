package dev.walls.spi.figure;

import java.util.Objects;

/**
 * A number with its provenance and, where the public record is uncertain, a range.
 *
 * <p>The unit is carried by the name of the field that holds the figure
 * ({@code bandwidthBytesPerSecond}, {@code powerWatts}); a figure itself is always in base SI units
 * (bytes, seconds, watts, FLOP/s, US dollars, mm²).
 *
 * @param nominal    the value used by default; finite
 * @param low        the low end of the plausible range; {@code low <= nominal}
 * @param high       the high end of the plausible range; {@code nominal <= high}
 * @param provenance where it came from; never null
 */
public record Figure(double nominal, double low, double high, Provenance provenance) {

    public Figure {
        Objects.requireNonNull(provenance, "provenance");
        if (!Double.isFinite(nominal) || !Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("figure must be finite, got " + low + " / " + nominal + " / " + high);
        }
        if (low > nominal || nominal > high) {
            throw new IllegalArgumentException("figure range must satisfy low <= nominal <= high, got "
                    + low + " / " + nominal + " / " + high);
        }
    }

    /** A point value: low = nominal = high. */
    public static Figure of(double value, Provenance provenance) {
        return new Figure(value, value, value, provenance);
    }

    /** A value with an uncertainty range. */
    public static Figure range(double low, double nominal, double high, Provenance provenance) {
        return new Figure(nominal, low, high, provenance);
    }

    /** Returns true when the range is wider than the nominal point. */
    public boolean isUncertain() {
        return low != high;
    }

    /** Returns the value at a point of the range. */
    public double at(RangePoint point) {
        return switch (point) {
            case LOW -> low;
            case NOMINAL -> nominal;
            case HIGH -> high;
        };
    }

    /** Scales value and range by a factor, keeping the provenance; a negative factor swaps the ends. */
    public Figure times(double factor) {
        double a = low * factor;
        double b = high * factor;
        return new Figure(nominal * factor, Math.min(a, b), Math.max(a, b), provenance);
    }

    /** Returns this figure checked to be strictly positive, or throws naming the field. */
    public Figure requirePositive(String field) {
        if (low <= 0) {
            throw new IllegalArgumentException(field + " must be positive, got " + low);
        }
        return this;
    }

    /**
     * Returns this figure checked to be at least 1, as a whole over a part it contains must be (facility power over IT
     * power, server cost over the accelerators in it), or throws naming the field.
     */
    public Figure requireAtLeastOne(String field) {
        if (!(low >= 1)) {
            throw new IllegalArgumentException(field + " must be at least 1 (a whole over a part it contains), got " + low);
        }
        return this;
    }

    /** Returns this figure checked to be zero or positive, or throws naming the field. */
    public Figure requireNonNegative(String field) {
        if (low < 0) {
            throw new IllegalArgumentException(field + " must not be negative, got " + low);
        }
        return this;
    }

    /** Returns this figure checked to lie in (0, 1], as an efficiency or a yield must, or throws naming the field. */
    public Figure requireFraction(String field) {
        if (low <= 0 || high > 1) {
            throw new IllegalArgumentException(field + " must be a fraction in (0, 1], got " + (low <= 0 ? low : high));
        }
        return this;
    }

    /** Returns this figure checked to lie in [0, 1], as a share that may be none or all, or throws naming the field. */
    public Figure requireShare(String field) {
        if (low < 0 || high > 1) {
            throw new IllegalArgumentException(field + " must be a share in [0, 1], got " + (low < 0 ? low : high));
        }
        return this;
    }

    /** Returns this figure checked to be a whole count an {@code int} holds, or throws naming the field. */
    public Figure requireCount(String field) {
        for (double v : new double[] {low, nominal, high}) {
            if (v < 0 || v != Math.rint(v) || v > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(field + " must be a whole count from 0 to " + Integer.MAX_VALUE
                        + ", got " + v);
            }
        }
        return this;
    }
}
