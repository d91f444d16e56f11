package dev.walls.spi.silicon;

/**
 * How many dies of a given area a round wafer holds.
 *
 * <p>{@link #diesPerWafer} is the textbook estimate of hardware-facts D.2 / E9, DPW ≈ π·(d/2)²/A − π·d/√(2A): the
 * second term removes the partial dies along the edge. {@link #grossDiesPerWafer} is the plain area ratio, which is
 * what press estimates call "candidates" (E15's ~86 for the 814 mm² H100).
 */
public final class Wafer {

    private Wafer() {
    }

    /** Whole dies of {@code dieAreaMm2} on a wafer of {@code waferDiameterMm}, edge loss removed; never negative. */
    public static double diesPerWafer(double waferDiameterMm, double dieAreaMm2) {
        requirePositive(waferDiameterMm, dieAreaMm2);
        double d = waferDiameterMm;
        double dpw = Math.PI * d * d / 4 / dieAreaMm2 - Math.PI * d / Math.sqrt(2 * dieAreaMm2);
        return Math.max(0, dpw);
    }

    /** Wafer area over die area: the count before edge loss. */
    public static double grossDiesPerWafer(double waferDiameterMm, double dieAreaMm2) {
        requirePositive(waferDiameterMm, dieAreaMm2);
        return Math.PI * waferDiameterMm * waferDiameterMm / 4 / dieAreaMm2;
    }

    private static void requirePositive(double waferDiameterMm, double dieAreaMm2) {
        if (!(waferDiameterMm > 0) || !(dieAreaMm2 > 0)) {
            throw new IllegalArgumentException("wafer diameter and die area must be positive, got "
                    + waferDiameterMm + " mm and " + dieAreaMm2 + " mm²");
        }
    }
}
