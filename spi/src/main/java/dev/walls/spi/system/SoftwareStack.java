package dev.walls.spi.system;

import dev.walls.spi.figure.Figure;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
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
 * @param fp8MatmulEfficiency      fraction of the FP8 (and FP4) dense peak that large, well-shaped GEMMs reach in
 *                                 that precision, when the stack states it; in (0, 1]. Empty: the software wall takes
 *                                 the accelerator family's measured fraction, else a generic one (not
 *                                 {@code matmulEfficiency}: no measured chip reaches as large a share of its FP8 peak
 *                                 as of its 16-bit one)
 */
public record SoftwareStack(String name, Figure matmulEfficiency, Figure memoryBoundEfficiency,
                            Figure collectiveEfficiency, Set<StackFeature> features, Optional<Figure> fp8MatmulEfficiency) {

    /** A stack that states no FP8 GEMM efficiency of its own (the SPI before 1.8 had no other). */
    public SoftwareStack(String name, Figure matmulEfficiency, Figure memoryBoundEfficiency,
                         Figure collectiveEfficiency, Set<StackFeature> features) {
        this(name, matmulEfficiency, memoryBoundEfficiency, collectiveEfficiency, features, Optional.empty());
    }

    public SoftwareStack {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("software stack name must not be blank");
        }
        requireFraction(matmulEfficiency, "matmulEfficiency");
        requireFraction(memoryBoundEfficiency, "memoryBoundEfficiency");
        requireFraction(collectiveEfficiency, "collectiveEfficiency");
        Objects.requireNonNull(fp8MatmulEfficiency, "fp8MatmulEfficiency")
                .ifPresent(f -> requireFraction(f, "fp8MatmulEfficiency"));
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

    /** Returns this stack with its own FP8 GEMM efficiency. */
    public SoftwareStack withFp8MatmulEfficiency(Figure fraction) {
        return new SoftwareStack(name, matmulEfficiency, memoryBoundEfficiency, collectiveEfficiency, features,
                Optional.of(fraction));
    }
}
