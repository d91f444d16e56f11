package dev.walls.spi.system;

import dev.walls.spi.figure.Figure;
import java.util.Objects;

/**
 * How an accelerator is built: what packaging and yield models need.
 *
 * @param processNode           foundry node, e.g. {@code "TSMC N7"}; never blank
 * @param dieAreaMm2            area of one compute die, in mm²; positive
 * @param computeDiesPerPackage compute dies in one package (2 for B200); at least 1
 * @param packaging             package technology, e.g. {@code "CoWoS-S"}, {@code "InFO_SoW"}; never blank
 */
public record SiliconSpec(String processNode, Figure dieAreaMm2, int computeDiesPerPackage, String packaging) {

    public SiliconSpec {
        Objects.requireNonNull(processNode, "processNode");
        Objects.requireNonNull(packaging, "packaging");
        Objects.requireNonNull(dieAreaMm2, "dieAreaMm2").requirePositive("dieAreaMm2");
        if (processNode.isBlank() || packaging.isBlank()) {
            throw new IllegalArgumentException("processNode and packaging must not be blank");
        }
        if (computeDiesPerPackage < 1) {
            throw new IllegalArgumentException("computeDiesPerPackage must be at least 1, got " + computeDiesPerPackage);
        }
    }
}
