package dev.walls.economics;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.silicon.Assembly;
import java.util.Objects;

/**
 * What turns good dies into a good package: the package itself, memory by the GB, the assembly yield that scraps
 * good dies with a bad package, and the auxiliary parts (substrate, passives, test) the component shares leave out.
 *
 * @param cowosSPackageUsd          CoWoS-S packaging per package
 * @param cowosLPackageUsd          CoWoS-L packaging per package
 * @param waferScaleCarrierUsd      one wafer-scale (InFO_SoW) carrier with its processing, per tile
 * @param flipChipPackageUsd        an organic flip-chip package with assembly
 * @param ioDieUsd                  one I/O die of a wafer-scale tile
 * @param hbmUsdPerGb               HBM, per GB (10⁹ bytes)
 * @param dramUsdPerGb              DRAM on the accelerator (LPDDR), per GB
 * @param attachYieldPerComponent   yield of attaching one die or stack
 * @param interposerYield           yield of one CoWoS interposer before attach
 * @param waferScaleCarrierYield    yield of one wafer-scale carrier before attach
 * @param waferScaleIoDiesPerTile   I/O dies per wafer-scale tile
 * @param waferScaleDiesPerTile     compute dies per tile when the spec does not say
 * @param maxHbmStacksPerPackage    most HBM stacks a package carries, used to infer stacks from capacity
 * @param auxiliaryCostFraction     share of an AI chip's component cost outside logic, memory and packaging
 */
public record PackagingCostAssumptions(Figure cowosSPackageUsd, Figure cowosLPackageUsd, Figure waferScaleCarrierUsd,
                                       Figure flipChipPackageUsd, Figure ioDieUsd, Figure hbmUsdPerGb,
                                       Figure dramUsdPerGb, Figure attachYieldPerComponent, Figure interposerYield,
                                       Figure waferScaleCarrierYield, Figure waferScaleIoDiesPerTile,
                                       Figure waferScaleDiesPerTile, Figure maxHbmStacksPerPackage,
                                       Figure auxiliaryCostFraction) {

    public PackagingCostAssumptions {
        for (Figure f : new Figure[] {cowosSPackageUsd, cowosLPackageUsd, waferScaleCarrierUsd, flipChipPackageUsd,
                ioDieUsd, hbmUsdPerGb, dramUsdPerGb, waferScaleIoDiesPerTile}) {
            Objects.requireNonNull(f, "packaging cost figure").requireNonNegative("packaging cost figure");
        }
        waferScaleIoDiesPerTile.requireCount("waferScaleIoDiesPerTile");
        Objects.requireNonNull(waferScaleDiesPerTile, "waferScaleDiesPerTile").requirePositive("waferScaleDiesPerTile")
                .requireCount("waferScaleDiesPerTile");
        Objects.requireNonNull(maxHbmStacksPerPackage, "maxHbmStacksPerPackage").requirePositive("maxHbmStacksPerPackage")
                .requireCount("maxHbmStacksPerPackage");
        Objects.requireNonNull(attachYieldPerComponent, "attachYieldPerComponent").requireFraction("attachYieldPerComponent");
        Objects.requireNonNull(interposerYield, "interposerYield").requireFraction("interposerYield");
        Objects.requireNonNull(waferScaleCarrierYield, "waferScaleCarrierYield").requireFraction("waferScaleCarrierYield");
        requireBelowOne(auxiliaryCostFraction, "auxiliaryCostFraction");
    }

    /** A share of a whole that the rest is divided by (x / (1 - share)): [0, 1). */
    static void requireBelowOne(Figure f, String field) {
        Objects.requireNonNull(f, field).requireShare(field);
        if (f.high() >= 1) {
            throw new IllegalArgumentException(field + " must be below 1, got " + f.high());
        }
    }

    /** Sourced defaults (hardware-facts D.3, D.4, A.2) and clearly marked estimates. */
    public static PackagingCostAssumptions defaults() {
        return new PackagingCostAssumptions(
                Figure.range(300, 750, 2_000, Provenance.estimate("hardware-facts D.3 / E13 (H100 CoWoS-S ~723-750)")
                        .withNote("range: E13's general $300-2,000")),
                Figure.range(300, 1_100, 2_000, Provenance.estimate("hardware-facts D.3 / E13, N20 (B200 CoWoS-L ~1,100)")
                        .withNote("range: E13's general $300-2,000")),
                Figure.range(6_000, 12_000, 25_000, Provenance.rumor("hardware-facts D.3 / E15 (~$12k per CoWoS wafer)")
                        .withNote("a wafer-scale carrier priced as one CoWoS interposer wafer; InFO_SoW prices are"
                                + " unpublished")),
                Figure.range(21, 21, 100, Provenance.estimate("E9 (LLMCompass/Moonwalk: $20 flip-chip BGA package +"
                        + " $1 assembly)").withNote("high end: walls estimate for a large AI-chip substrate")),
                Figure.range(10, 30, 100, Provenance.estimate("walls estimate: a small I/O die")
                        .withNote("not in hardware-facts.md; 40 per Dojo tile (A.2)")),
                Figure.range(7, 15, 18.75, Provenance.estimate("hardware-facts D.4 / E15 (HBM3/HBM3E ~15 $/GB)")
                        .withNote("low: E9 spot 7 $/GB (2023); high: H100 BOM 80 GB ≈ $1,500")),
                Figure.range(2.4, 2.4, 4.8, Provenance.estimate("hardware-facts F / E9 (DDR5 2.4 $/GB)")
                        .withNote("high end: walls estimate for LPDDR5X")),
                Assembly.attachYieldPerComponent(), Assembly.interposerYield(), Assembly.waferScaleCarrierYield(),
                Assembly.waferScaleIoDiesPerTile(), Assembly.waferScaleDiesPerTile(), Assembly.maxHbmStacksPerPackage(),
                Figure.of(0.10, Provenance.estimate("hardware-facts D.4 / E15 (Epoch AI: aux 10 % of AI-chip component"
                        + " cost; logic 13 %, packaging 15 %, HBM 52-63 %)")));
    }

    public PackagingCostAssumptions withHbmUsdPerGb(Figure usdPerGb) {
        return new PackagingCostAssumptions(cowosSPackageUsd, cowosLPackageUsd, waferScaleCarrierUsd, flipChipPackageUsd,
                ioDieUsd, usdPerGb, dramUsdPerGb, attachYieldPerComponent, interposerYield, waferScaleCarrierYield,
                waferScaleIoDiesPerTile, waferScaleDiesPerTile, maxHbmStacksPerPackage, auxiliaryCostFraction);
    }
}
