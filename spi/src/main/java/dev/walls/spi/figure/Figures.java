package dev.walls.spi.figure;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds every {@link Figure} inside a spec (a record of records, lists, maps and optionals), with the path that
 * leads to it: reports list a system's inputs with their provenance, and tests check that none lacks a source.
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
            map.forEach((k, v) -> walk(path + "." + k, v, out));
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
