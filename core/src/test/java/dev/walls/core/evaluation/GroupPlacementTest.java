package dev.walls.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.search.Subsystem;
import dev.walls.spi.kernel.Collectives;
import dev.walls.spi.kernel.CostTable;
import org.junit.jupiter.api.Test;

/**
 * Where a group's ranks fall on the units of a level (8-accelerator nodes in the fixture): a synchronous step waits
 * for the group whose traffic crosses a unit's boundary through the fewest members.
 */
class GroupPlacementTest {

    /** A job on {@code accelerators} of the fixture's cluster, part of a node if need be, as a search stages it. */
    private static CostTable table(int accelerators) {
        return CostTable.builder(Subsystem.of(Fixtures.system(64), accelerators),
                Fixtures.gpt(8, 1024, 8, 1024, 8, 1000)).build();
    }

    @Test
    void groupsThatStraddleANodeCrossItThroughTheirSmallestPiece() {
        CostTable t = table(48);
        // six consecutive ranks: groups 0-5 and 6-11 on nodes 0-7 and 8-15: the second has 2 and 4 on two nodes
        assertEquals(2, Collectives.membersPerUnit(t, 0, 1, 6, 1, 1));
        // twelve: 8 + 4
        assertEquals(4, Collectives.membersPerUnit(t, 0, 1, 12, 1, 1));
        // aligned groups are unchanged: 4 of 4, 8 of 16, and 4 of a group strided by 2
        assertEquals(4, Collectives.membersPerUnit(t, 0, 1, 4, 1, 1));
        assertEquals(8, Collectives.membersPerUnit(t, 0, 1, 16, 1, 1));
        assertEquals(4, Collectives.membersPerUnit(t, 0, 2, 4, 8, 6));
    }

    @Test
    void aStraddlingGroupPaysTheNetworkWhereAnAlignedOneStaysInTheNode() {
        CostTable t = table(48);
        double bytes = 1e9;
        double six = Collectives.collectiveSeconds(t, Collectives.ALL_REDUCE, bytes, 1, 6, 1, 1);
        double eight = Collectives.collectiveSeconds(t, Collectives.ALL_REDUCE, bytes, 1, 8, 1, 1);
        // the crossing moves the ring's volume through the two members' network links
        double crossing = 2 * 5.0 / 6 * bytes / (2 * Fixtures.CLUSTER_BYTES_PER_SECOND);
        assertTrue(six >= crossing, six + " vs " + crossing);
        assertTrue(six > 2 * eight, six + " vs " + eight);
        // a pipeline of three stages two ranks apart (span 6) straddles nodes too; one of span 8 does not
        double hop = Collectives.pointToPointSeconds(t, bytes, 2, 3);
        assertEquals(bytes / Fixtures.CLUSTER_BYTES_PER_SECOND, hop, 1e-9 * hop);
        assertEquals(bytes / Fixtures.NODE_BYTES_PER_SECOND, Collectives.pointToPointSeconds(t, bytes, 2, 4),
                1e-9 * hop);
    }

    @Test
    void aUnitThatHoldsTheWholeSystemHoldsEveryGroup() {
        CostTable six = table(6);
        assertEquals(6, Collectives.membersPerUnit(six, 0, 1, 6, 1, 1));
        assertEquals(0, Collectives.collectiveLatencySeconds(six, Collectives.ALL_REDUCE, 1, 6, 1, 1));
    }

    @Test
    void aPartialLastUnitHoldsOnlyWhatIsLeft() {
        // 20 ranks on nodes of 8: the last node holds 4; a data-parallel group strided by 2 has 2 members there
        CostTable t = table(20);
        assertEquals(2, Collectives.membersPerUnit(t, 0, 2, 1, 2, 10));
        assertEquals(4, Collectives.membersPerUnit(table(32), 0, 2, 1, 2, 16));
    }
}
