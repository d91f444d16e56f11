package dev.walls.cli;

import dev.walls.core.search.Objective;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --objective time|cost} in any case. */
final class ObjectiveConverter implements ITypeConverter<Objective> {

    @Override
    public Objective convert(String value) {
        try {
            return Objective.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("expected time or cost, got '" + value + "'");
        }
    }
}
