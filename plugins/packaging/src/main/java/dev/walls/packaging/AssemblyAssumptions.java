package dev.walls.packaging;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.silicon.Assembly;
import java.util.Objects;

/**
 * What the package-level checks assume: interposer and carrier size limits, the footprint of what sits on them,
 * and the yield of putting known-good dies together.
 *
 * <p>Known-good-die assembly: every die and HBM stack is tested before it is attached, so die yield does not enter
 * the package yield; what does is each attach step and the carrier itself. One bad attach scraps the package and
 * every good die on it.
 *
 * @param cowosSInterposerReticles   largest CoWoS-S interposer, in reticles
 * @param cowosLInterposerReticles   largest CoWoS-L interposer, in reticles
 * @param waferScaleCarrierLimitMm2  largest silicon area a wafer-scale carrier takes, in mm²
 * @param hbmStackFootprintMm2       interposer area one HBM stack covers, in mm²
 * @param interposerAreaOverhead     interposer area over the summed die and stack footprints (spacing, routing)
 * @param attachYieldPerComponent    yield of attaching one die or stack
 * @param interposerYield            yield of one CoWoS interposer, before attach
 * @param waferScaleCarrierYield     yield of one wafer-scale RDL carrier, before attach
 * @param waferScaleIoDiesPerTile    I/O dies on one wafer-scale tile beside the compute dies
 * @param waferScaleDiesPerTile      compute dies on one tile when the spec does not say
 * @param maxHbmStacksPerPackage     most HBM stacks a package carries, used to infer stacks from capacity
 * @param levelHbmStackBytes         capacity of one HBM stack attached to a level rather than a package (Dojo's DIPs)
 */
public record AssemblyAssumptions(Figure cowosSInterposerReticles, Figure cowosLInterposerReticles,
                                  Figure waferScaleCarrierLimitMm2, Figure hbmStackFootprintMm2,
                                  Figure interposerAreaOverhead, Figure attachYieldPerComponent,
                                  Figure interposerYield, Figure waferScaleCarrierYield,
                                  Figure waferScaleIoDiesPerTile, Figure waferScaleDiesPerTile,
                                  Figure maxHbmStacksPerPackage, Figure levelHbmStackBytes) {

    public AssemblyAssumptions {
        Objects.requireNonNull(cowosSInterposerReticles, "cowosSInterposerReticles").requirePositive("cowosSInterposerReticles");
        Objects.requireNonNull(cowosLInterposerReticles, "cowosLInterposerReticles").requirePositive("cowosLInterposerReticles");
        Objects.requireNonNull(waferScaleCarrierLimitMm2, "waferScaleCarrierLimitMm2").requirePositive("waferScaleCarrierLimitMm2");
        Objects.requireNonNull(hbmStackFootprintMm2, "hbmStackFootprintMm2").requirePositive("hbmStackFootprintMm2");
        Objects.requireNonNull(interposerAreaOverhead, "interposerAreaOverhead").requireAtLeastOne("interposerAreaOverhead");
        Objects.requireNonNull(attachYieldPerComponent, "attachYieldPerComponent").requireFraction("attachYieldPerComponent");
        Objects.requireNonNull(interposerYield, "interposerYield").requireFraction("interposerYield");
        Objects.requireNonNull(waferScaleCarrierYield, "waferScaleCarrierYield").requireFraction("waferScaleCarrierYield");
        Objects.requireNonNull(waferScaleIoDiesPerTile, "waferScaleIoDiesPerTile").requireCount("waferScaleIoDiesPerTile");
        Objects.requireNonNull(waferScaleDiesPerTile, "waferScaleDiesPerTile").requirePositive("waferScaleDiesPerTile")
                .requireCount("waferScaleDiesPerTile");
        Objects.requireNonNull(maxHbmStacksPerPackage, "maxHbmStacksPerPackage").requirePositive("maxHbmStacksPerPackage")
                .requireCount("maxHbmStacksPerPackage");
        Objects.requireNonNull(levelHbmStackBytes, "levelHbmStackBytes").requirePositive("levelHbmStackBytes");
    }

    /** Sourced defaults (hardware-facts D.3, A.2) and clearly marked estimates where the facts are silent. */
    public static AssemblyAssumptions defaults() {
        return new AssemblyAssumptions(
                Figure.of(3.3, Provenance.vendor("hardware-facts D.3 / E12 (CoWoS-S ~3.3× reticle, ~2,700 mm²)")),
                Figure.range(3.5, 3.5, 5.5, Provenance.vendor("hardware-facts D.3 / E12 (CoWoS-L 3.5× in 2025)")
                        .withNote("high end: the 5-5.5× step of TSMC's roadmap")),
                Figure.of(46_225, Provenance.derived("hardware-facts E.2 / C1: the largest wafer-scale part built"
                        + " (Cerebras WSE-3, 21.5 cm × 21.5 cm on a 300 mm wafer)")),
                Figure.range(92, 110, 121, Provenance.estimate("JEDEC HBM package outlines: HBM2e ~7.75 × 11.87 mm,"
                        + " HBM3 ~11 × 11 mm").withNote("not in hardware-facts.md")),
                Figure.range(1.0, 1.1, 1.3, Provenance.estimate("walls estimate: spacing and routing between dies")
                        .withNote("not in hardware-facts.md; cross-check: B200's 2 × ~800 mm² dies + 8 stacks × 110 mm²"
                                + " × 1.1 ≈ 2,730 mm², E12 puts Blackwell at ~2,739 mm²")),
                Assembly.attachYieldPerComponent(), Assembly.interposerYield(), Assembly.waferScaleCarrierYield(),
                Assembly.waferScaleIoDiesPerTile(), Assembly.waferScaleDiesPerTile(), Assembly.maxHbmStacksPerPackage(),
                Figure.of(16e9, Provenance.derived("hardware-facts A.3 / D2, D12: 32 GB at 800 GB/s per DIP, two HBM2e-class"
                        + " stacks of 16 GB at ~400 GB/s each")));
    }

    public AssemblyAssumptions withAttachYieldPerComponent(Figure yield) {
        return new AssemblyAssumptions(cowosSInterposerReticles, cowosLInterposerReticles, waferScaleCarrierLimitMm2,
                hbmStackFootprintMm2, interposerAreaOverhead, yield, interposerYield, waferScaleCarrierYield,
                waferScaleIoDiesPerTile, waferScaleDiesPerTile, maxHbmStacksPerPackage, levelHbmStackBytes);
    }

    public AssemblyAssumptions withWaferScaleCarrierYield(Figure yield) {
        return new AssemblyAssumptions(cowosSInterposerReticles, cowosLInterposerReticles, waferScaleCarrierLimitMm2,
                hbmStackFootprintMm2, interposerAreaOverhead, attachYieldPerComponent, interposerYield, yield,
                waferScaleIoDiesPerTile, waferScaleDiesPerTile, maxHbmStacksPerPackage, levelHbmStackBytes);
    }
}
