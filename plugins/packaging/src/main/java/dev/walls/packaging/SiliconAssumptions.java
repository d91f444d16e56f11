package dev.walls.packaging;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.silicon.Foundry;
import dev.walls.spi.silicon.NodeTable;
import java.util.Objects;

/**
 * What the die-level checks assume: the wafer, the lithography field and the defect statistics.
 *
 * @param waferDiameterMm  wafer diameter, in mm
 * @param reticleLimitMm2  largest die one exposure field prints, in mm²
 * @param defectDensity    D0 per node
 * @param clusteringAlpha  negative-binomial clustering parameter α (large α → Poisson)
 */
public record SiliconAssumptions(Figure waferDiameterMm, Figure reticleLimitMm2, NodeTable defectDensity,
                                 Figure clusteringAlpha) {

    public SiliconAssumptions {
        Objects.requireNonNull(waferDiameterMm, "waferDiameterMm").requirePositive("waferDiameterMm");
        Objects.requireNonNull(reticleLimitMm2, "reticleLimitMm2").requirePositive("reticleLimitMm2");
        Objects.requireNonNull(defectDensity, "defectDensity");
        Objects.requireNonNull(clusteringAlpha, "clusteringAlpha").requirePositive("clusteringAlpha");
    }

    /** The sourced defaults of hardware-facts.md D.2. */
    public static SiliconAssumptions defaults() {
        return new SiliconAssumptions(
                Foundry.waferDiameterMm(),
                Figure.of(858, Provenance.vendor("hardware-facts D.2 / E11 (26 mm × 33 mm field)")),
                Foundry.defectsPerCm2(),
                Foundry.clusteringAlpha());
    }

    public SiliconAssumptions withDefectDensity(NodeTable table) {
        return new SiliconAssumptions(waferDiameterMm, reticleLimitMm2, table, clusteringAlpha);
    }

    public SiliconAssumptions withClusteringAlpha(Figure alpha) {
        return new SiliconAssumptions(waferDiameterMm, reticleLimitMm2, defectDensity, alpha);
    }
}
