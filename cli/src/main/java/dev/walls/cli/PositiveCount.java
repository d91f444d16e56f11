package dev.walls.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a count that must be a positive whole number, such as {@code --accelerators}. */
final class PositiveCount implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException(value.trim().matches("\\d+")
                    ? "'" + value + "' is too large (at most " + Integer.MAX_VALUE + ")"
                    : "'" + value + "' is not a whole number");
        }
        if (n < 1) {
            throw new TypeConversionException("must be at least 1, got " + n);
        }
        return n;
    }
}
