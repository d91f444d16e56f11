package dev.walls.hardware.dojo;

import dev.walls.spi.figure.Figures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.figure.Confidence;
import dev.walls.spi.silicon.Foundry;
import dev.walls.spi.system.StackFeature;
import dev.walls.spi.system.SystemSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every Dojo figure says where it came from, and what is uncertain carries a range. */
class DojoProvenanceTest {

    private static final SystemSpec EXAPOD = DojoExaPodSystem.spec();

    @Test
    void everyFigureCitesAHardwareFactsIdOrSaysItIsAWallsEstimate() {
        List<Figures.Located> all = Figures.in(EXAPOD);
        assertTrue(all.size() > 25, "walked " + all.size() + " figures");
        for (Figures.Located f : all) {
            String src = f.figure().provenance().source();
            assertTrue(src.contains("hardware-facts") || src.contains("walls estimate") || src.matches(".*\\b[DNTE]\\d+\\b.*")
                            || f.figure().nominal() == 0,
                    f.path() + " has no traceable source: " + src);
        }
    }

    @Test
    void estimatesAndConflictsCarryRanges() {
        for (Figures.Located f : Figures.in(EXAPOD)) {
            Confidence c = f.figure().provenance().confidence();
            if (c == Confidence.ANALYST_ESTIMATE || c == Confidence.RUMOR) {
                assertTrue(f.figure().isUncertain(), f.path() + " is an estimate but a point value");
            }
        }
        assertTrue(EXAPOD.accelerator().memory().get(0).bandwidthBytesPerSecond().isUncertain());
        assertTrue(EXAPOD.accelerator().costUsd().isUncertain());
    }

    /**
     * The D1's price is the walls' own cost per good die: the same (fractional) dies per wafer and the same
     * clustering α as the packaging and economics walls, one constant in {@link Foundry}. It was once derived at
     * α = 3 with a whole 83 dies ($191.4) while the walls used α = 2 ($186.7).
     */
    @Test
    void d1SiliconCostFollowsFromWaferPriceAndTheWallsNegativeBinomialYield() {
        double areaCm2 = D1Die.DIE_AREA_MM2 / 100;
        double diesPerWafer = Math.PI * 150 * 150 / D1Die.DIE_AREA_MM2 - Math.PI * 300 / Math.sqrt(2 * D1Die.DIE_AREA_MM2);
        assertEquals(83.35, diesPerWafer, 0.01);
        double alpha = Foundry.clusteringAlpha().nominal();
        assertEquals(2, alpha, "E10's alpha in common calculators, which the walls use");
        double nominal = 9_346 / (diesPerWafer * Math.pow(1 + areaCm2 * 0.09 / alpha, -alpha));
        double high = 10_000 / (diesPerWafer * Math.pow(1 + areaCm2 * 0.15 / alpha, -alpha));
        var cost = EXAPOD.accelerator().costUsd();
        assertEquals(nominal, cost.nominal(), 1e-9);
        assertEquals(186.67, cost.nominal(), 0.01);
        assertEquals(high, cost.high(), 1e-9);
        assertTrue(cost.provenance().source().contains("alpha = 2"), cost.provenance().source());
        // the tile's cost is bounded by a GPU box less its 25 dies at this same price
        assertEquals(199_000 - 25 * cost.nominal(), TrainingTile.cost().high(), 1e-9);
    }

    @Test
    void newStackSitsBelowAMatureOneWithAWideRange() {
        var sw = EXAPOD.software();
        for (var eff : List.of(sw.matmulEfficiency(), sw.memoryBoundEfficiency(), sw.collectiveEfficiency())) {
            assertTrue(eff.nominal() < 0.75, "nominal " + eff.nominal());
            assertTrue(eff.high() - eff.low() >= 0.4, "range " + eff.low() + ".." + eff.high());
        }
    }

    @Test
    void stackDoesNotClaimFp8TrainingBecauseCfp8RunsAtTheBf16Peak() {
        var d1 = EXAPOD.accelerator();
        assertEquals(d1.peak(dev.walls.spi.system.Precision.BF16).orElseThrow().nominal(),
                d1.peak(dev.walls.spi.system.Precision.FP8).orElseThrow().nominal());
        assertFalse(EXAPOD.software().supports(StackFeature.FP8_TRAINING));
        assertTrue(EXAPOD.software().supports(StackFeature.PIPELINE_PARALLEL));
    }

    @Test
    void pluginReturnsBothSystemsAndIsDeclaredAsAProvider() {
        List<String> ids = new DojoPlugin().systems().stream().map(SystemSpec::id).toList();
        assertEquals(List.of("dojo-tile", "dojo-exapod"), ids);
        var descriptor = DojoPlugin.class.getModule().getDescriptor();
        assertNotNull(descriptor, "the tests run on the module path, as the plugin does");
        assertTrue(descriptor.provides().stream().anyMatch(p -> p.service().equals("dev.walls.spi.WallsPlugin")
                && p.providers().contains(DojoPlugin.class.getName())));
    }
}
