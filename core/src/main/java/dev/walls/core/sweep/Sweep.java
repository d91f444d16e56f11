package dev.walls.core.sweep;

import java.util.List;
import java.util.Objects;

/**
 * A sweep: each system searched for its best layout at each size (and at each value of one varied assumption), as
 * {@code walls sweep} prints it.
 *
 * @param workload     workload id
 * @param workloadName the workload's human name
 * @param objective    what each point's search minimized: {@code time} or {@code cost}
 * @param sizes        the sizes asked for, increasing
 * @param systems      the system ids, in the order given
 * @param vary         the varied assumption's path ({@code economics.operating.pue}); null when none is varied
 * @param varyValues   its values, in the order given; empty when none is varied
 * @param points       one per system, value and size: by system as given, then by value, then by size
 * @param maxDays      the deadline each point's search kept to ({@code --max-days}): each point is the best run
 *                     within it at its size, or the fastest there when none meets it; null for none
 */
public record Sweep(String workload, String workloadName, String objective, List<Integer> sizes, List<String> systems,
                    String vary, List<Double> varyValues, List<SweepPoint> points, Double maxDays) {

    public Sweep {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(workloadName, "workloadName");
        Objects.requireNonNull(objective, "objective");
        sizes = List.copyOf(sizes);
        systems = List.copyOf(systems);
        varyValues = List.copyOf(varyValues);
        points = List.copyOf(points);
        if ((vary == null) != varyValues.isEmpty()) {
            throw new IllegalArgumentException("a varied assumption comes with its values, and values with it");
        }
        if (maxDays != null && !(maxDays > 0 && maxDays < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("maxDays must be a positive number of days or null, got " + maxDays);
        }
        for (SweepPoint p : points) {
            // each point judges its own lateness by the deadline it carries: it must be the sweep's
            if (!Objects.equals(p.maxDays(), maxDays)) {
                throw new IllegalArgumentException("the point of " + p.system() + " at " + p.requestedAccelerators()
                        + " keeps to " + p.maxDays() + " days, the sweep to " + maxDays);
            }
        }
    }

    /** A sweep without a deadline (the components before deadlines). */
    public Sweep(String workload, String workloadName, String objective, List<Integer> sizes, List<String> systems,
                 String vary, List<Double> varyValues, List<SweepPoint> points) {
        this(workload, workloadName, objective, sizes, systems, vary, varyValues, points, null);
    }

    /** The points whose run can happen ({@link PointStatus#runs()}). */
    public List<SweepPoint> running() {
        return points.stream().filter(SweepPoint::runs).toList();
    }

    /** The points whose run can happen but misses the deadline ({@link SweepPoint#withinMaxDays()} false). */
    public List<SweepPoint> late() {
        return points.stream().filter(p -> !p.withinMaxDays()).toList();
    }
}
