package dev.walls.cli;

import picocli.CommandLine.Option;

/** The {@code --format} option every command shares. */
public final class FormatOption {

    @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
            converter = FormatConverter.class,
            description = "Output format: table (for people), json or csv (for tools). Default: ${DEFAULT-VALUE}.")
    OutputFormat format = OutputFormat.TABLE;

    public OutputFormat format() {
        return format;
    }

    /** Accepts the format in any case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("expected table, json or csv, got '" + value + "'");
            }
        }
    }
}
