package dev.walls.hardware.teslaai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.silicon.DefectYield;
import dev.walls.spi.silicon.Foundry;
import dev.walls.spi.silicon.Wafer;
import dev.walls.spi.system.AcceleratorSpec;
import org.junit.jupiter.api.Test;

/**
 * The low end of a Tesla SoC's price is its own die and memory, priced with the yield the packaging and economics
 * walls use (Foundry's D0 per node and clustering α, fractional dies per wafer), so the spec and the walls agree.
 */
class TeslaAiCostTest {

    /** Wafer price over good dies, computed here from the formulas of hardware-facts D.2, not from the code under test. */
    private static double dieUsd(double areaMm2, double d0, double waferUsd) {
        double alpha = Foundry.clusteringAlpha().nominal();
        double dies = Math.PI * 150 * 150 / areaMm2 - Math.PI * 300 / Math.sqrt(2 * areaMm2);
        return waferUsd / (dies * Math.pow(1 + areaMm2 / 100 * d0 / alpha, -alpha));
    }

    /**
     * AI6's die is 817 mm² in its spec (2 × AI5 × 0.95): its low price was once derived from a 430 mm² AI5-sized die
     * ($1,000), below what the walls compute for the spec's die alone.
     */
    @Test
    void ai6sLowPriceIsItsOwnDieAndMemoryAtTheWallsYield() {
        AcceleratorSpec ai6 = Ai6.accelerator();
        double area = ai6.silicon().orElseThrow().dieAreaMm2().nominal();
        assertEquals(817, area, 1e-9);
        double d0 = Foundry.defectsPerCm2().forNode("Samsung SF2").nominal();
        assertEquals(0.23, d0);
        double die = dieUsd(area, d0, 20_000);
        assertEquals(1_190.4, die, 0.1);
        double memory = ai6.memory().get(0).capacityBytes().nominal() / 1e9 * 2.4;
        assertEquals(288 * 2.4, memory, 1e-9);
        Figure cost = ai6.costUsd();
        assertEquals(die + memory, cost.low(), 1e-9);
        assertEquals(8_000, cost.high(), 1e-9, "twice AI5's high");
        assertEquals(Math.sqrt(cost.low() * cost.high()), cost.nominal(), 1e-9);
        assertEquals(3_880, cost.nominal(), 1);
        assertTrue(cost.provenance().source().contains("817 mm2 die"), cost.provenance().source());
    }

    /** AI5's low is priced the same way, at the walls' α rather than the α = 3 it once used. */
    @Test
    void ai5sLowPriceIsItsOwnDieAndMemoryAtTheWallsYield() {
        AcceleratorSpec ai5 = Ai5.accelerator();
        double area = ai5.silicon().orElseThrow().dieAreaMm2().nominal();
        double d0 = Foundry.defectsPerCm2().forNode("TSMC N3").nominal();
        double expected = dieUsd(area, d0, 20_000) + ai5.memory().get(0).capacityBytes().nominal() / 1e9 * 2.4;
        assertEquals(expected, ai5.costUsd().low(), 1e-9);
        assertEquals(568.85, ai5.costUsd().low(), 0.01);
    }

    @Test
    void theFloorUsesTheSharedSiliconModel() {
        var floor = SiliconFloor.of(Ai6.silicon(), SiliconFloor.SF2_WAFER_USD, 0);
        assertEquals(Wafer.diesPerWafer(300, 817), floor.dies(), 1e-12);
        assertEquals(DefectYield.negativeBinomial(817, 0.23, Foundry.clusteringAlpha().nominal()), floor.yield(), 1e-12);
        assertEquals(0, floor.memoryUsd());
    }
}
