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
 */
public record Sweep(String workload, String workloadName, String objective, List<Integer> sizes, List<String> systems,
                    String vary, List<Double> varyValues, List<SweepPoint> points) {

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
    }

    /** The points whose run can happen ({@link PointStatus#runs()}). */
    public List<SweepPoint> running() {
        return points.stream().filter(SweepPoint::runs).toList();
    }
}
