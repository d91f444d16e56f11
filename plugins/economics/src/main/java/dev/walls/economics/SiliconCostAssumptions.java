package dev.walls.economics;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.silicon.Foundry;
import dev.walls.spi.silicon.NodeTable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a good die costs: the wafer, its price per node, and the yield that divides it.
 *
 * @param waferDiameterMm  wafer diameter, in mm
 * @param waferPriceUsd    price of one processed wafer per node, in US dollars
 * @param defectsPerCm2    defect density D0 per node, per cm² (the same defaults as the packaging wall's)
 * @param clusteringAlpha  negative-binomial clustering α
 */
public record SiliconCostAssumptions(Figure waferDiameterMm, NodeTable waferPriceUsd, NodeTable defectsPerCm2,
                                     Figure clusteringAlpha) {

    public SiliconCostAssumptions {
        Objects.requireNonNull(waferDiameterMm, "waferDiameterMm").requirePositive("waferDiameterMm");
        Objects.requireNonNull(waferPriceUsd, "waferPriceUsd");
        Objects.requireNonNull(defectsPerCm2, "defectsPerCm2");
        Objects.requireNonNull(clusteringAlpha, "clusteringAlpha").requirePositive("clusteringAlpha");
    }

    /** The sourced defaults of hardware-facts.md D.1 and D.2. */
    public static SiliconCostAssumptions defaults() {
        return new SiliconCostAssumptions(
                Foundry.waferDiameterMm(), defaultWaferPrices(), Foundry.defectsPerCm2(), Foundry.clusteringAlpha());
    }

    /** Wafer prices of hardware-facts D.1 (300 mm). */
    public static NodeTable defaultWaferPrices() {
        Map<String, Figure> t = new LinkedHashMap<>();
        t.put("N16", Figure.of(3_984, Provenance.estimate("hardware-facts D.1 / E1 (CSET, 2020: TSMC 16/12 nm)")));
        t.put("N10", Figure.of(5_992, Provenance.estimate("hardware-facts D.1 / E1 (CSET, 2020)")));
        t.put("N7", Figure.range(9_346, 9_346, 10_000, Provenance.estimate("hardware-facts D.1 / E1 (CSET 9,346)")
                .withNote("high end: ~10,000 at 2018 launch (E5, rumor)")));
        t.put("N5", Figure.range(13_495, 16_988, 16_988, Provenance.estimate("hardware-facts D.1 / E1 (CSET 16,988)")
                .withNote("low end: Information Network ASP 13,495 (E2); sources disagree ~25 %")));
        // N4/4N/4NP are N5-family nodes (D.2 / E7), so the nominal is CSET's N5 price (E1); the range is E15's N4
        // figures, rumors, which is why the whole figure is labelled a rumor.
        t.put("N4", Figure.range(13_400, 16_988, 20_000, Provenance.rumor("hardware-facts D.1 / E1 (CSET 2020: N5"
                + " 16,988, for N4 as an N5-family node) and E15 (4N: ~13,400 in a 2023 H100 BOM; 18,000-20,000 in 2026)")
                .withNote("nominal: E1's N5 price; low and high: E15, rumors")));
        t.put("N3", Figure.range(19_865, 20_000, 27_000, Provenance.estimate("hardware-facts D.1 / E2, E4 (~19,865-20,000)")
                .withNote("high end: 25,000-27,000 in 2025 incl. N3E/N3P (E3, rumor)")));
        t.put("N2", Figure.range(24_570, 30_000, 30_000, Provenance.rumor("hardware-facts D.1 / E3 (~30,000 in 2025)")
                .withNote("low end: 24,570 forecast (E2)")));
        t.put("SF2", Figure.of(20_000, Provenance.rumor("hardware-facts D.1 / E6 (Samsung SF2 ~20,000, DigiTimes)")));
        return new NodeTable(t, Figure.range(3_984, 16_988, 30_000, Provenance.estimate("hardware-facts D.1: node not in"
                + " the table; spans its prices, N5 as the nominal")));
    }
}
