package dev.walls.packaging;

import dev.walls.spi.silicon.ProcessNode;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Random-defect density D0 per foundry node, in defects per cm², with a fallback for nodes the table lacks.
 *
 * @param defectsPerCm2ByNode D0 keyed by {@link ProcessNode#key} ({@code "N7"}, {@code "SF2"}), in a stable order
 * @param fallbackDefectsPerCm2 D0 used for a node the table does not name
 */
public record DefectDensityTable(Map<String, Figure> defectsPerCm2ByNode, Figure fallbackDefectsPerCm2) {

    public DefectDensityTable {
        Objects.requireNonNull(defectsPerCm2ByNode, "defectsPerCm2ByNode");
        Objects.requireNonNull(fallbackDefectsPerCm2, "fallbackDefectsPerCm2").requireNonNegative("fallbackDefectsPerCm2");
        defectsPerCm2ByNode.forEach((k, f) -> Objects.requireNonNull(f, k).requireNonNegative("defectsPerCm2 of " + k));
        defectsPerCm2ByNode = Collections.unmodifiableMap(new LinkedHashMap<>(defectsPerCm2ByNode));
    }

    /** The sourced defaults of hardware-facts.md D.2 (and the rumored Samsung SF2 yields of section C). */
    public static DefectDensityTable defaults() {
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
        return new DefectDensityTable(t, fallback);
    }

    /** Returns D0 for a node as written in a spec, falling back when the table lacks it. */
    public Figure forNode(String processNode) {
        Figure f = defectsPerCm2ByNode.get(ProcessNode.key(processNode));
        return f != null ? f : fallbackDefectsPerCm2;
    }

    /** Returns a copy with one node's D0 replaced or added. */
    public DefectDensityTable with(String nodeKey, Figure defectsPerCm2) {
        Map<String, Figure> t = new LinkedHashMap<>(defectsPerCm2ByNode);
        t.put(nodeKey, defectsPerCm2);
        return new DefectDensityTable(t, fallbackDefectsPerCm2);
    }
}
