package dev.walls.core.range;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Figures;
import dev.walls.spi.figure.RangePoint;
import dev.walls.spi.model.WallModel;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.wall.Wall;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A system and the wall models that judge it, with every figure among them that carries a range: the inputs that
 * an evaluation's conclusion can move with. {@link #at} moves any of them to an end of its range, so that each can
 * be tried alone, and the ends that favor a result, or hurt it, together.
 */
public final class InputSpace {

    /** Where an input sits: in the system (no wall) or in a wall's assumptions, at a path. */
    private record Place(Optional<Wall> wall, String path) {
    }

    private final SystemSpec system;
    private final Map<Wall, WallModel> models;
    /** Each input and where it sits, in input order. */
    private final Map<UncertainInput, List<Place>> places;

    private InputSpace(SystemSpec system, Map<Wall, WallModel> models, Map<UncertainInput, List<Place>> places) {
        this.system = system;
        this.models = models;
        this.places = places;
    }

    /**
     * Collects the uncertain figures of a system and of the models' assumptions, system first, in path order; a
     * figure two walls both hold is one input, named by its first wall.
     */
    public static InputSpace of(SystemSpec system, Collection<WallModel> wallModels) {
        Map<Wall, WallModel> models = new EnumMap<>(Wall.class);
        wallModels.forEach(m -> models.put(m.wall(), m));
        Map<UncertainInput, List<Place>> inputs = new LinkedHashMap<>();
        for (Figures.Located f : Figures.in(system)) {
            if (f.figure().isUncertain()) {
                inputs.put(new UncertainInput(UncertainInput.SYSTEM + "." + f.path(), f.figure(), List.of()),
                        List.of(new Place(Optional.empty(), f.path())));
            }
        }
        List<Wall> walls = new ArrayList<>();
        List<Figures.Located> assumptions = new ArrayList<>();
        for (WallModel m : models.values()) {
            for (Figures.Located f : m.assumptionSet().map(Figures::in).orElse(List.of())) {
                if (f.figure().isUncertain()) {
                    walls.add(m.wall());
                    assumptions.add(f);
                }
            }
        }
        boolean[] taken = new boolean[assumptions.size()];
        for (int i = 0; i < assumptions.size(); i++) {
            if (taken[i]) {
                continue;
            }
            Figures.Located f = assumptions.get(i);
            List<Place> places = new ArrayList<>(List.of(new Place(Optional.of(walls.get(i)), f.path())));
            List<String> copies = new ArrayList<>();
            for (int j = i + 1; j < assumptions.size(); j++) {
                if (!taken[j] && walls.get(j) != walls.get(i) && isCopy(f, assumptions.get(j))) {
                    taken[j] = true;
                    places.add(new Place(Optional.of(walls.get(j)), assumptions.get(j).path()));
                    copies.add(walls.get(j).id() + "." + assumptions.get(j).path());
                }
            }
            inputs.put(new UncertainInput(walls.get(i).id() + "." + f.path(), f.figure(), copies), List.copyOf(places));
        }
        return new InputSpace(system, models, inputs);
    }

    /**
     * Whether two walls' assumptions are one figure, each wall's own copy: the same value, range and source under
     * the same last key ({@code ...defectDensity.byNode.N4} and {@code ...defectsPerCm2.byNode.N4}).
     */
    public static boolean isCopy(Figures.Located a, Figures.Located b) {
        return a.figure().equals(b.figure()) && lastKey(a.path()).equals(lastKey(b.path()));
    }

    private static String lastKey(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** Returns the inputs that carry a range. */
    public List<UncertainInput> inputs() {
        return List.copyOf(places.keySet());
    }

    /**
     * Returns the system and models with the given inputs at the given ends of their ranges, the others at their
     * nominal values. An end that a spec's or a model's own rules refuse (a yield above one, say) leaves its input
     * nominal and is listed in {@link Setting#refused()}.
     */
    public Setting at(Map<UncertainInput, RangePoint> ends) {
        SystemSpec s = system;
        Map<Wall, WallModel> moved = new EnumMap<>(models);
        List<UncertainInput> refused = new ArrayList<>();
        for (Map.Entry<UncertainInput, List<Place>> input : places.entrySet()) {
            RangePoint point = ends.getOrDefault(input.getKey(), RangePoint.NOMINAL);
            if (point == RangePoint.NOMINAL) {
                continue;
            }
            Figure figure = input.getKey().figure();
            Figure end = Figure.of(figure.at(point), figure.provenance());
            // Every copy moves or none does.
            SystemSpec trialSystem = s;
            Map<Wall, WallModel> trialModels = new EnumMap<>(moved);
            try {
                for (Place place : input.getValue()) {
                    if (place.wall().isEmpty()) {
                        trialSystem = Figures.replace(trialSystem, place.path(), end);
                    } else {
                        WallModel m = trialModels.get(place.wall().get());
                        trialModels.put(m.wall(), m.withAssumptionSet(
                                Figures.replace(m.assumptionSet().orElseThrow(), place.path(), end)));
                    }
                }
                s = trialSystem;
                moved = trialModels;
            } catch (IllegalArgumentException e) {
                refused.add(input.getKey());
            }
        }
        return new Setting(s, List.copyOf(moved.values()), List.copyOf(refused));
    }

    /**
     * The system and models with some inputs moved.
     *
     * @param system  the system
     * @param models  one model per wall
     * @param refused inputs whose requested end their record refused, left nominal
     */
    public record Setting(SystemSpec system, List<WallModel> models, List<UncertainInput> refused) {
    }
}
