package dev.walls.economics;

import dev.walls.spi.silicon.DefectYield;
import dev.walls.spi.silicon.PackageContents;
import dev.walls.spi.silicon.PackageTechnology;
import dev.walls.spi.silicon.Wafer;
import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.MemoryKind;
import dev.walls.spi.system.MemoryTier;
import dev.walls.spi.system.SiliconSpec;
import dev.walls.spi.system.SystemSpec;
import java.util.Optional;

/**
 * What one accelerator costs to make, bottom up: wafer price over good dies, memory by the GB, the package, the
 * assembly yield that scraps good parts with a bad package, and the auxiliary share.
 *
 * <p>A CoWoS or flip-chip package is one accelerator; a wafer-scale tile holds many (the D1), so its carrier and I/O
 * dies are shared among them (same reading of the spec as the packaging wall's).
 *
 * @param dieYield                defect-free fraction of dies
 * @param goodDiesPerWafer        good dies per wafer
 * @param costPerGoodDieUsd       wafer price over good dies
 * @param memoryUsdPerAccelerator the accelerator's own HBM/DRAM
 * @param packagingUsdPerPackage  the package or carrier, with I/O dies for a tile
 * @param packageYield            known-good-die assembly yield
 * @param acceleratorsPerPackage  accelerators in one package
 * @param costPerPackageUsd       one good package: its parts and packaging over the assembly yield
 * @param unitCostUsd             one accelerator's share of a good package, with the auxiliary share added
 */
public record ManufacturingCost(double dieYield, double goodDiesPerWafer, double costPerGoodDieUsd,
                                double memoryUsdPerAccelerator, double packagingUsdPerPackage, double packageYield,
                                int acceleratorsPerPackage, double costPerPackageUsd, double unitCostUsd) {

    private static final double GB = 1e9;
    /** A die the wafer cannot hold is priced as if one in a million wafers gave one: absurd but finite. */
    private static final double MIN_GOOD_DIES = 1e-6;

    /** Returns the bottom-up cost of the system's accelerator, or empty when its silicon is not described. */
    public static Optional<ManufacturingCost> of(SystemSpec system, EconomicsAssumptions assumptions) {
        AcceleratorSpec accelerator = system.accelerator();
        if (accelerator.silicon().isEmpty()) {
            return Optional.empty();
        }
        SiliconSpec silicon = accelerator.silicon().get();
        SiliconCostAssumptions s = assumptions.silicon();
        PackagingCostAssumptions p = assumptions.packaging();
        double area = silicon.dieAreaMm2().nominal();
        double dieYield = DefectYield.negativeBinomial(area,
                s.defectsPerCm2().forNode(silicon.processNode()).nominal(), s.clusteringAlpha().nominal());
        double goodDies = Wafer.diesPerWafer(s.waferDiameterMm().nominal(), area) * dieYield;
        double costPerGoodDie = s.waferPriceUsd().forNode(silicon.processNode()).nominal() / Math.max(goodDies, MIN_GOOD_DIES);
        double memory = memoryUsd(accelerator, p);
        int stacks = PackageContents.hbmStacks(accelerator, (int) Math.round(p.maxHbmStacksPerPackage().nominal()));
        double attach = p.attachYieldPerComponent().nominal();
        PackageTechnology technology = PackageTechnology.of(silicon.packaging());

        int perPackage;
        double packaging;
        double packageYield;
        double parts;
        if (technology.isWaferScale()) {
            perPackage = PackageContents.waferScaleDies(system, (int) Math.round(p.waferScaleDiesPerTile().nominal()));
            double ioDies = p.waferScaleIoDiesPerTile().nominal();
            packaging = p.waferScaleCarrierUsd().nominal() + ioDies * p.ioDieUsd().nominal();
            parts = perPackage * (costPerGoodDie + memory);
            packageYield = p.waferScaleCarrierYield().nominal() * Math.pow(attach, perPackage * (1.0 + stacks) + ioDies);
        } else {
            perPackage = 1;
            int dies = silicon.computeDiesPerPackage();
            parts = dies * costPerGoodDie + memory;
            switch (technology) {
                case COWOS_S -> {
                    packaging = p.cowosSPackageUsd().nominal();
                    packageYield = p.interposerYield().nominal() * Math.pow(attach, (double) dies + stacks);
                }
                case COWOS_L -> {
                    packaging = p.cowosLPackageUsd().nominal();
                    packageYield = p.interposerYield().nominal() * Math.pow(attach, (double) dies + stacks);
                }
                default -> {
                    packaging = p.flipChipPackageUsd().nominal();
                    packageYield = Math.pow(attach, (double) dies + stacks);
                }
            }
        }
        double costPerPackage = (parts + packaging) / packageYield;
        double unit = costPerPackage / perPackage / (1 - p.auxiliaryCostFraction().nominal());
        return Optional.of(new ManufacturingCost(dieYield, goodDies, costPerGoodDie, memory, packaging, packageYield,
                perPackage, costPerPackage, unit));
    }

    private static double memoryUsd(AcceleratorSpec accelerator, PackagingCostAssumptions p) {
        double usd = 0;
        for (MemoryTier tier : accelerator.memory()) {
            double gb = tier.capacityBytes().nominal() / GB;
            if (tier.kind() == MemoryKind.HBM) {
                usd += gb * p.hbmUsdPerGb().nominal();
            } else if (tier.kind() == MemoryKind.DRAM) {
                usd += gb * p.dramUsdPerGb().nominal();
            }
        }
        return usd;
    }


}
