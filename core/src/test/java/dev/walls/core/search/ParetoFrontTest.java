package dev.walls.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ParetoFrontTest {

    /**
     * Seeded points with many equal times and costs, offered to one to three fronts (as threads do) in any order:
     * the merged front is every point no other beats strictly on both, one of each set of equal points (the first by
     * {@link Ranked#BY_TIME}), found here by comparing every pair.
     */
    @Test
    void theMergedFrontIsEveryPointNoOtherBeatsWhateverTheOfferOrder() {
        long checked = 0;
        for (int seed = 0; seed < 300; seed++) {
            Random r = new Random(seed);
            int n = r.nextInt(300);
            // few distinct values (many ties) for half the seeds, long fronts for the others
            int spread = seed % 2 == 0 ? 20 : 2000;
            List<Ranked> all = new ArrayList<>();
            ParetoFront[] fronts = new ParetoFront[1 + r.nextInt(3)];
            for (int f = 0; f < fronts.length; f++) {
                fronts[f] = new ParetoFront();
            }
            for (int i = 0; i < n; i++) {
                Ranked x = new Ranked(0, 1 + r.nextInt(spread), 1 + r.nextInt(spread), 8 << r.nextInt(3),
                        new int[] {r.nextInt(4), r.nextInt(4)});
                all.add(x);
                ParetoFront front = fronts[r.nextInt(fronts.length)];
                if (front.admits(x.stepSeconds(), x.costPerStepUsd())) {
                    front.offer(x);
                }
            }
            List<Ranked> offered = new ArrayList<>();
            for (ParetoFront f : fronts) {
                // each thread's front is one already: faster along it, and strictly cheaper
                List<Ranked> items = f.items();
                for (int i = 1; i < items.size(); i++) {
                    Ranked a = items.get(i - 1);
                    Ranked b = items.get(i);
                    boolean faster = a.stepSeconds() < b.stepSeconds() && a.costPerStepUsd() > b.costPerStepUsd();
                    boolean tie = a.stepSeconds() == b.stepSeconds() && a.costPerStepUsd() == b.costPerStepUsd();
                    assertTrue(faster || tie,
                            "seed " + seed + ": " + a + " before " + b);
                }
                offered.addAll(items);
            }
            List<Ranked> merged = ParetoFront.merge(offered);
            List<Ranked> expected = bruteForce(all);
            assertEquals(expected.size(), merged.size(), "seed " + seed);
            for (int i = 0; i < merged.size(); i++) {
                assertEquals(0, Ranked.BY_TIME.compare(expected.get(i), merged.get(i)), "seed " + seed + ", point " + i);
                checked++;
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
