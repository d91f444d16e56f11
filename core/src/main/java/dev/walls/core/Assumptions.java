package dev.walls.core;

import dev.walls.core.error.InputException;
import dev.walls.core.error.Suggestions;
import dev.walls.core.range.InputSpace;
import dev.walls.core.spec.PlausibleRange;
import dev.walls.spi.figure.Confidence;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Figures;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.model.WallModel;
import dev.walls.spi.wall.Wall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The wall models' overridable defaults: listed by path, and replaced by the user's values. */
final class Assumptions {

    private Assumptions() {
    }

    /** Returns {@code wall.path} → figure for every wall model that has assumptions. */
    static Map<String, Figure> list(Map<Wall, WallModel> models) {
        Map<String, Figure> all = new LinkedHashMap<>();
        for (Map.Entry<Wall, WallModel> e : models.entrySet()) {
            Optional<Record> set = e.getValue().assumptionSet();
            set.ifPresent(r -> Figures.in(r).forEach(f -> all.put(e.getKey().id() + "." + f.path(), f.figure())));
        }
        return all;
    }

    /**
     * Replaces one default in the chosen models.
     *
     * @throws InputException for an unknown wall or path (with the nearest paths), or a value the model refuses
     */
    static void apply(Map<Wall, WallModel> models, String wallAndPath, double value) {
        apply(models, wallAndPath, value, "--assume");
    }

    /**
     * Replaces one default as {@link #apply(Map, String, double)} does, a refusal naming {@code flag} ({@code --vary}
     * for a sweep's varied assumption) and its source the flag too.
     */
    static void apply(Map<Wall, WallModel> models, String wallAndPath, double value, String flag) {
        int dot = wallAndPath.indexOf('.');
        if (dot <= 0) {
            throw new InputException(flag + " " + wallAndPath + ": expected WALL.PATH=VALUE, e.g. economics.operating.pue=1.3");
        }
        Wall wall;
        try {
            wall = Wall.parse(wallAndPath.substring(0, dot));
        } catch (IllegalArgumentException e) {
            throw new InputException(flag + " " + wallAndPath + ": " + e.getMessage());
        }
        if (!Double.isFinite(value) || value < 0) {
            throw new InputException(flag + " " + wallAndPath + ": the value must be a finite, non-negative number, got " + value);
        }
        WallModel model = models.get(wall);
        Record set = model == null ? null : model.assumptionSet().orElse(null);
        if (set == null) {
            throw new InputException(flag + " " + wallAndPath + ": the " + wall + " wall model has no assumptions to override");
        }
        String path = wallAndPath.substring(dot + 1);
        List<String> known = new ArrayList<>();
        Figure current = null;
        for (Figures.Located f : Figures.in(set)) {
            known.add(f.path());
            if (f.path().equals(path)) {
                current = f.figure();
            }
        }
        if (current == null) {
            List<String> near = Suggestions.nearest(path, known, 3).stream().map(k -> wall.id() + "." + k).toList();
            throw new InputException(flag + " " + wallAndPath + ": no such assumption"
                    + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?")
                    + " (`walls assumptions` lists them)");
        }
        // A value far outside what the figure is documented to be would overflow a wall to an infinity or a NaN.
        PlausibleRange plausible = PlausibleRange.around(current);
        if (!plausible.admits(value)) {
            throw new InputException(flag + " " + wallAndPath + ": " + PlausibleRange.format(value)
                    + " is outside the plausible range " + plausible.text() + " around the documented "
                    + (current.isUncertain() ? "range " + PlausibleRange.format(current.low()) + " .. "
                    + PlausibleRange.format(current.high()) : "value " + PlausibleRange.format(current.nominal()))
                    + " (`walls assumptions` lists it)");
        }
        Provenance user = new Provenance(flag + " " + wallAndPath + "=" + format(value), Confidence.USER,
                "replaces " + format(current.nominal()) + " from " + current.provenance().source());
        Figure replacement = Figure.of(value, user);
        try {
            models.put(wall, model.withAssumptionSet(Figures.replace(set, path, replacement)));
            // A figure two walls both use (a node's defect density, an assembly yield) is listed under each; the
            // override moves every copy, so that the walls keep agreeing.
            Figures.Located overridden = new Figures.Located(path, current);
            for (Map.Entry<Wall, WallModel> other : models.entrySet()) {
                Record copies = other.getKey() == wall ? null : other.getValue().assumptionSet().orElse(null);
                if (copies == null) {
                    continue;
                }
                Record moved = copies;
                for (Figures.Located f : Figures.in(copies)) {
                    if (InputSpace.isCopy(overridden, f)) {
                        moved = Figures.replace(moved, f.path(), replacement);
                    }
                }
                if (moved != copies) {
                    other.setValue(other.getValue().withAssumptionSet(moved));
                }
            }
        } catch (IllegalArgumentException e) {
            throw new InputException(flag + " " + wallAndPath + ": " + refusal(path, e));
        }
    }

    /**
     * What the model's record said of the value, without the path and field name the user just typed: the innermost
     * message of the chain, less a leading field name that ends the path ({@code switchedEfficiency must be …}).
     */
    static String refusal(String path, IllegalArgumentException e) {
        Throwable root = e;
        while (root.getCause() instanceof IllegalArgumentException cause && cause.getMessage() != null) {
            root = cause;
        }
        String message = root.getMessage();
        for (String suffix = path; ; suffix = suffix.substring(suffix.indexOf('.') + 1)) {
            if (message.startsWith(suffix + " ")) {
                return message.substring(suffix.length() + 1);
            }
            if (suffix.indexOf('.') < 0) {
                return message;
            }
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
