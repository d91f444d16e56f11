package dev.walls.spi.wall;

import dev.walls.spi.figure.NonFiniteException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One wall's verdict on one evaluated layout.
 *
 * @param wall        which wall
 * @param status      how hard it presses
 * @param lossSeconds step time this wall costs against an ideal system, in seconds; not negative
 * @param lossUsd     money this wall costs against an ideal system over the run, in US dollars; not negative
 * @param finding     one sentence a person can read, e.g. "activations need 92 GB of 80 GB HBM"
 * @param metrics     the key ratios behind the finding, in a stable order (names carry their units)
 */
public record WallAssessment(Wall wall, WallStatus status, double lossSeconds, double lossUsd, String finding,
                             Map<String, Double> metrics) {

    public WallAssessment {
        Objects.requireNonNull(wall, "wall");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(finding, "finding");
        NonFiniteException.requireFiniteNonNegative(lossSeconds, wall + " lossSeconds");
        NonFiniteException.requireFiniteNonNegative(lossUsd, wall + " lossUsd");
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(metrics, "metrics")));
    }
}
