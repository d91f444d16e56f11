package dev.walls.spi.silicon;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The foundry figures every wall that reasons about silicon starts from: wafer size, random-defect density per
 * node and defect clustering. One sourced copy, so that the packaging wall's yield and the economics wall's cost
 * per good die agree; each wall keeps them in its own assumptions, where a user may override them.
 */
public final class Foundry {

    private Foundry() {
    }

    /** 300 mm wafers (hardware-facts D.2 / E9). */
    public static Figure waferDiameterMm() {
        return Figure.of(300, Provenance.vendor("hardware-facts D.2 / E9 (300 mm wafers)"));
    }

    /** Negative-binomial clustering α (hardware-facts D.2 / E10). */
    public static Figure clusteringAlpha() {
        return Figure.range(0.5, 2, 5, Provenance.estimate("hardware-facts D.2 / E10 (α = 2 in common calculators)")
                .withNote("E9 uses 3; literature range ~0.5-5"));
    }

    /** Random-defect density D0 per node, in defects per cm² (hardware-facts D.2, and the SF2 yield rumors of C). */
    public static NodeTable defectsPerCm2() {
        Map<String, Figure> t = new LinkedHashMap<>();
        t.put("N16", Figure.of(0.10, Provenance.estimate("hardware-facts D.2 / E9 (LLMCompass: 14 nm 0.10)")));
        t.put("N10", Figure.of(0.12, Provenance.estimate("hardware-facts D.2 / E9 (LLMCompass: 10 nm 0.12)")));
        t.put("N7", Figure.range(0.09, 0.09, 0.15, Provenance.vendor("hardware-facts D.2 / E7 (0.09 three quarters after HVM)")
                .withNote("high end: E9's conservative 0.15")));
        t.put("N5", Figure.range(0.06, 0.10, 0.20, Provenance.vendor("hardware-facts D.2 / E7 (<0.10 in HVM, trending to ~0.06)")
                .withNote("high end: E9's conservative 0.20")));
        t.put("N4", Figure.range(0.06, 0.07, 0.10, Provenance.derived("hardware-facts D.2 / E7: N4, 4N and 4NP are N5-family"
                + " nodes that ramped after N5 had passed <0.10 and trended toward ~0.06")));
        t.put("N3", Figure.range(0.06, 0.10, 0.20, Provenance.estimate("hardware-facts D.2 / E8 (relative only: no absolute N3 D0"
                + " published); assumed at N5's HVM level, E9's 0.20 as the high end")));
        t.put("N2", Figure.range(0.06, 0.10, 0.25, Provenance.estimate("hardware-facts D.2 / E8 (N2 below N3/N5/N7 at the same stage;"
                + " no absolute number); a young node, so a wide range")));
        t.put("SF2", Figure.range(0.11, 0.23, 0.98, Provenance.rumor("hardware-facts C / T9, T10 (SF2 yield 40-50 %, <30 % early,"
                + " target 60-70 %)").withNote("backed out with NB(alpha=2): 45 % on a 430 mm² die gives 0.23; the 65 % target"
                + " on 430 mm² gives 0.11; 45 % on a 100 mm² die gives 0.98")));
        Figure fallback = Figure.range(0.05, 0.15, 0.5, Provenance.estimate("hardware-facts D.2 / E9 (0.15 at 7 nm), E7 (<0.5 is good)")
                .withNote("node not in the table"));
        return new NodeTable(t, fallback);
    }
}
