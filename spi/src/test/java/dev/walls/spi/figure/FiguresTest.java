package dev.walls.spi.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.system.MemoryKind;
import dev.walls.spi.system.MemoryTier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FiguresTest {

    record Prices(Map<String, Figure> byNode, Figure fallback) {
    }

    record Costs(Prices wafers, List<MemoryTier> tiers, Optional<Figure> nre) {
    }

    private static final Provenance P = Provenance.vendor("test");

    private static Costs costs() {
        return new Costs(new Prices(Map.of("N7", Figure.of(9346, P)), Figure.of(10000, P)),
                List.of(new MemoryTier("HBM", MemoryKind.HBM, Figure.of(80e9, P), Figure.of(3e12, P))),
                Optional.of(Figure.range(0.5e9, 1e9, 1.5e9, P)));
    }

    @Test
    void findsEveryFigureWithItsPath() {
        List<String> paths = Figures.in(costs()).stream().map(Figures.Located::path).toList();
        assertEquals(List.of("wafers.byNode.N7", "wafers.fallback", "tiers[0].capacityBytes",
                "tiers[0].bandwidthBytesPerSecond", "nre"), paths);
    }

    /** Map.copyOf iterates in an order that changes between runs; the walk does not, so JSON listings stay alike. */
    @Test
    void aMapsFiguresComeInTheOrderOfItsKeys() {
        Map<String, Figure> nodes = Map.copyOf(Map.of("N7", Figure.of(1, P), "N5", Figure.of(2, P), "N3", Figure.of(3, P),
                "N16", Figure.of(4, P), "N4", Figure.of(5, P), "N6", Figure.of(6, P)));
        List<String> paths = Figures.in(new Prices(nodes, Figure.of(0, P))).stream().map(Figures.Located::path).toList();
        assertEquals(List.of("byNode.N16", "byNode.N3", "byNode.N4", "byNode.N5", "byNode.N6", "byNode.N7", "fallback"),
                paths);
    }

    @Test
    void replacesAFigureByItsPathAndLeavesTheRest() {
        Costs changed = Figures.replace(costs(), "wafers.byNode.N7", Figure.of(12000, P));
        assertEquals(12000, changed.wafers().byNode().get("N7").nominal());
        assertEquals(10000, changed.wafers().fallback().nominal());
        Costs tier = Figures.replace(costs(), "tiers[0].capacityBytes", Figure.of(96e9, P));
        assertEquals(96e9, tier.tiers().get(0).capacityBytes().nominal());
        Costs nre = Figures.replace(costs(), "nre", Figure.of(2e9, P));
        assertEquals(2e9, nre.nre().orElseThrow().nominal());
    }

    @Test
    void aReplacementStillPassesTheRecordsValidation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Figures.replace(costs(), "tiers[0].capacityBytes", Figure.of(0, P)));
        assertTrue(e.getMessage().contains("capacityBytes must be positive"), e.getMessage());
    }

    @Test
    void anUnknownPathIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Figures.replace(costs(), "wafers.byNode.N3", Figure.of(1, P)));
        assertThrows(IllegalArgumentException.class, () -> Figures.replace(costs(), "tiers[3].capacityBytes", Figure.of(1, P)));
        assertThrows(IllegalArgumentException.class, () -> Figures.replace(costs(), "wafers", Figure.of(1, P)));
    }
}
