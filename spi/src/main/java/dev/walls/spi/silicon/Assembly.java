package dev.walls.spi.silicon;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;

/**
 * The package-assembly figures every wall that reasons about packages starts from: the yield of each attach step and
 * of the carriers, what a wafer-scale tile holds, and how many HBM stacks a package carries. One sourced copy, so
 * that the packaging wall's package yield and the economics wall's cost per good package agree; each wall keeps them
 * in its own assumptions, where a user may override them.
 */
public final class Assembly {

    private Assembly() {
    }

    /** Yield of attaching one known-good die or HBM stack. */
    public static Figure attachYieldPerComponent() {
        return Figure.range(0.96, 0.99, 0.998, Provenance.estimate("walls estimate; low end: 3D-Carbon (UMN, DAC 2024)"
                + " bonding_yield D2W micro-bump 0.96").withNote("not in hardware-facts.md"));
    }

    /** Yield of one CoWoS interposer before attach. */
    public static Figure interposerYield() {
        return Figure.range(0.95, 0.98, 0.995, Provenance.estimate("walls estimate: mature passive interposer")
                .withNote("not in hardware-facts.md"));
    }

    /** Yield of one wafer-scale RDL carrier before attach. */
    public static Figure waferScaleCarrierYield() {
        return Figure.range(0.5, 0.9, 0.98, Provenance.estimate("walls estimate: wafer-scale RDL carrier; InFO_SoW is"
                + " 'in production' (D15) but its yield is unpublished").withNote("not in hardware-facts.md; wide"));
    }

    /** I/O dies on one wafer-scale tile beside its compute dies. */
    public static Figure waferScaleIoDiesPerTile() {
        return Figure.of(40, Provenance.vendor("hardware-facts A.2 / D2, D6 (40 I/O dies per tile)"));
    }

    /** Compute dies on one wafer-scale tile when the spec does not say. */
    public static Figure waferScaleDiesPerTile() {
        return Figure.of(25, Provenance.vendor("hardware-facts A.2 / D2, D6 (25 D1 dies per tile)"));
    }

    /** The most HBM stacks a package carries, used to infer stacks from capacity ({@link PackageContents#hbmStacks}). */
    public static Figure maxHbmStacksPerPackage() {
        return Figure.range(8, 8, 12, Provenance.vendor("hardware-facts B.1 (B200/B300: 8 stacks)")
                .withNote("high end: E12's CoWoS-L roadmap with ≥12 stacks"));
    }
}
