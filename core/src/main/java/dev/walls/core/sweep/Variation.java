package dev.walls.core.sweep;

import dev.walls.core.error.InputException;
import dev.walls.core.output.Formats;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A sweep's second axis: one wall assumption ({@code walls assumptions} lists the paths) set to each of several values
 * in turn, as {@code walls sweep --vary WALL.PATH=V1,V2,...} takes it. Each value is applied as {@code --assume} would
 * apply it for one run, so the same checks refuse a value the figure cannot take.
 *
 * @param path   the wall's id and the assumption's path, e.g. {@code economics.operating.pue}
 * @param values the values, in the order given, each once
 */
public record Variation(String path, List<Double> values) {

    /** The most values one axis takes: the sweep runs every size of every system at each of them. */
    public static final int MAX_VALUES = 20;

    private static final String FLAG = "--vary";

    public Variation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(values, "values");
        if (path.isBlank() || path.indexOf('.') <= 0) {
            throw new InputException(FLAG + " '" + path + "': expected WALL.PATH, e.g. economics.operating.pue"
                    + " (`walls assumptions` lists them)");
        }
        if (values.isEmpty()) {
            throw new InputException(FLAG + " " + path + ": no values given; write e.g. " + path + "=1.1,1.3,1.5");
        }
        if (values.size() > MAX_VALUES) {
            throw new InputException(FLAG + " " + path + ": " + values.size() + " values, more than the " + MAX_VALUES
                    + " a sweep takes");
        }
        Set<Double> seen = new HashSet<>();
        for (Double v : values) {
            Objects.requireNonNull(v, "a value");
            if (!Double.isFinite(v)) {
                throw new InputException(FLAG + " " + path + ": every value must be a finite number, got " + v);
            }
            if (!seen.add(v)) {
                throw new InputException(FLAG + " " + path + ": " + Formats.plain(v) + " is given twice");
            }
        }
        values = List.copyOf(values);
    }

    /** The assumption at each of {@code values}. */
    public static Variation of(String path, double... values) {
        Objects.requireNonNull(values, "values");
        List<Double> list = new ArrayList<>();
        for (double v : values) {
            list.add(v);
        }
        return new Variation(path, list);
    }

    /**
     * Reads {@code WALL.PATH=V1,V2,...} as {@code --vary} takes it.
     *
     * @throws InputException naming the flag and what is wrong: no '=', an empty value, one that is not a number or
     *                        is given twice
     */
    public static Variation parse(String text) {
        Objects.requireNonNull(text, "vary");
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new InputException(FLAG + " '" + text + "': expected WALL.PATH=V1,V2,..., e.g."
                    + " economics.operating.pue=1.1,1.3,1.5");
        }
        String path = text.substring(0, eq).trim();
        String[] parts = text.substring(eq + 1).split(",", -1);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            if (part.isEmpty()) {
                throw new InputException(FLAG + " '" + text + "': value " + (i + 1) + " of " + parts.length
                        + " is empty");
            }
            try {
                values.add(Double.parseDouble(part));
            } catch (NumberFormatException e) {
                throw new InputException(FLAG + " '" + text + "': '" + part + "' is not a number");
            }
        }
        return new Variation(path, values);
    }
}
