package dev.walls.spi.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A system's maps and sets iterate in their enum's order, whatever order they were given in: JSON and tables are
 * written from them, and {@code Map.copyOf}/{@code Set.copyOf} iterate in an order that changes from one JVM to the
 * next (so the old records would pass here only when a JVM's hash salt happened to give the enum order).
 */
class SystemRecordsOrderTest {

    private static final Provenance SOURCE = Provenance.vendor("test");

    @Test
    void peaksIterateInPrecisionOrderAndCannotBeChanged() {
        Map<Precision, Figure> peaks = new LinkedHashMap<>();
        List<Precision> reversed = new ArrayList<>(List.of(Precision.values()));
        java.util.Collections.reverse(reversed);
        for (Precision p : reversed) {
            peaks.put(p, Figure.of(1e15, SOURCE));
        }
        AcceleratorSpec a = new AcceleratorSpec("chip", peaks, List.of(new MemoryTier("HBM", MemoryKind.HBM,
                Figure.of(80e9, SOURCE), Figure.of(3e12, SOURCE))), Figure.of(700, SOURCE), Figure.of(0, SOURCE),
                Optional.empty());

        assertEquals(List.of(Precision.values()), new ArrayList<>(a.peakFlopsPerSecond().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> a.peakFlopsPerSecond().remove(Precision.BF16));
    }

    @Test
    void featuresIterateInFeatureOrderAndCannotBeChanged() {
        Set<StackFeature> features = new LinkedHashSet<>();
        List<StackFeature> reversed = new ArrayList<>(List.of(StackFeature.values()));
        java.util.Collections.reverse(reversed);
        features.addAll(reversed);
        Figure share = Figure.of(0.5, SOURCE);
        SoftwareStack s = new SoftwareStack("stack", share, share, share, features);

        assertEquals(List.of(StackFeature.values()), new ArrayList<>(s.features()));
        assertThrows(UnsupportedOperationException.class, () -> s.features().clear());
        assertEquals(Set.of(), new SoftwareStack("bare", share, share, share, Set.of()).features());
    }
}
