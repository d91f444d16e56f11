package dev.walls.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The search's two total orders, which every merge of the workers' bests and the Pareto set rely on. */
class RankedTest {

    @Test
    void orderIsScoreThenMoreAcceleratorsThenSlots() {
        Ranked fast = new Ranked(1.0, 9, 9, 8, new int[] {2});
        Ranked slowerOnMore = new Ranked(2.0, 1, 1, 64, new int[] {0});
        Ranked tieOnMore = new Ranked(1.0, 9, 9, 16, new int[] {5});
        Ranked tieSameSizeLowerSlots = new Ranked(1.0, 9, 9, 8, new int[] {1, 7});

        List<Ranked> sorted = new ArrayList<>(List.of(slowerOnMore, fast, tieSameSizeLowerSlots, tieOnMore));
        sorted.sort(Ranked.ORDER);

        assertEquals(List.of(tieOnMore, tieSameSizeLowerSlots, fast, slowerOnMore), sorted);
    }

    @Test
    void byTimeIsStepThenCostThenAsOrderBreaksTies() {
        Ranked quick = new Ranked(0, 1.0, 5.0, 8, new int[] {0});
        Ranked quickCheaper = new Ranked(0, 1.0, 4.0, 8, new int[] {9});
        Ranked quickCheaperOnMore = new Ranked(0, 1.0, 4.0, 16, new int[] {9});
        Ranked slow = new Ranked(0, 2.0, 0.5, 64, new int[] {0});

        List<Ranked> sorted = new ArrayList<>(List.of(slow, quick, quickCheaper, quickCheaperOnMore));
        sorted.sort(Ranked.BY_TIME);

        assertEquals(List.of(quickCheaperOnMore, quickCheaper, quick, slow), sorted);
    }

    /** Total orders: antisymmetric, transitive, and 0 only for equal keys, on seeded points with many ties. */
    @Test
    void bothOrdersAreTotalOnPointsWithManyTies() {
        Random r = new Random(20261125);
        List<Ranked> points = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            points.add(new Ranked(r.nextInt(3), r.nextInt(3), r.nextInt(3), 8 << r.nextInt(2),
                    new int[] {r.nextInt(2), r.nextInt(2)}));
        }
        long triples = 0;
        for (var order : List.of(Ranked.ORDER, Ranked.BY_TIME)) {
            for (Ranked a : points) {
                for (Ranked b : points) {
                    int ab = Integer.signum(order.compare(a, b));
                    assertEquals(-ab, Integer.signum(order.compare(b, a)), a + " / " + b);
                    if (ab == 0) {
                        assertEquals(a.accelerators(), b.accelerators());
                        assertEquals(List.of(a.slots()[0], a.slots()[1]), List.of(b.slots()[0], b.slots()[1]));
                    }
                    for (Ranked c : points) {
                        if (ab <= 0 && order.compare(b, c) <= 0) {
                            assertTrue(order.compare(a, c) <= 0, a + " <= " + b + " <= " + c);
                            triples++;
                        }
                    }
                }
            }
        }
        assertTrue(triples > 50_000, triples + " ordered triples checked");
    }
}
