package dev.walls.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.figure.Confidence;
import dev.walls.spi.figure.Figure;
import org.junit.jupiter.api.Test;

/** The economics defaults cite the source their value comes from, with the confidence that source has. */
class DefaultsProvenanceTest {

    /**
     * 3,000 D1 is what one ExaPOD holds (a vendor claim); how many D1 the program built, over which its NRE spreads,
     * nobody has stated: a reading of the claims, so an analyst estimate. It is Dojo's second-largest cost driver.
     */
    @Test
    void theDojoProgramsVolumeIsAnEstimateNotAVendorClaim() {
        CustomProgram dojo = CustomProgram.defaults().stream().filter(p -> p.family().equals("D1")).findFirst().orElseThrow();
        Figure volume = dojo.volumeAccelerators();
        assertEquals(Confidence.ANALYST_ESTIMATE, volume.provenance().confidence(), volume.provenance().toString());
        assertEquals(3_000, volume.nominal());
        assertEquals(21_000, volume.high());
        assertTrue(volume.provenance().source().contains("one ExaPOD holds 3,000 D1"), volume.provenance().source());
        assertTrue(volume.provenance().source().contains("7 ExaPODs planned"), volume.provenance().source());
    }

    /** 16,988 is CSET's N5 price (E1), which N4 takes as an N5-family node; E15 gives only the range's ends. */
    @Test
    void theN4WaferPriceCitesWhereItsNominalComesFrom() {
        Figure n4 = SiliconCostAssumptions.defaultWaferPrices().forNode("TSMC 4NP");
        assertEquals(16_988, n4.nominal());
        assertEquals(SiliconCostAssumptions.defaultWaferPrices().forNode("TSMC N5").nominal(), n4.nominal(),
                "N4 is priced as the N5 family");
        assertTrue(n4.provenance().source().contains("E1 (CSET 2020: N5 16,988"), n4.provenance().source());
        assertTrue(n4.provenance().source().contains("E15"), n4.provenance().source());
        assertEquals(13_400, n4.low());
        assertEquals(20_000, n4.high());
    }
}
