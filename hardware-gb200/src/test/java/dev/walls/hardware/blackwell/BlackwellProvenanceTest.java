package dev.walls.hardware.blackwell;

import dev.walls.spi.figure.Figures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.figure.Confidence;
import dev.walls.spi.system.SystemSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every Blackwell figure says where it came from, and what is uncertain or conflicting carries a range. */
class BlackwellProvenanceTest {

    private static final List<SystemSpec> SYSTEMS = new BlackwellPlugin().systems();

    @Test
    void pluginReturnsBothRacksByIdAtOneRack() {
        assertEquals(List.of("gb200-nvl72", "gb300-nvl72"), SYSTEMS.stream().map(SystemSpec::id).toList());
        SYSTEMS.forEach(s -> assertEquals(72, s.accelerators()));
        var descriptor = BlackwellPlugin.class.getModule().getDescriptor();
        assertNotNull(descriptor, "the tests run on the module path, as the plugin does");
        assertTrue(descriptor.provides().stream().anyMatch(p -> p.service().equals("dev.walls.spi.WallsPlugin")
                && p.providers().contains(BlackwellPlugin.class.getName())));
    }

    @Test
    void everyFigureCitesAHardwareFactsIdOrSaysItIsAWallsEstimate() {
        int checked = 0;
        for (SystemSpec s : SYSTEMS) {
            for (Figures.Located f : Figures.in(s)) {
                String src = f.figure().provenance().source();
                assertTrue(src.contains("hardware-facts") || src.contains("walls estimate") || f.figure().nominal() == 0,
                        s.id() + " " + f.path() + " has no traceable source: " + src);
                checked++;
            }
        }
        assertTrue(checked > 40, "the systems' figures were walked: " + checked);
    }

    @Test
    void estimatesCarryRanges() {
        int estimates = 0;
        for (SystemSpec s : SYSTEMS) {
            for (Figures.Located f : Figures.in(s)) {
                Confidence c = f.figure().provenance().confidence();
                if (c == Confidence.ANALYST_ESTIMATE || c == Confidence.RUMOR) {
                    assertTrue(f.figure().isUncertain(), s.id() + " " + f.path() + " is an estimate but a point value");
                    estimates++;
                }
            }
        }
        assertTrue(estimates > 0, "the racks carry estimates to check");
    }

    @Test
    void conflictingFactsAreRanges() {
        SystemSpec gb200 = SYSTEMS.get(0);
        var silicon = gb200.accelerator().silicon().orElseThrow();
        assertEquals(530, silicon.dieAreaMm2().low());
        assertEquals(800, silicon.dieAreaMm2().high());
        assertEquals(2, silicon.computeDiesPerPackage());
        assertEquals("CoWoS-L", silicon.packaging());
        assertTrue(gb200.accelerator().memory().get(0).capacityBytes().isUncertain(), "186 vs 180 vs 192 GB");
        assertTrue(gb200.accelerator().costUsd().isUncertain(), "rack price range");
        var rack = gb200.levels().get(1);
        assertTrue(rack.powerWattsPerUnit().isUncertain(), "120 vs 132 kW");
    }
}
