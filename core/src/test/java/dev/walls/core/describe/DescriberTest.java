package dev.walls.core.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.figure.Confidence;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.FabricSpec;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.MemoryKind;
import dev.walls.spi.system.MemoryTier;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.Scaling;
import dev.walls.spi.system.SoftwareStack;
import dev.walls.spi.system.StackFeature;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.system.Topology;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A total is as trustworthy as its least trustworthy input, in the order {@link Trust} writes out. */
class DescriberTest {

    private static Figure f(double value, Confidence confidence) {
        return Figure.of(value, new Provenance(confidence.label() + " source", confidence, ""));
    }

    /** 8 accelerators a node: the accelerator's power and price of one confidence, the node's overheads of others. */
    private static SystemSpec system(Confidence accelerator, Confidence nodePower, Confidence nodeCost) {
        AcceleratorSpec acc = new AcceleratorSpec("chip", Map.of(Precision.BF16, f(1e15, Confidence.VENDOR_CLAIM)),
                List.of(new MemoryTier("HBM", MemoryKind.HBM, f(80e9, Confidence.VENDOR_CLAIM),
                        f(3e12, Confidence.VENDOR_CLAIM))), f(700, accelerator), f(25_000, accelerator), Optional.empty());
        Level node = new Level("node", 8, Optional.of(new FabricSpec("switch", Topology.SWITCHED,
                f(450e9, Confidence.VENDOR_CLAIM), f(1e-6, Confidence.VENDOR_CLAIM))), List.of(),
                f(4_000, nodePower), f(100_000, nodeCost));
        Level cluster = new Level("cluster", 0, Optional.of(new FabricSpec("fat tree", Topology.FAT_TREE,
                f(50e9, Confidence.VENDOR_CLAIM), f(5e-6, Confidence.VENDOR_CLAIM))), List.of(),
                f(0, Confidence.VENDOR_CLAIM), f(0, Confidence.VENDOR_CLAIM));
        SoftwareStack stack = new SoftwareStack("stack", f(0.7, Confidence.MEASURED), f(0.7, Confidence.MEASURED),
                f(0.7, Confidence.MEASURED), Set.of(StackFeature.values()));
        return new SystemSpec("t", "t", "fixture", acc, List.of(node, cluster), 16, new Scaling(8, 8, 64), stack,
                Provenance.vendor("fixture"));
    }

    private static SourcedValue total(SystemDescription d, String path) {
        return d.totals().stream().filter(v -> v.path().equals(path)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
            // accelerator,   node power,       node cost,        power total,      cost total
            "VENDOR_CLAIM,     DERIVED,          ANALYST_ESTIMATE, DERIVED,          ANALYST_ESTIMATE",
            "MEASURED,         VENDOR_CLAIM,     VENDOR_CLAIM,     MEASURED,         MEASURED",
            "ANALYST_ESTIMATE, DERIVED,          RUMOR,            ANALYST_ESTIMATE, RUMOR",
            "USER,             VENDOR_CLAIM,     ANALYST_ESTIMATE, USER,             USER",
            "RUMOR,            USER,             DERIVED,          RUMOR,            RUMOR",
            "DERIVED,          MEASURED,         VENDOR_CLAIM,     DERIVED,          DERIVED",
    })
    void aTotalTakesTheConfidenceOfItsLeastConfidentInput(Confidence accelerator, Confidence nodePower,
                                                          Confidence nodeCost, Confidence power, Confidence cost) {
        SystemDescription d = Describer.describe(system(accelerator, nodePower, nodeCost));
        SourcedValue p = total(d, "powerWatts");
        SourcedValue c = total(d, "capexUsd");
        assertEquals(16 * 700 + 2 * 4_000, p.value());
        assertEquals(power.label(), p.confidence(), p.note());
        assertEquals(cost.label(), c.confidence(), c.note());
        // the note names the input whose confidence the total carries
        assertTrue(p.note().startsWith("least confident input (" + power.label() + "): " + power.label() + " source"),
                p.note());
    }

    @Test
    void theOrderRunsFromTheMakersWordDownToHearsay() {
        List<Confidence> order = Arrays.stream(Confidence.values()).sorted(Comparator.comparingInt(Trust::rank)).toList();
        assertEquals(List.of(Confidence.VENDOR_CLAIM, Confidence.MEASURED, Confidence.DERIVED,
                Confidence.ANALYST_ESTIMATE, Confidence.USER, Confidence.RUMOR), order);
        assertEquals(Confidence.values().length, order.stream().map(Trust::rank).distinct().count(), "a strict order");
    }
}
