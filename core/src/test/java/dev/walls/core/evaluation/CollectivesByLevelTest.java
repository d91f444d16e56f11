package dev.walls.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.walls.core.search.Subsystem;
import dev.walls.spi.kernel.Collectives;
import dev.walls.spi.kernel.CostTable;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The forms of the collectives that take a group's members per level (worked out once per group by a kernel) give
 * the same seconds, bit for bit, as the forms that take the group's layout, on seeded groups of every shape: aligned,
 * straddling a node, strided across nodes, on a partial last node.
 */
class CollectivesByLevelTest {

    private static CostTable table(int accelerators) {
        return CostTable.builder(Subsystem.of(Fixtures.system(64), accelerators),
                Fixtures.gpt(8, 1024, 8, 1024, 8, 1000)).build();
    }

    @Test
    void membersPerLevelGiveTheSameSecondsAsTheGroupsLayout() {
        SplittableRandom random = new SplittableRandom(20261125);
        double[] members = new double[2];
        for (int i = 0; i < 5_000; i++) {
            int accelerators = 1 + random.nextInt(64);
            CostTable c = table(accelerators);
            int stride1 = 1 + random.nextInt(8);
            int size1 = 1 + random.nextInt(8);
            int stride2 = stride1 * size1 * (1 + random.nextInt(4));
            int size2 = 1 + random.nextInt(16);
            double n = (double) size1 * size2;
            double bytes = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 1e10;
            double calls = 1 + random.nextInt(100);
            int kind = random.nextBoolean() ? Collectives.ALL_REDUCE : Collectives.GATHER_OR_SCATTER;
            int levels = Collectives.membersPerLevel(c, stride1, size1, stride2, size2, members);
            String group = "group " + stride1 + "×" + size1 + ", " + stride2 + "×" + size2 + " on " + accelerators;
            for (int level = 0; level < levels; level++) {
                assertEquals(Collectives.membersPerUnit(c, level, stride1, size1, stride2, size2), members[level], group);
            }
            assertBits(Collectives.collectiveSeconds(c, kind, bytes, stride1, size1, stride2, size2),
                    Collectives.collectiveSeconds(c, kind, bytes, n, members), group);
            assertBits(Collectives.collectiveLatencySeconds(c, kind, stride1, size1, stride2, size2),
                    Collectives.collectiveLatencySeconds(c, kind, n, members), group);
            assertBits(Collectives.flatCollectiveSeconds(c, kind, bytes, stride1, size1, stride2, size2, calls),
                    Collectives.flatCollectiveSeconds(c, kind, bytes, n, members, calls), group);
            int stages = 1 + random.nextInt(8);
            assertBits(Collectives.pointToPointSeconds(c, bytes, stride1, stages),
                    Collectives.pointToPointSecondsAtLevel(c, bytes, stages, Collectives.pointToPointLevel(c, stride1, stages)),
                    group + ", " + stages + " stages");
        }
    }

    /**
     * The members of a group as the floating-point remainder gives them: what {@link Collectives#membersPerUnit} did
     * before it took the remainder of whole numbers through longs.
     */
    private static double membersByDoubleRemainder(double unit, double stride1, double size1, double stride2,
                                                   double size2) {
        if (unit <= stride1) {
            return 1;
        }
        double span1 = stride1 * size1;
        if (unit % span1 != 0 && span1 % unit != 0) {
            long x = (long) unit;
            long y = (long) span1;
            while (y != 0) {
                long r = x % y;
                x = y;
                y = r;
            }
            return Math.max(1, Math.floor(x / stride1));
        }
        if (unit < span1) {
            return Math.max(1, Math.floor(unit / stride1));
        }
        double k2 = unit <= stride2 ? 1 : Math.min(size2, Math.max(1, Math.floor(unit / stride2)));
        return size1 * k2;
    }

    @Test
    void theWholeNumberRemainderChangesNoGroupsMembers() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            // whole counts mostly; now and then a fraction or a count past 2^53, which take the remainder of doubles
            double unit = i % 50 == 0 ? 1e17 + 8 * random.nextInt(1000) : 1 + random.nextInt(20_000);
            double stride1 = i % 97 == 0 ? 0.5 + random.nextInt(8) : 1 + random.nextInt(64);
            double size1 = 1 + random.nextInt(64);
            double stride2 = stride1 * size1 * (1 + random.nextInt(8));
            double size2 = 1 + random.nextInt(512);
            assertEquals(membersByDoubleRemainder(unit, stride1, size1, stride2, size2),
                    Collectives.membersPerUnit(unit, stride1, size1, stride2, size2), 0,
                    unit + " " + stride1 + "×" + size1 + ", " + stride2 + "×" + size2);
        }
    }

    /** Bit for bit: a -0.0 for a 0.0, or one NaN for another, would be a difference too. */
    private static void assertBits(double expected, double actual, String where) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                where + ": " + expected + " vs " + actual);
    }

    @Test
    void tooLittleRoomForTheLevelsIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Collectives.membersPerLevel(table(64), 1, 8, 8, 8, new double[1]));
    }
}
