package dev.walls.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ParetoFrontTest {

    /**
     * Seeded points with many equal times and costs, in any order: the front is every point no other beats strictly
     * on both, one of each set of equal points (the first by {@link Ranked#BY_TIME}), found here by comparing every
     * pair.
     */
    @Test
    void theFrontIsEveryPointNoOtherBeatsWhateverTheOrder() {
        long checked = 0;
        for (int seed = 0; seed < 300; seed++) {
            Random r = new Random(seed);
            int n = r.nextInt(300);
            // few distinct values (many ties) for half the seeds, long fronts for the others
            int spread = seed % 2 == 0 ? 20 : 2000;
            List<Ranked> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                all.add(new Ranked(0, 1 + r.nextInt(spread), 1 + r.nextInt(spread), 8 << r.nextInt(3),
                        new int[] {r.nextInt(4), r.nextInt(4)}));
            }
            List<Ranked> merged = ParetoFront.merge(all);
            List<Ranked> expected = bruteForce(all);
            assertEquals(expected.size(), merged.size(), "seed " + seed);
            for (int i = 0; i < merged.size(); i++) {
                assertEquals(0, Ranked.BY_TIME.compare(expected.get(i), merged.get(i)), "seed " + seed + ", point " + i);
                checked++;
            }
            Collections.shuffle(all, r);
            List<Ranked> shuffled = ParetoFront.merge(all);
            assertEquals(merged.size(), shuffled.size(), "seed " + seed + ": the order the points come in");
            for (int i = 0; i < merged.size(); i++) {
                assertEquals(0, Ranked.BY_TIME.compare(merged.get(i), shuffled.get(i)), "seed " + seed + ", shuffled");
            }
        }
        assertTrue(checked > 1000, checked + " points checked");
    }

    private static List<Ranked> bruteForce(List<Ranked> all) {
        List<Ranked> front = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Ranked p = all.get(i);
            boolean kept = true;
            for (int j = 0; j < all.size(); j++) {
                Ranked q = all.get(j);
                boolean beats = q.stepSeconds() <= p.stepSeconds() && q.costPerStepUsd() <= p.costPerStepUsd()
                        && (q.stepSeconds() < p.stepSeconds() || q.costPerStepUsd() < p.costPerStepUsd());
                // of equal points one stays: the first by the total order, or by place when they are the same layout
                int order = Ranked.BY_TIME.compare(q, p);
                boolean equalAndFirst = q.stepSeconds() == p.stepSeconds() && q.costPerStepUsd() == p.costPerStepUsd()
                        && (order < 0 || order == 0 && j < i);
                if (beats || equalAndFirst) {
                    kept = false;
                    break;
                }
            }
            if (kept) {
                front.add(p);
            }
        }
        front.sort(Ranked.BY_TIME);
        return front;
    }
}
