package dev.walls.hardware.teslaai;

import dev.walls.spi.figure.Figures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.figure.Confidence;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.StackFeature;
import dev.walls.spi.system.SystemSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The AI5/AI6 clusters are sized as stated, resizable in boards, and fully sourced. */
class TeslaClustersTest {

    private static final List<SystemSpec> SYSTEMS = new TeslaAiPlugin().systems();
    private static final SystemSpec AI5 = SYSTEMS.get(0);
    private static final SystemSpec AI6 = SYSTEMS.get(1);

    private static double bf16(SystemSpec s) {
        return s.accelerators() * s.accelerator().peak(Precision.BF16).orElseThrow().nominal();
    }

    @Test
    void pluginReturnsBothClustersById() {
        assertEquals(List.of("ai5-cluster", "ai6-cluster"), SYSTEMS.stream().map(SystemSpec::id).toList());
        var descriptor = TeslaAiPlugin.class.getModule().getDescriptor();
        assertNotNull(descriptor, "the tests run on the module path, as the plugin does");
        assertTrue(descriptor.provides().stream().anyMatch(p -> p.service().equals("dev.walls.spi.WallsPlugin")
                && p.providers().contains(TeslaAiPlugin.class.getName())));
    }

    @Test
    void defaultClustersMatchOneGb200ScalableUnitAtTeslasClaims() {
        assertEquals(1_152, AI5.accelerators());
        assertEquals(144, AI5.units(AI5.levels().get(0)));
        assertEquals(576, AI6.accelerators());
        double su = 576 * 2_500e12; // 576 GB200 GPUs at 2,500 TFLOPS BF16 dense (hardware-facts B.1 / N2, B.3 / N12)
        // AI5's nominal BF16 is half an HGX B200 (2,250), so the cluster lands 10% under the GB200 unit.
        assertEquals(0.9 * su, bf16(AI5), 0.01 * su);
        assertEquals(0.9 * su, bf16(AI6), 0.01 * su);
    }

    @Test
    void clustersResizeInWholeBoards() {
        for (SystemSpec s : SYSTEMS) {
            assertEquals(8, s.withAccelerators(8).accelerators());
            assertEquals(16_384, s.withAccelerators(16_384).accelerators());
            assertThrows(IllegalArgumentException.class, () -> s.withAccelerators(12));
            assertTrue(s.levels().get(s.levels().size() - 1).isOpenEnded());
        }
    }

    @Test
    void boardPowerAndCostScaleWithTheChip() {
        var board5 = AI5.levels().get(0);
        var board6 = AI6.levels().get(0);
        assertTrue(board6.powerWattsPerUnit().nominal() > board5.powerWattsPerUnit().nominal());
        assertEquals(0.8 * 8 * AI5.accelerator().powerWatts().nominal(), board5.powerWattsPerUnit().nominal(), 1e-9);
        assertTrue(board5.costUsdPerUnit().low() < board5.costUsdPerUnit().high());
    }

    @Test
    void newStackSitsBelowAMatureOneAndDoesNotClaimFp8() {
        for (SystemSpec s : SYSTEMS) {
            var sw = s.software();
            assertTrue(sw.matmulEfficiency().nominal() < 0.75);
            assertTrue(sw.matmulEfficiency().high() - sw.matmulEfficiency().low() >= 0.4);
            assertFalse(sw.supports(StackFeature.FP8_TRAINING));
            assertTrue(s.accelerator().peak(Precision.FP8).isEmpty(), "no FP8 rate is published");
        }
    }

    @Test
    void everyFigureIsSourcedAndEveryEstimateIsARange() {
        for (SystemSpec s : SYSTEMS) {
            List<Figures.Located> all = Figures.in(s);
            assertTrue(all.size() > 15);
            for (Figures.Located f : all) {
                String src = f.figure().provenance().source();
                assertTrue(src.contains("hardware-facts") || src.contains("walls estimate") || f.figure().nominal() == 0,
                        s.id() + " " + f.path() + ": " + src);
                Confidence c = f.figure().provenance().confidence();
                if (c == Confidence.ANALYST_ESTIMATE || c == Confidence.RUMOR) {
                    assertTrue(f.figure().isUncertain(), s.id() + " " + f.path());
                }
            }
        }
    }
}
