package dev.walls.spi.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LayoutGridTest {

    @Test
    void pointsAreTheProductWithTheLastSlotFastest() {
        LayoutGrid g = new LayoutGrid();
        for (int slot = 0; slot < KernelStrategy.SIZE; slot++) {
            g.set(slot, slot + 1);
        }
        g.add(KernelStrategy.VPP, 7).add(KernelStrategy.PRECISION, 20).add(KernelStrategy.PRECISION, 30);
        assertEquals(6, g.size());
        assertEquals(3, g.stride(KernelStrategy.VPP));
        assertEquals(1, g.stride(KernelStrategy.PRECISION));
        int[] strides = g.strides(new int[KernelStrategy.SIZE]);
        for (int slot = 0; slot < KernelStrategy.SIZE; slot++) {
            assertEquals(g.stride(slot), strides[slot], "slot " + slot);
        }
        int[] slots = new int[KernelStrategy.SIZE];
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, g.layout(0, slots));
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 30}, g.layout(2, slots));
        assertArrayEquals(new int[] {1, 2, 3, 4, 7, 6, 7, 8, 9, 20}, g.layout(4, slots));
    }

    @Test
    void stepsVisitThePointsInOrderOnRandomGrids() {
        Random r = new Random(11);
        for (int round = 0; round < 200; round++) {
            LayoutGrid g = new LayoutGrid();
            for (int slot = 0; slot < KernelStrategy.SIZE; slot++) {
                int n = 1 + r.nextInt(3);
                for (int i = 0; i < n; i++) {
                    g.add(slot, r.nextInt(100) - 5);
                }
            }
            List<int[]> stepped = new ArrayList<>();
            int[] slots = g.layout(0, new int[KernelStrategy.SIZE]);
            int[] digits = new int[KernelStrategy.SIZE];
            do {
                stepped.add(slots.clone());
            } while (g.next(slots, digits));
            assertEquals(g.size(), stepped.size());
            for (int i = 0; i < g.size(); i++) {
                assertArrayEquals(g.layout(i, new int[KernelStrategy.SIZE]), stepped.get(i), "point " + i + " of " + g);
            }
        }
    }

    @Test
    void aSlotGrowsPastItsFirstArrayAndClearsAgain() {
        LayoutGrid g = LayoutGrid.of(new int[] {1, 1, 1, 1, 1, 1, 0, 0, 0, 0});
        assertEquals(1, g.size());
        for (int v = 2; v <= 40; v++) {
            g.add(KernelStrategy.VPP, v);
        }
        assertEquals(40, g.size());
        assertEquals(40, g.value(KernelStrategy.VPP, 39));
        g.clear(KernelStrategy.VPP);
        assertEquals(0, g.size());
        assertEquals("LayoutGrid[[1], [1], [1], [1], [], [1], [0], [0], [0], [0]]", g.toString());
        g.clear();
        assertEquals(0, g.size());
    }

    @Test
    void outOfRangeReadsAndHugeGridsAreRefused() {
        LayoutGrid g = LayoutGrid.of(new int[KernelStrategy.SIZE]);
        assertThrows(IndexOutOfBoundsException.class, () -> g.layout(1, new int[KernelStrategy.SIZE]));
        assertThrows(IndexOutOfBoundsException.class, () -> g.value(KernelStrategy.TP, 1));
        for (int slot = 0; slot < 4; slot++) {
            for (int i = 1; i < 300; i++) {
                g.add(slot, i);
            }
        }
        assertThrows(ArithmeticException.class, g::size);
    }

    @Test
    void scoresRecordAFullResultAndZeroAnInvalidOne() {
        LayoutScores s = new LayoutScores();
        s.ensureCapacity(3);
        assertTrue(s.verdicts().length >= 3);
        assertTrue(Double.isNaN(s.capacityBytes()), "no capacity before a valid layout");
        double[] out = new double[KernelOutput.SIZE];
        out[KernelOutput.VALID] = 1;
        out[KernelOutput.FITS] = 0;
        out[KernelOutput.STEP_SECONDS] = 2.5;
        out[KernelOutput.MEMORY_BYTES] = 9e10;
        out[KernelOutput.CAPACITY_BYTES] = 8e10;
        s.record(1, out);
        assertEquals(LayoutScores.OVER_CAPACITY, s.verdicts()[1]);
        assertEquals(2.5, s.stepSeconds()[1]);
        assertEquals(9e10, s.memoryBytes()[1]);
        assertEquals(8e10, s.capacityBytes());
        out[KernelOutput.FITS] = 1;
        s.record(2, out);
        assertEquals(LayoutScores.FITS, s.verdicts()[2]);
        s.invalid(2);
        assertEquals(LayoutScores.INVALID, s.verdicts()[2]);
        assertEquals(0, s.stepSeconds()[2]);
        double[] before = Arrays.copyOf(s.stepSeconds(), 3);
        s.ensureCapacity(2);
        assertArrayEquals(before, Arrays.copyOf(s.stepSeconds(), 3), "a smaller request keeps the arrays");
    }
}
