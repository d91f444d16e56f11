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

    /** Class.getRecordComponents parses the class file's attribute anew on every call. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

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

    /**
     * The walk runs on every evaluation a search judges, so it builds a path only for what it finds (on the way back
     * up) and reads each record type's components once.
     */
    private static Found find(String path, Object value, boolean text) {
        Found f = find(value, text);
        return f == null ? null : new Found(join(path, f.path()), f.value());
    }

    private static Found find(Object value, boolean text) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? null : new Found("", Double.toString(d));
        }
        if (value instanceof String s) {
            return text && (s.contains("NaN") || s.contains("Infinity")) && NON_FINITE_TEXT.matcher(s).find()
                    ? new Found("", "'" + s + "'") : null;
        }
        if (value instanceof double[] array) {
            for (int i = 0; i < array.length; i++) {
                if (!Double.isFinite(array[i])) {
                    return new Found("[" + i + "]", Double.toString(array[i]));
                }
            }
            return null;
        }
        if (value instanceof Optional<?> o) {
            return o.isPresent() ? find(o.get(), text) : null;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Found f = find(e.getValue(), text);
                if (f != null) {
                    return below(String.valueOf(e.getKey()), f);
                }
            }
            return null;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                Found f = find(item, text);
                if (f != null) {
                    return new Found("[" + i + "]" + (f.path().isEmpty() || f.path().startsWith("[") ? "" : ".")
                            + f.path(), f.value());
                }
                i++;
            }
            return null;
        }
        if (value instanceof Record r) {
            for (RecordComponent rc : COMPONENTS.get(r.getClass())) {
                Object component;
                try {
                    component = rc.getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + rc.getName() + " of " + r.getClass().getName(), e);
                }
                Found f = find(component, text);
                if (f != null) {
                    return below(rc.getName(), f);
                }
            }
        }
        return null;
    }

    private static Found below(String name, Found f) {
        return new Found(f.path().isEmpty() ? name : f.path().startsWith("[") ? name + f.path() : name + "." + f.path(),
                f.value());
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
