package dev.walls.core.output;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a number in a result that is NaN or an infinity — in a field, a metric, or, on request, written into a
 * sentence such as a wall's finding — with the path to it, so that walls refuses to show it rather than print "NaN" or write "Infinity"
 * as a JSON string. Results are trees of records, maps, lists and optionals, as {@link Json} writes them.
 */
public final class FiniteResults {

    /** "NaN", "Infinity" or "-Infinity" as Java formats them into text. */
    private static final Pattern NON_FINITE_TEXT = Pattern.compile("\\b(NaN|Infinity)\\b");

    /**
     * A number that is not finite and where it sits.
     *
     * @param path  e.g. {@code walls.economics.metrics.runCostUsd} or {@code walls.packaging.finding}
     * @param value the value, or for text the sentence it appears in
     */
    public record Found(String path, String value) {
    }

    private FiniteResults() {
    }

    /** Returns the first non-finite number in the result, in component order; empty when every number is finite. */
    public static Optional<Found> firstNonFinite(Object result) {
        return Optional.ofNullable(find("", result, false));
    }

    /**
     * Returns the first non-finite number in the result or "NaN" or "Infinity" in its text, in component order: for
     * results whose sentences format numbers (a wall's finding, a step part's detail).
     */
    public static Optional<Found> firstNonFiniteWithText(Object result) {
        return Optional.ofNullable(find("", result, true));
    }

    private static Found find(String path, Object value, boolean text) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? null : new Found(path, Double.toString(d));
        }
        if (value instanceof String s) {
            return text && NON_FINITE_TEXT.matcher(s).find() ? new Found(path, "'" + s + "'") : null;
        }
        if (value instanceof double[] array) {
            for (int i = 0; i < array.length; i++) {
                if (!Double.isFinite(array[i])) {
                    return new Found(path + "[" + i + "]", Double.toString(array[i]));
                }
            }
            return null;
        }
        if (value instanceof Optional<?> o) {
            return o.isPresent() ? find(path, o.get(), text) : null;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Found f = find(join(path, String.valueOf(e.getKey())), e.getValue(), text);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                Found f = find(path + "[" + i++ + "]", item, text);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (value instanceof Record r) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                Object component;
                try {
                    component = rc.getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + join(path, rc.getName()), e);
                }
                Found f = find(join(path, rc.getName()), component, text);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
