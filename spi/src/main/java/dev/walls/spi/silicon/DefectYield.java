package dev.walls.spi.silicon;

/**
 * The fraction of dies with no killer defect, from the die area and the defect density (hardware-facts D.2 / E10).
 *
 * <p>Defects cluster on real wafers, so the negative-binomial model (Stapper) is the default: with clustering
 * parameter α it approaches Poisson as α grows and gives large dies a kinder yield than Poisson does.
 */
public final class DefectYield {

    private static final double MM2_PER_CM2 = 100.0;

    private DefectYield() {
    }

    /** Poisson yield exp(−A·D0). */
    public static double poisson(double dieAreaMm2, double defectsPerCm2) {
        return Math.exp(-defectLoad(dieAreaMm2, defectsPerCm2));
    }

    /** Negative-binomial yield (1 + A·D0/α)^(−α). */
    public static double negativeBinomial(double dieAreaMm2, double defectsPerCm2, double alpha) {
        if (!(alpha > 0)) {
            throw new IllegalArgumentException("clustering alpha must be positive, got " + alpha);
        }
        return Math.pow(1 + defectLoad(dieAreaMm2, defectsPerCm2) / alpha, -alpha);
    }

    /** Expected killer defects per die, A·D0, with A converted from mm² to cm². */
    private static double defectLoad(double dieAreaMm2, double defectsPerCm2) {
        if (!(dieAreaMm2 >= 0) || !(defectsPerCm2 >= 0)) {
            throw new IllegalArgumentException("die area and defect density must not be negative, got "
                    + dieAreaMm2 + " mm² and " + defectsPerCm2 + " /cm²");
        }
        return dieAreaMm2 / MM2_PER_CM2 * defectsPerCm2;
    }
}
