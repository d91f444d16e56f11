package dev.walls.spi.silicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class YieldAndWaferTest {

    @Test
    void reproducesTheWorkedExampleOfTheFactsFile() {
        // hardware-facts D.2: 600 mm², D0 = 0.1/cm²: Poisson 55 %, NB(α=2) 59 %, ~61 good of 103 dies
        assertEquals(0.55, DefectYield.poisson(600, 0.1), 0.005);
        assertEquals(0.59, DefectYield.negativeBinomial(600, 0.1, 2), 0.005);
        assertEquals(61, Math.round(103 * DefectYield.negativeBinomial(600, 0.1, 2)));
    }

    @Test
    void textbookDiesPerWaferOfSixHundredSquareMillimetres() {
        // π·150²/600 − π·300/√1200 = 117.81 − 27.21; the facts' "~103" does not follow from E9's formula (see report)
        assertEquals(90.60, Wafer.diesPerWafer(300, 600), 0.01);
    }

    @Test
    void h100HasAboutEightySixCandidatesPerWafer() {
        // E15 counts "candidates" as wafer area over die area: 70,686 / 814
        assertEquals(86, Wafer.grossDiesPerWafer(300, 814), 1.0);
        assertEquals(63.5, Wafer.diesPerWafer(300, 814), 0.1);
    }

    @Test
    void negativeBinomialApproachesPoissonAsClusteringVanishes() {
        assertEquals(DefectYield.poisson(814, 0.1), DefectYield.negativeBinomial(814, 0.1, 1e7), 1e-6);
        assertTrue(DefectYield.negativeBinomial(814, 0.1, 2) > DefectYield.poisson(814, 0.1));
    }

    @Test
    void textbookFormulaIsSlightlyBelowAnExactCountOfWholeDies() {
        // Independent check of the E9 formula: count whole square dies on a grid inside the circle, best of several
        // offsets. The formula is a slightly conservative estimate of that count for dies of 50-800 mm².
        Random random = new Random(42);
        for (int trial = 0; trial < 12; trial++) {
            double area = 50 + random.nextDouble() * 750;
            double exact = bestGridCount(300, Math.sqrt(area));
            double formula = Wafer.diesPerWafer(300, area);
            assertTrue(formula <= exact + 0.5, () -> "formula " + formula + " above exact " + exact + " at " + area);
            assertTrue(formula >= 0.85 * exact, () -> "formula " + formula + " far below exact " + exact + " at " + area);
        }
    }

    @Test
    void yieldFallsAsDiesGrowAndDefectsRise() {
        Random random = new Random(7);
        for (int trial = 0; trial < 50; trial++) {
            double area = 10 + random.nextDouble() * 800;
            double d0 = random.nextDouble() * 0.5;
            double alpha = 0.5 + random.nextDouble() * 5;
            double y = DefectYield.negativeBinomial(area, d0, alpha);
            assertTrue(y > 0 && y <= 1);
            assertTrue(DefectYield.negativeBinomial(area * 1.1, d0, alpha) <= y);
            assertTrue(DefectYield.negativeBinomial(area, d0 * 1.1, alpha) <= y);
        }
    }

    private static int bestGridCount(double waferDiameterMm, double side) {
        double r = waferDiameterMm / 2;
        int best = 0;
        int steps = 8;
        for (int i = 0; i < steps; i++) {
            for (int j = 0; j < steps; j++) {
                double ox = side * i / steps;
                double oy = side * j / steps;
                int count = 0;
                int k = (int) Math.ceil(r / side) + 1;
                for (int a = -k; a <= k; a++) {
                    for (int b = -k; b <= k; b++) {
                        double x0 = a * side + ox;
                        double y0 = b * side + oy;
                        if (inside(x0, y0, r) && inside(x0 + side, y0, r) && inside(x0, y0 + side, r)
                                && inside(x0 + side, y0 + side, r)) {
                            count++;
                        }
                    }
                }
                best = Math.max(best, count);
            }
        }
        return best;
    }

    private static boolean inside(double x, double y, double r) {
        return x * x + y * y <= r * r;
    }
}
