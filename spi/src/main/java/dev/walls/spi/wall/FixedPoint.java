package dev.walls.spi.wall;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * {@code String.format("%.Nf", x)} without a {@link java.util.Formatter}: every evaluation writes a few dozen
 * numbers into its findings, and parsing the pattern and building locale symbols for each took more of an
 * evaluation's time than the model itself. The digits are the same: the shortest decimal that names the double
 * ({@link Double#toString}), rounded half up at the last place kept, as the Formatter rounds them.
 */
final class FixedPoint {

    private FixedPoint() {
    }

    /** Returns {@code value} with {@code places} decimals, exactly as {@code String.format(Locale.ROOT, "%.<places>f")}. */
    static String format(double value, int places) {
        if (!Double.isFinite(value)) {
            return String.format(Locale.ROOT, "%." + places + "f", value);
        }
        BigDecimal rounded = new BigDecimal(Double.toString(value)).setScale(places, RoundingMode.HALF_UP);
        String digits = rounded.toPlainString();
        // The Formatter keeps the sign of a negative value that rounds to zero (-0.001 reads -0.00); BigDecimal has
        // no negative zero.
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        return negative && rounded.signum() == 0 ? "-" + digits : digits;
    }
}
