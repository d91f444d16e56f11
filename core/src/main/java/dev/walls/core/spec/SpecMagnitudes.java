package dev.walls.core.spec;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Figures;
import dev.walls.spi.system.SystemSpec;
import java.util.Optional;

/**
 * The plausible-magnitude check of a spec file, for a system built in code (a plugin's): a figure's dimension is read
 * from the unit its path names ({@code powerWatts}, {@code capacityBytes}, {@code peakFlopsPerSecond.bf16}), as the
 * SPI's naming rule puts it there, and each of its low, nominal and high values must lie in
 * {@link PlausibleRange#of} that dimension.
 */
public final class SpecMagnitudes {

    private SpecMagnitudes() {
    }

    /**
     * Returns why a figure of the system is of absurd magnitude, naming its path and the value in the unit the path
     * names ({@code accelerator.powerWatts 1e-300 W is outside the plausible range 0.001 W .. 10 GW}), or null when
     * none is.
     */
    public static String absurdFigure(SystemSpec system) {
        for (Figures.Located f : Figures.in(system)) {
            Optional<Dimension> dimension = dimensionOf(f.path());
            if (dimension.isEmpty()) {
                continue;
            }
            PlausibleRange range = PlausibleRange.of(dimension.get());
            Figure figure = f.figure();
            for (double v : new double[] {figure.low(), figure.nominal(), figure.high()}) {
                if (!range.admits(v)) {
                    return f.path() + " " + withUnit(v, dimension.get()) + " is outside the plausible range "
                            + range.text();
                }
            }
        }
        return null;
    }

    /** A value in the base unit of its dimension, written as the range it is refused against writes its ends. */
    static String withUnit(double value, Dimension dimension) {
        String number = PlausibleRange.format(value);
        return switch (dimension) {
            case BYTES -> number + " B";
            case BYTES_PER_SECOND -> number + " B/s";
            case FLOPS_PER_SECOND -> number + " FLOPS";
            case WATTS -> number + " W";
            case SQUARE_MILLIMETERS -> number + " mm^2";
            case USD -> "USD " + number;
            case SECONDS -> number + " s";
            case FRACTION, COUNT -> number;
        };
    }

    /** The dimension a figure's path names by its unit, if it names one this check knows. */
    static Optional<Dimension> dimensionOf(String path) {
        if (path.contains("FlopsPerSecond")) {
            return Optional.of(Dimension.FLOPS_PER_SECOND);
        }
        String field = path.substring(path.lastIndexOf('.') + 1);
        if (field.contains("BytesPerSecond")) {
            return Optional.of(Dimension.BYTES_PER_SECOND);
        }
        if (field.endsWith("Bytes")) {
            return Optional.of(Dimension.BYTES);
        }
        if (field.contains("Watts")) {
            return Optional.of(Dimension.WATTS);
        }
        if (field.contains("Usd")) {
            return Optional.of(Dimension.USD);
        }
        if (field.endsWith("Seconds")) {
            return Optional.of(Dimension.SECONDS);
        }
        if (field.endsWith("Mm2")) {
            return Optional.of(Dimension.SQUARE_MILLIMETERS);
        }
        return Optional.empty();
    }
}
