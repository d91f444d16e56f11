package dev.walls.hardware.teslaai;

import dev.walls.spi.silicon.DefectYield;
import dev.walls.spi.silicon.Foundry;
import dev.walls.spi.silicon.Wafer;
import dev.walls.spi.system.SiliconSpec;

/**
 * The low end of a Tesla SoC's price: its die and its DRAM bought at cost, nothing else (no package, test, assembly
 * loss or margin). The die is priced as the packaging and economics walls price it, wafer over good dies, with the
 * shared dies-per-wafer, defect density per node and clustering α of {@link Foundry}, so that a spec's price and the
 * walls' bottom-up cost start from the same yield.
 *
 * @param dies      candidate dies per 300 mm wafer
 * @param yield     negative-binomial die yield at the node's nominal defect density
 * @param dieUsd    wafer price over good dies
 * @param memoryUsd the DRAM, by the GB
 */
record SiliconFloor(double dies, double yield, double dieUsd, double memoryUsd) {

    /** Samsung SF2 wafer, USD: ~20,000 (hardware-facts D.1 / E6, rumor), the economics wall's SF2 price. */
    static final double SF2_WAFER_USD = 20_000;
    /** TSMC N3 wafer, USD: ~19,865-20,000 (hardware-facts D.1 / E2, E4), the economics wall's N3 nominal. */
    static final double N3_WAFER_USD = 20_000;
    /** DRAM, USD per GB: DDR5 spot 2.4 (hardware-facts F / E9), the economics wall's DRAM price. */
    static final double DRAM_USD_PER_GB = 2.4;

    /** Prices the nominal die of {@code silicon} on wafers at {@code waferUsd}, with {@code memoryBytes} of DRAM. */
    static SiliconFloor of(SiliconSpec silicon, double waferUsd, double memoryBytes) {
        double area = silicon.dieAreaMm2().nominal();
        double dies = Wafer.diesPerWafer(Foundry.waferDiameterMm().nominal(), area);
        double yield = DefectYield.negativeBinomial(area, defectsPerCm2(silicon), alpha());
        return new SiliconFloor(dies, yield, waferUsd / (dies * yield), memoryBytes / 1e9 * DRAM_USD_PER_GB);
    }

    /** The node's nominal defect density, per cm² (Foundry's table, as the walls read it). */
    static double defectsPerCm2(SiliconSpec silicon) {
        return Foundry.defectsPerCm2().forNode(silicon.processNode()).nominal();
    }

    /** The walls' clustering α. */
    static double alpha() {
        return Foundry.clusteringAlpha().nominal();
    }

    double goodDies() {
        return dies * yield;
    }

    double usd() {
        return dieUsd + memoryUsd;
    }
}
