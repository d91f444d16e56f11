package dev.walls.economics;

/**
 * Dies per wafer and die yield, the formulas of hardware-facts.md D.2 (E9, E10): DPW ≈ π·(d/2)²/A − π·d/√(2A), and
 * the negative-binomial yield (1 + A·D0/α)^(−α). The same formulas as the packaging wall's, kept here because plugins
 * may not depend on each other.
 */
final class SiliconMath {

    private SiliconMath() {
    }

    /** Whole dies on a wafer, edge loss removed; never negative. */
    static double diesPerWafer(double waferDiameterMm, double dieAreaMm2) {
        double d = waferDiameterMm;
        return Math.max(0, Math.PI * d * d / 4 / dieAreaMm2 - Math.PI * d / Math.sqrt(2 * dieAreaMm2));
    }

    /** Negative-binomial yield, with the area in mm² and D0 in defects per cm². */
    static double negativeBinomialYield(double dieAreaMm2, double defectsPerCm2, double alpha) {
        return Math.pow(1 + dieAreaMm2 / 100.0 * defectsPerCm2 / alpha, -alpha);
    }
}
