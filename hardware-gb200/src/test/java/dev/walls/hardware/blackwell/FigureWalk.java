package dev.walls.hardware.blackwell;

import dev.walls.spi.figure.Figure;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collects every {@link Figure} reachable from a record, with the path that leads to it. */
final class FigureWalk {

    /** A figure and where it sits, e.g. {@code levels[1].memory[0].capacityBytes}. */
    record Found(String path, Figure figure) {
    }

    private FigureWalk() {
    }

    static List<Found> figures(Object root) {
        List<Found> out = new ArrayList<>();
        walk("", root, out);
        return out;
    }

    private static void walk(String path, Object value, List<Found> out) {
        if (value instanceof Figure f) {
            out.add(new Found(path, f));
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> walk(path, v, out));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(path + "[" + i + "]", list.get(i), out);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(path + "[" + k + "]", v, out));
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> walk(path + "[]", v, out));
        } else if (value instanceof Record r) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                try {
                    walk(path.isEmpty() ? rc.getName() : path + "." + rc.getName(), rc.getAccessor().invoke(r), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
