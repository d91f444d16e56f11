package dev.walls.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GoodputTest {

    @Test
    void dalysIntervalIsWithinATenthOfAPercentOfTheBestInterval() {
        Random random = new Random(11);
        for (int trial = 0; trial < 40; trial++) {
            double mtbf = 600 + random.nextDouble() * 200_000;
            double delta = 1 + random.nextDouble() * 300;
            double restart = random.nextDouble() * 1800;
            double daly = Goodput.of(1 / mtbf, delta, restart, Double.NaN, 1e-3).fraction();
            double best = 0;
            for (double tau = 1; tau < 20 * mtbf; tau *= 1.01) {
                best = Math.max(best, Goodput.of(1 / mtbf, delta, restart, tau, 1e-3).fraction());
            }
            assertTrue(daly >= best - 1e-3, "Daly " + daly + " vs best " + best + " at M=" + mtbf + " δ=" + delta);
        }
    }

    @Test
    void agreesWithTheFirstOrderEstimateWhenFailuresAreRare() {
        double mtbf = 1e6;
        double delta = 10;
        double restart = 600;
        double tau = 3600;
        double firstOrder = 1 - delta / tau - (tau / 2 + restart) / mtbf;
        assertEquals(firstOrder, Goodput.of(1 / mtbf, delta, restart, tau, 1).fraction(), 1e-3);
    }

    @Test
    void staysAPositiveFractionWhenFailuresOutpaceRestarts() {
        Goodput g = Goodput.of(1.0 / 60, 30, 600, Double.NaN, 1);
        assertTrue(g.fraction() > 0 && g.fraction() < 0.01);
        assertTrue(Double.isFinite(g.lostSecondsPerUsefulSecond()));
    }

    @Test
    void withoutFailuresOnlyTheCheckpointsCost() {
        assertEquals(1.0, Goodput.of(0, 10, 600, Double.NaN, 1).fraction());
        assertEquals(100.0 / 110, Goodput.of(0, 10, 600, 100, 1).fraction(), 1e-12);
    }

    @Test
    void aCheckpointNeverSplitsAStep() {
        assertEquals(500, Goodput.of(1e-3, 0.01, 0, Double.NaN, 500).intervalSeconds());
    }
}
