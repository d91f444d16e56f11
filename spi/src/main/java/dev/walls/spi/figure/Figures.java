package dev.walls.spi.figure;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds every {@link Figure} inside a spec or a wall's assumptions (a record of records, lists, maps and
 * optionals), with the path that leads to it — reports list inputs with their provenance, tests check none lacks a
 * source — and replaces one by its path, which is how a user overrides a default.
 */
public final class Figures {

    /**
     * A figure and where it sits.
     *
     * @param path   e.g. {@code accelerator.peakFlopsPerSecond.bf16} or {@code levels[1].memory[0].capacityBytes}
     * @param figure the figure
     */
    public record Located(String path, Figure figure) {
    }

    private Figures() {
    }

    /** Returns every figure reachable from a record, in component order (maps in their iteration order). */
    public static List<Located> in(Record root) {
        List<Located> out = new ArrayList<>();
        walk("", root, out);
        return out;
    }

    /**
     * Returns a copy of a record tree with the figure at {@code path} (as {@link #in} names it) replaced. Records
     * are rebuilt through their canonical constructors, so their validation runs again.
     *
     * @throws IllegalArgumentException when no figure sits at the path, or the new value breaks a record's rules
     */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R replace(R root, String path, Figure replacement) {
        List<String> segments = segments(path);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("empty path");
        }
        return (R) replace(root, segments, 0, replacement, path);
    }

    private static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '[') {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                }
                cur.setLength(0);
            } else if (c != ']') {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    private static Object replace(Object node, List<String> segments, int i, Figure replacement, String path) {
        if (node instanceof Optional<?> o) {
            return Optional.of(replace(o.orElseThrow(() -> new IllegalArgumentException(path + ": nothing there")),
                    segments, i, replacement, path));
        }
        if (i == segments.size()) {
            if (!(node instanceof Figure)) {
                throw new IllegalArgumentException(path + " is not a figure");
            }
            return replacement;
        }
        String segment = segments.get(i);
        if (node instanceof Record r) {
            RecordComponent[] components = r.getClass().getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            boolean found = false;
            try {
                for (int c = 0; c < components.length; c++) {
                    types[c] = components[c].getType();
                    args[c] = components[c].getAccessor().invoke(r);
                    if (components[c].getName().equals(segment)) {
                        args[c] = replace(args[c], segments, i + 1, replacement, path);
                        found = true;
                    }
                }
                if (!found) {
                    throw new IllegalArgumentException(path + ": no '" + segment + "' in " + r.getClass().getSimpleName());
                }
                return r.getClass().getDeclaredConstructor(types).newInstance(args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                Throwable cause = e.getCause();
                throw new IllegalArgumentException(path + ": " + (cause != null ? cause.getMessage() : e.getMessage()), cause);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot rebuild " + r.getClass().getName(), e);
            }
        }
        if (node instanceof Map<?, ?> map) {
            // Records copy their maps into the type they need (EnumMap, Map.copyOf) in their constructors.
            Map<Object, Object> copy = new LinkedHashMap<>(map);
            Object key = null;
            for (Object k : map.keySet()) {
                if (String.valueOf(k).equals(segment)) {
                    key = k;
                }
            }
            if (key == null) {
                throw new IllegalArgumentException(path + ": no entry '" + segment + "'");
            }
            copy.put(key, replace(map.get(key), segments, i + 1, replacement, path));
            return copy;
        }
        if (node instanceof List<?> list) {
            int index;
            try {
                index = Integer.parseInt(segment);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(path + ": '" + segment + "' is not a list index");
            }
            if (index < 0 || index >= list.size()) {
                throw new IllegalArgumentException(path + ": no item " + index);
            }
            List<Object> copy = new ArrayList<>(list);
            copy.set(index, replace(list.get(index), segments, i + 1, replacement, path));
            return copy;
        }
        throw new IllegalArgumentException(path + ": cannot descend into " + node.getClass().getSimpleName());
    }

    private static void walk(String path, Object value, List<Located> out) {
        if (value instanceof Figure f) {
            out.add(new Located(path, f));
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> walk(path, v, out));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(path + "[" + i + "]", list.get(i), out);
            }
        } else if (value instanceof Map<?, ?> map) {
            // Map.copyOf iterates in an order that differs from one run to the next: keys that have an order (a
            // precision, a name) are walked in it, so that the same inputs list their figures alike every time.
            Map<?, ?> ordered = map.keySet().stream().allMatch(k -> k instanceof Comparable) ? new TreeMap<>(map) : map;
            ordered.forEach((k, v) -> walk(path + "." + k, v, out));
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> walk(path + "[]", v, out));
        } else if (value instanceof Record r) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                try {
                    walk(path.isEmpty() ? rc.getName() : path + "." + rc.getName(), rc.getAccessor().invoke(r), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + path + "." + rc.getName(), e);
                }
            }
        }
    }
}
