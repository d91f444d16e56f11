package dev.walls.packaging;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import java.util.Objects;

/**
 * The cooling a system is judged against: direct liquid cooling as in GB200 NVL72 and the Dojo tile.
 *
 * @param maxHeatFluxWattsPerMm2 average heat flux a cold plate removes from the silicon, in W/mm²
 * @param maxRackWatts           power a liquid-cooled rack delivers and removes, in W; applies to levels named "rack"
 */
public record CoolingDesign(Figure maxHeatFluxWattsPerMm2, Figure maxRackWatts) {

    public CoolingDesign {
        Objects.requireNonNull(maxHeatFluxWattsPerMm2, "maxHeatFluxWattsPerMm2").requirePositive("maxHeatFluxWattsPerMm2");
        Objects.requireNonNull(maxRackWatts, "maxRackWatts").requirePositive("maxRackWatts");
    }

    /** Defaults: the rack envelope of hardware-facts B.2; the heat-flux limit is an estimate. */
    public static CoolingDesign defaults() {
        return new CoolingDesign(
                Figure.range(1.13, 1.5, 2.0, Provenance.estimate("walls estimate for single-phase cold plates")
                        .withNote("not in hardware-facts.md; the low end is the densest part shipping liquid cooled:"
                                + " B200 in GB200, 1,200 W on 2 × ~530 mm² (B.1 / N2, N27)")),
                Figure.range(120_000, 132_000, 142_000, Provenance.vendor("hardware-facts B.2 / N7, N9, N25"
                        + " (NVL72: ~120 kW typical, 132 kW power shelves; GB300 up to ~142 kW)")));
    }
}
