package dev.walls.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.kernel.Collectives;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.system.FabricSpec;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.Scaling;
import dev.walls.spi.system.StackFeature;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.system.Topology;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The scale-up domain a kernel lets tensor-parallel traffic overlap in: a DGX-like node's NVLink ends at the node,
 * while a tray without a fabric of its own shares its rack's, as a GB200 compute tray shares the NVL72 rack's.
 */
class ScaleUpDomainTest {

    private static CostTable table(SystemSpec system) {
        return CostTable.builder(system, Fixtures.gpt(8, 1024, 8, 1024, 8, 1000)).build();
    }

    @Test
    void aNodesFabricEndsAtTheNode() {
        CostTable c = table(Fixtures.system(64));
        assertEquals(0, c.scaleUpLevel());
        assertTrue(Collectives.insideScaleUpDomain(c, 1, 8));
        assertTrue(Collectives.insideScaleUpDomain(c, 1, 1));
        assertFalse(Collectives.insideScaleUpDomain(c, 1, 16));
        // six-way groups on eight-GPU nodes: every other group straddles two nodes
        assertFalse(Collectives.insideScaleUpDomain(table(Fixtures.system(48)), 1, 6));
        // two ranks eight apart are in different nodes
        assertFalse(Collectives.insideScaleUpDomain(c, 8, 2));
    }

    @Test
    void aTrayWithoutAFabricOfItsOwnSharesItsRacksDomain() {
        Provenance p = Provenance.estimate("test fixture");
        SystemSpec base = Fixtures.system(144);
        Level tray = new Level("tray", 4, Optional.empty(), List.of(), Figure.of(0, p), Figure.of(0, p));
        Level rack = new Level("rack", 72, Optional.of(new FabricSpec("switch", Topology.SWITCHED,
                Figure.of(900e9, p), Figure.of(1e-6, p))), List.of(), Figure.of(0, p), Figure.of(0, p));
        Level cluster = new Level("cluster", 0, Optional.of(new FabricSpec("fat tree", Topology.FAT_TREE,
                Figure.of(50e9, p), Figure.of(5e-6, p))), List.of(), Figure.of(0, p), Figure.of(0, p));
        SystemSpec racks = new SystemSpec("racks", "Racks", "fixture", base.accelerator(), List.of(tray, rack, cluster),
                144, new Scaling(72, 72, 72 * 64), base.software(), p);
        CostTable c = table(racks);
        assertEquals(3, c.levelCount());
        assertEquals(1, c.scaleUpLevel());
        assertTrue(Collectives.insideScaleUpDomain(c, 1, 8), "eight GPUs span two trays of one rack");
        assertTrue(Collectives.insideScaleUpDomain(c, 1, 72));
        assertFalse(Collectives.insideScaleUpDomain(c, 1, 144));
    }

    private static final Provenance P = Provenance.estimate("test fixture");

    private static Level level(String name, int accelerators, Topology topology, double bytesPerSecond) {
        Optional<FabricSpec> fabric = topology == null ? Optional.empty() : Optional.of(new FabricSpec(name + " fabric",
                topology, Figure.of(bytesPerSecond, P), Figure.of(2e-6, P)));
        return new Level(name, accelerators, fabric, List.of(), Figure.of(0, P), Figure.of(0, P));
    }

    private static CostTable table(Level... levels) {
        SystemSpec base = Fixtures.system(64);
        return table(new SystemSpec("levels", "Levels", "fixture", base.accelerator(), List.of(levels), 64,
                new Scaling(32, 32, 32 * 64), base.software(), P));
    }

    /**
     * A rack level between NVLink nodes and InfiniBand, without a fabric of its own (a spec adds one for its power
     * envelope), is crossed through the InfiniBand: its nodes have no other links. It neither joins the NVLink domain
     * nor lends its collectives NVLink's speed.
     */
    @Test
    void aLevelWithoutAFabricBetweenTwoIsCarriedByTheOuterOne() {
        CostTable c = table(level("node", 8, Topology.SWITCHED, 450e9), level("rack", 32, null, 0),
                level("cluster", 0, Topology.FAT_TREE, 50e9));
        assertEquals(3, c.levelCount());
        assertEquals(50e9, c.levelBandwidthBytesPerSecond(1));
        assertEquals(0, c.scaleUpLevel());
        assertFalse(Collectives.insideScaleUpDomain(c, 1, 16));
    }

    /** One scale-out network next to the accelerators is no scale-up domain, borrowed or its own. */
    @Test
    void aScaleOutFabricInnermostGivesNoDomain() {
        assertEquals(-1, table(level("cluster", 0, Topology.FAT_TREE, 50e9)).scaleUpLevel());
        assertEquals(-1, table(level("node", 8, null, 0), level("cluster", 0, Topology.RAIL_OPTIMIZED, 50e9))
                .scaleUpLevel());
        CostTable c = table(level("node", 8, null, 0), level("cluster", 0, Topology.FAT_TREE, 50e9));
        assertFalse(Collectives.insideScaleUpDomain(c, 1, 8));
        assertTrue(Collectives.insideScaleUpDomain(c, 1, 1));
    }

    /**
     * The domain follows the fabrics' kinds, not their figures: a PCIe-speed switched node under an InfiniBand network
     * of the same speed ends at the node, and an NVLink node inside an NVLink pod (NVLink Switch System) extends to
     * the pod, as does a GB200 tray written with its own NVLink entry inside its rack.
     */
    @Test
    void theDomainIsTheScaleUpFabricsFromTheInnermostOut() {
        CostTable equal = table(level("node", 8, Topology.SWITCHED, 50e9), level("cluster", 0, Topology.FAT_TREE, 50e9));
        assertEquals(0, equal.scaleUpLevel());
        CostTable pod = table(level("node", 8, Topology.SWITCHED, 450e9), level("pod", 32, Topology.SWITCHED, 450e9),
                level("cluster", 0, Topology.RAIL_OPTIMIZED, 50e9));
        assertEquals(1, pod.scaleUpLevel());
        assertTrue(Collectives.insideScaleUpDomain(pod, 1, 16));
        CostTable podWithRack = table(level("node", 8, Topology.SWITCHED, 450e9), level("rack", 16, null, 0),
                level("pod", 32, Topology.SWITCHED, 450e9), level("cluster", 0, Topology.RAIL_OPTIMIZED, 50e9));
        assertEquals(2, podWithRack.scaleUpLevel(), "the rack is crossed through the pod's NVLink");
    }

    @Test
    void aSystemInsideOneUnitIsOneDomain() {
        CostTable c = table(Fixtures.system(8, Set.of(StackFeature.values()), 0));
        assertTrue(Collectives.insideScaleUpDomain(c, 1, 8));
    }
}
