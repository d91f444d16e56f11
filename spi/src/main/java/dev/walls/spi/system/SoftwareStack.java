package dev.walls.spi.system;

import dev.walls.spi.figure.Figure;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The software a system trains with, as far as it decides speed: what fraction of the hardware's peaks
 * it reaches and which strategies it supports at all.
 *
 * @param name                     e.g. {@code "Megatron-Core + Transformer Engine (CUDA)"}; never blank
 * @param matmulEfficiency         fraction of dense peak reached by large, well-shaped GEMMs; in (0, 1]
 * @param memoryBoundEfficiency    fraction of memory bandwidth reached by element-wise and normalization
 *                                 kernels; in (0, 1]
 * @param collectiveEfficiency     fraction of link bandwidth reached by large collectives; in (0, 1]
 * @param features                 what the stack supports
 */
public record SoftwareStack(String name, Figure matmulEfficiency, Figure memoryBoundEfficiency,
                            Figure collectiveEfficiency, Set<StackFeature> features) {

    public SoftwareStack {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("software stack name must not be blank");
        }
        requireFraction(matmulEfficiency, "matmulEfficiency");
        requireFraction(memoryBoundEfficiency, "memoryBoundEfficiency");
        requireFraction(collectiveEfficiency, "collectiveEfficiency");
        // In StackFeature order, as an EnumSet iterates: Set.copyOf's order changes from one JVM to the next.
        Objects.requireNonNull(features, "features").forEach(f -> Objects.requireNonNull(f, "features element"));
        features = Collections.unmodifiableSet(features.isEmpty() ? EnumSet.noneOf(StackFeature.class)
                : EnumSet.copyOf(features));
    }

    private static void requireFraction(Figure f, String field) {
        Objects.requireNonNull(f, field);
        if (f.low() <= 0 || f.high() > 1) {
            throw new IllegalArgumentException(field + " must be a fraction in (0, 1], got " + f.low() + ".." + f.high());
        }
    }

    public boolean supports(StackFeature feature) {
        return features.contains(feature);
    }
}
