package dev.walls.core.compare;

import dev.walls.core.evaluation.Evaluator;
import dev.walls.core.range.InputSpace;
import dev.walls.core.range.UncertainInput;
import dev.walls.core.search.RunFigures;
import dev.walls.spi.figure.RangePoint;
import dev.walls.spi.model.WallModel;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.workload.Workload;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Moves a layout's uncertain inputs across their ranges and re-evaluates it: each input alone at each end, then the
 * ends that favor, and those that hurt, time and cost together ({@link ComparisonRange}). With s uncertain inputs
 * that is 2s + 4 evaluations of one layout. A comparison gives every row one; a sweep, each point when asked.
 */
public final class RangeSweep {

    private final Collection<WallModel> models;

    /** Moves the inputs of these wall models' assumptions, and of the system each call names. */
    public RangeSweep(Collection<WallModel> models) {
        this.models = List.copyOf(models);
    }

    /** Where one setting of the inputs puts the run. */
    private record Point(double days, double cost, boolean fits) {
    }

    /** Moves the inputs of the system the layout was evaluated on, and of the walls, across their ranges. */
    public ComparisonRange of(SystemSpec system, Workload workload, Evaluation nominal) {
        Strategy strategy = nominal.strategy();
        InputSpace space = InputSpace.of(system, models);
        Point center = point(workload, nominal);
        // A layout that fits at nominal values is bounded by the settings at which it still runs; one that does not
        // fit anywhere near nominal is bounded by them all.
        Predicate<Point> counts = p -> p.fits() || !center.fits();
        // Each input alone, both ends: independent evaluations, spread over the cores and kept in input order.
        List<Alone> alone = space.inputs().parallelStream()
                .map(input -> alone(space, input, center, workload, strategy))
                .toList();
        List<Point> all = new ArrayList<>(List.of(center));
        List<RangeDriver> drivers = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Alone a : alone) {
            all.add(a.low());
            all.add(a.high());
            if (a.refused()) {
                refused.add(a.input().name());
            }
            if (a.moves(center)) {
                List<Point> ends = List.of(center, a.low(), a.high());
                drivers.add(new RangeDriver(a.input().name(), a.input().copies(), a.input().figure(),
                        bounds(ends, counts, Point::days), bounds(ends, counts, Point::cost), a.low().fits(), a.high().fits()));
            }
        }
        if (!alone.isEmpty()) {
            for (ToDoubleFunction<Point> result : List.<ToDoubleFunction<Point>>of(Point::days, Point::cost)) {
                for (boolean favor : new boolean[] {true, false}) {
                    all.add(evaluate(space.at(together(alone, center, counts, result, favor)), workload, strategy));
                }
            }
        }
        drivers.sort(Comparator.comparingDouble((RangeDriver d) -> -swing(d, center)).thenComparing(RangeDriver::input));
        boolean fits = all.stream().allMatch(Point::fits);
        return new ComparisonRange(bounds(all, counts, Point::days), bounds(all, counts, Point::cost), fits,
                space.inputs().size(), drivers, refused);
    }

    /** One input moved alone: where each end of its range puts the run (nominal for an end its record refused). */
    private record Alone(UncertainInput input, Point low, Point high, boolean refused) {

        boolean moves(Point center) {
            return !low.equals(center) || !high.equals(center);
        }
    }

    private Alone alone(InputSpace space, UncertainInput input, Point center, Workload workload, Strategy strategy) {
        InputSpace.Setting low = space.at(Map.of(input, RangePoint.LOW));
        InputSpace.Setting high = space.at(Map.of(input, RangePoint.HIGH));
        return new Alone(input, low.refused().isEmpty() ? evaluate(low, workload, strategy) : center,
                high.refused().isEmpty() ? evaluate(high, workload, strategy) : center,
                !low.refused().isEmpty() || !high.refused().isEmpty());
    }

    /**
     * Each input at the end that gave the result its least (favor) or its most, among the ends that count; nominal
     * when neither did.
     */
    private static Map<UncertainInput, RangePoint> together(List<Alone> alone, Point center, Predicate<Point> counts,
                                                            ToDoubleFunction<Point> result, boolean favor) {
        Map<UncertainInput, RangePoint> ends = new HashMap<>();
        double sign = favor ? 1 : -1;
        double atCenter = sign * result.applyAsDouble(center);
        for (Alone a : alone) {
            double low = counts.test(a.low()) ? sign * result.applyAsDouble(a.low()) : Double.POSITIVE_INFINITY;
            double high = counts.test(a.high()) ? sign * result.applyAsDouble(a.high()) : Double.POSITIVE_INFINITY;
            if (low < atCenter && low <= high) {
                ends.put(a.input(), RangePoint.LOW);
            } else if (high < atCenter) {
                ends.put(a.input(), RangePoint.HIGH);
            }
        }
        return ends;
    }

    private Point evaluate(InputSpace.Setting setting, Workload workload, Strategy strategy) {
        return point(workload, new Evaluator(setting.models()).evaluate(setting.system(), workload, strategy));
    }

    private static Point point(Workload workload, Evaluation e) {
        double cost = e.walls().get(Wall.ECONOMICS).metrics().getOrDefault("runCostUsd", Double.NaN);
        return new Point(RunFigures.days(workload, e.stepTimeSeconds()), cost, e.fits());
    }

    /** The larger of the input's time and cost swings, each relative to its nominal value. */
    private static double swing(RangeDriver d, Point center) {
        double time = (d.timeToTrainDays().high() - d.timeToTrainDays().low()) / center.days();
        double cost = (d.costUsd().high() - d.costUsd().low()) / center.cost();
        return Math.max(time, Double.isNaN(cost) ? 0 : cost);
    }

    /** The extremes of a result over the points that count (nominal always does). */
    private static Bounds bounds(List<Point> points, Predicate<Point> counts, ToDoubleFunction<Point> result) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Point p : points) {
            if (counts.test(p)) {
                low = Math.min(low, result.applyAsDouble(p));
                high = Math.max(high, result.applyAsDouble(p));
            }
        }
        return new Bounds(low, high);
    }
}
