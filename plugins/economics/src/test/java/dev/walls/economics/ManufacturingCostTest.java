package dev.walls.economics;

import dev.walls.spi.silicon.Wafer;
import dev.walls.spi.silicon.DefectYield;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManufacturingCostTest {

    private final EconomicsAssumptions defaults = EconomicsAssumptions.defaults();

    @Test
    void siliconFormulasReproduceTheWorkedExampleOfTheFactsFile() {
        assertEquals(0.59, DefectYield.negativeBinomial(600, 0.1, 2), 0.005);
        assertEquals(90.60, Wafer.diesPerWafer(300, 600), 0.01);
        assertEquals(63.48, Wafer.diesPerWafer(300, 814), 0.01);
    }

    @Test
    void aGoodH100DieCostsTheWaferOverItsGoodDies() {
        ManufacturingCost c = ManufacturingCost.of(TestSystems.dgxH100(8, 0, 0), defaults).orElseThrow();
        double yield = Math.pow(1 + 8.14 * 0.07 / 2, -2);
        assertEquals(yield, c.dieYield(), 1e-12);
        assertEquals(63.479 * yield, c.goodDiesPerWafer(), 0.01);
        assertEquals(16_988 / (63.479 * yield), c.costPerGoodDieUsd(), 0.2);
        assertEquals(80 * 15.0, c.memoryUsdPerAccelerator(), 1e-9); // HBM by the GB (D.4)
    }

    @Test
    void bottomUpGpuCostsLandNearTheAnalystsBillsOfMaterials() {
        // Not fitted: H100 ~$3,320 (N18, Raymond James), B200 ~$6,400 (N20) are independent estimates.
        double h100 = ManufacturingCost.of(TestSystems.dgxH100(8, 0, 0), defaults).orElseThrow().unitCostUsd();
        double b200 = ManufacturingCost.of(TestSystems.gb200(72), defaults).orElseThrow().unitCostUsd();
        assertEquals(3_320, h100, 0.25 * 3_320, "H100 " + h100);
        assertEquals(6_400, b200, 0.25 * 6_400, "B200 " + b200);
    }

    @Test
    void aWaferScaleTileSharesItsCarrierAndIoDiesAmongItsDies() {
        ManufacturingCost c = ManufacturingCost.of(TestSystems.dojo(3000, 0), defaults).orElseThrow();
        assertEquals(25, c.acceleratorsPerPackage());
        assertEquals(0.9 * Math.pow(0.99, 65), c.packageYield(), 1e-12);
        double tile = (25 * c.costPerGoodDieUsd() + 12_000 + 40 * 30) / c.packageYield();
        assertEquals(tile, c.costPerPackageUsd(), 1e-6);
        assertEquals(tile / 25 / 0.9, c.unitCostUsd(), 1e-6);
    }

    @Test
    void lpddrIsPricedAsDram() {
        ManufacturingCost c = ManufacturingCost.of(TestSystems.ai5(2, 0), defaults).orElseThrow();
        assertEquals(144 * 2.4, c.memoryUsdPerAccelerator(), 1e-9);
        assertEquals(Math.pow(0.99, 1), c.packageYield(), 1e-12); // one die on flip-chip, no HBM stacks
    }

    @Test
    void noSiliconSpecMeansNoBottomUpCost() {
        var base = TestSystems.dgxH100(8, 0, 0);
        var chip = new dev.walls.spi.system.AcceleratorSpec("opaque", base.accelerator().peakFlopsPerSecond(),
                base.accelerator().memory(), base.accelerator().powerWatts(), base.accelerator().costUsd(), java.util.Optional.empty());
        var system = TestSystems.system("opaque", chip, base.levels(), 8, 8);
        assertTrue(ManufacturingCost.of(system, defaults).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"TSMC N7|9346", "TSMC 7 nm (N7)|9346", "TSMC 4NP|16988", "TSMC N3E|20000",
            "Samsung SF2P|20000", "TSMC 12 nm|3984", "mystery|16988"})
    void waferPricesFollowTheNode(String node, double usd) {
        assertEquals(usd, SiliconCostAssumptions.defaultWaferPrices().forNode(node).nominal(), 1e-9);
    }

    @Test
    void pricierWafersMakeDearerDies() {
        var cheap = ManufacturingCost.of(TestSystems.dgxH100(8, 0, 0), defaults).orElseThrow();
        var dear = ManufacturingCost.of(TestSystems.dgxH100(8, 0, 0), defaults.withSilicon(new SiliconCostAssumptions(
                defaults.silicon().waferDiameterMm(),
                defaults.silicon().waferPriceUsd().with("N4", TestSystems.f(20_000)),
                defaults.silicon().defectsPerCm2(), defaults.silicon().clusteringAlpha()))).orElseThrow();
        assertEquals(20_000 / 16_988.0, dear.costPerGoodDieUsd() / cheap.costPerGoodDieUsd(), 1e-9);
    }
}
