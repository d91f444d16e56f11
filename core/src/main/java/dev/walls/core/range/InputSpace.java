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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A system and the wall models that judge it, with every figure among them that carries a range: the inputs that
 * an evaluation's conclusion can move with. {@link #at} moves any of them to an end of its range, so that each can
 * be tried alone, and the ends that favor a result, or hurt it, together.
 */
public final class InputSpace {

    private final SystemSpec system;
    private final Map<Wall, WallModel> models;
    private final List<UncertainInput> inputs;

    private InputSpace(SystemSpec system, Map<Wall, WallModel> models, List<UncertainInput> inputs) {
        this.system = system;
        this.models = models;
        this.inputs = inputs;
    }

    /** Collects the uncertain figures of a system and of the models' assumptions, system first, in path order. */
    public static InputSpace of(SystemSpec system, Collection<WallModel> wallModels) {
        Map<Wall, WallModel> models = new EnumMap<>(Wall.class);
        wallModels.forEach(m -> models.put(m.wall(), m));
        List<UncertainInput> inputs = new ArrayList<>();
        for (Figures.Located f : Figures.in(system)) {
            if (f.figure().isUncertain()) {
                inputs.add(new UncertainInput(Optional.empty(), f.path(), f.figure()));
            }
        }
        for (WallModel m : models.values()) {
            for (Figures.Located f : m.assumptionSet().map(Figures::in).orElse(List.of())) {
                if (f.figure().isUncertain()) {
                    inputs.add(new UncertainInput(Optional.of(m.wall()), f.path(), f.figure()));
                }
            }
        }
        return new InputSpace(system, models, List.copyOf(inputs));
    }

    /** Returns the inputs that carry a range. */
    public List<UncertainInput> inputs() {
        return inputs;
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
        for (UncertainInput input : inputs) {
            RangePoint point = ends.getOrDefault(input, RangePoint.NOMINAL);
            if (point == RangePoint.NOMINAL) {
                continue;
            }
            Figure end = Figure.of(input.figure().at(point), input.figure().provenance());
            try {
                if (input.wall().isEmpty()) {
                    s = Figures.replace(s, input.path(), end);
                } else {
                    WallModel m = moved.get(input.wall().get());
                    moved.put(m.wall(), m.withAssumptionSet(Figures.replace(m.assumptionSet().orElseThrow(), input.path(), end)));
                }
            } catch (IllegalArgumentException e) {
                refused.add(input);
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
