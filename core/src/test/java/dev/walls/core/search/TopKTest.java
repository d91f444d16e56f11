package dev.walls.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TopKTest {

    /** Seeded offers with many ties: what TopK keeps is the first K of the whole list sorted by the total order. */
    @Test
    void keepsTheFirstKOfTheTotalOrderWhateverTheOfferOrder() {
        long checked = 0;
        for (int seed = 0; seed < 300; seed++) {
            Random r = new Random(seed);
            int k = 1 + r.nextInt(seed % 3 == 0 ? 3 : 60);
            int n = r.nextInt(400);
            List<Ranked> all = new ArrayList<>();
            TopK top = new TopK(k);
            for (int i = 0; i < n; i++) {
                // few distinct scores, so that the tie-breaks (accelerators, then slots) decide often
                Ranked x = new Ranked(r.nextInt(12), 1, 1, 8 << r.nextInt(3), new int[] {r.nextInt(4), r.nextInt(4)});
                all.add(x);
                if (top.admits(x.score())) {
                    top.offer(x);
                }
            }
            all.sort(Ranked.ORDER);
            List<Ranked> expected = all.subList(0, Math.min(k, all.size()));
            List<Ranked> kept = top.items();
            assertEquals(expected.size(), kept.size(), "seed " + seed);
            for (int i = 0; i < kept.size(); i++) {
                assertEquals(0, Ranked.ORDER.compare(expected.get(i), kept.get(i)), "seed " + seed + ", rank " + i);
                checked++;
            }
        }
        assertTrue(checked > 3000, checked + " ranks checked");
    }
}
