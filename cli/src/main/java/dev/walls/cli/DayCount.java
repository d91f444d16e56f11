package dev.walls.cli;

import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a number of days, such as {@code --max-days}, as a person writes one: {@code 30}, {@code 2.5}, {@code 1e3}.
 * Java's own parsing also takes {@code 30d} or {@code 0x1Ep0}; those are refused, and so is a number too large for a
 * double, rather than read as infinity. Whether the days are positive is the search's rule, checked where the Java
 * API checks it, so that both say it alike; NaN and Infinity pass through to be refused there.
 */
final class DayCount implements ITypeConverter<Double> {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    @Override
    public Double convert(String value) {
        String text = value.trim();
        if (text.equals("NaN") || text.matches("[+-]?Infinity")) {
            return Double.parseDouble(text);
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new TypeConversionException("'" + value + "' is not a number of days (such as 30, 2.5 or 1e3)");
        }
        double days = Double.parseDouble(text);
        if (Double.isInfinite(days)) {
            throw new TypeConversionException("'" + value + "' is too large a number of days");
        }
        return days;
    }
}
