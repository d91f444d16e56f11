package dev.walls.hardware.teslaai;

import dev.walls.spi.figure.Figures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.figure.Confidence;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.Precision;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tesla's relation claims hold between the nominal values, and every claim or rumor is a range. */
class TeslaAiClaimsTest {

    private static final AcceleratorSpec AI4 = Ai4.accelerator();
    private static final AcceleratorSpec AI5 = Ai5.accelerator();
    private static final AcceleratorSpec AI6 = Ai6.accelerator();

    private static double ratio(Figure a, Figure b) {
        return a.nominal() / b.nominal();
    }

    @Test
    void ai5ComputeIsEightToTenTimesAi4() {
        double r = ratio(AI5.peak(Precision.INT8).orElseThrow(), AI4.peak(Precision.INT8).orElseThrow());
        assertTrue(r >= 8 && r <= 10, "AI5/AI4 compute " + r);
    }

    @Test
    void ai5MemoryIsAbout144Gigabytes() {
        assertEquals(144e9, AI5.memory().get(0).capacityBytes().nominal(), 1e6);
    }

    @Test
    void twoAi5AreBlackwellClassAtBf16() {
        double dual = 2 * AI5.peak(Precision.BF16).orElseThrow().nominal();
        assertTrue(dual >= 2_250e12 && dual <= 2_500e12, "dual AI5 BF16 " + dual + " vs B200 HGX 2,250 / GB200 2,500 (N2)");
        assertTrue(2 * AI5.peak(Precision.BF16).orElseThrow().high() <= 2_500e12 + 1);
    }

    @Test
    void ai6IsBuiltOnSamsungSf2() {
        assertEquals("Samsung SF2", AI6.silicon().orElseThrow().processNode());
    }

    @Test
    void ai5PowerSpansTheConflictingClaimsAndItsDieIsHalfAReticle() {
        Figure power = AI5.powerWatts();
        assertEquals(250, power.low());
        assertEquals(800, power.high());
        Figure area = AI5.silicon().orElseThrow().dieAreaMm2();
        assertTrue(area.low() <= 858.0 / 2 && 858.0 / 2 <= area.high(), "half reticle 429 mm2 in " + area);
        assertTrue(area.high() < 858, "below the reticle");
    }

    @Test
    void everyClaimOrRumorIsAnOrderedRange() {
        int claims = 0;
        for (AcceleratorSpec chip : List.of(AI5, AI6)) {
            for (Figures.Located f : Figures.in(chip)) {
                assertTrue(f.figure().isUncertain(), chip.name() + " " + f.path() + " is a point value but AI5/AI6 are claims only");
                claims++;
            }
        }
        assertTrue(claims > 10, "AI5's and AI6's figures were walked: " + claims);
        for (Figures.Located f : Figures.in(AI4)) {
            Confidence c = f.figure().provenance().confidence();
            if (c == Confidence.RUMOR || c == Confidence.ANALYST_ESTIMATE) {
                assertTrue(f.figure().isUncertain(), "AI4 " + f.path());
            }
        }
    }

    @Test
    void noAi5OrAi6FigureClaimsMoreThanAVendorStatement() {
        for (AcceleratorSpec chip : List.of(AI5, AI6)) {
            for (Figures.Located f : Figures.in(chip)) {
                Confidence c = f.figure().provenance().confidence();
                assertNotEquals(Confidence.MEASURED, c, chip.name() + " " + f.path() + ": neither chip has shipped");
            }
        }
    }
}
