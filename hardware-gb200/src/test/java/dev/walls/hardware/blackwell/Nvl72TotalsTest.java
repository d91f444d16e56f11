package dev.walls.hardware.blackwell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.system.Level;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.StackFeature;
import dev.walls.spi.system.SystemSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rack totals computed from the specs (units × per-unit figures) reproduce NVIDIA's published ones. */
class Nvl72TotalsTest {

    private static final SystemSpec GB200 = Gb200Nvl72System.spec();
    private static final SystemSpec GB300 = Gb300Nvl72System.spec();

    private static Level level(SystemSpec s, String name) {
        return s.levels().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    private static double peak(SystemSpec s, Precision p) {
        return s.accelerators() * s.accelerator().peak(p).orElseThrow().nominal();
    }

    private static double hbmBytes(SystemSpec s) {
        return s.accelerators() * s.accelerator().memory().get(0).capacityBytes().nominal();
    }

    private static double hbmBandwidth(SystemSpec s) {
        return s.accelerators() * s.accelerator().memory().get(0).bandwidthBytesPerSecond().nominal();
    }

    private static double nvlinkBidirectional(SystemSpec s) {
        Level rack = level(s, "NVL72 rack");
        return 2 * s.acceleratorsPerUnit(rack) * rack.fabric().orElseThrow().bandwidthBytesPerSecondPerAccelerator().nominal();
    }

    private static double powerWatts(SystemSpec s) {
        return s.accelerators() * s.accelerator().powerWatts().nominal()
                + s.levels().stream().mapToDouble(l -> s.levelPowerWatts(l).nominal()).sum();
    }

    @Test
    void gb200RackHasSeventyTwoGpusAndThirteenPointFourTerabytesOfHbm() {
        assertEquals(72, GB200.accelerators());
        assertEquals(18, GB200.units(level(GB200, "compute tray")));
        assertEquals(13.4e12, hbmBytes(GB200), 0.05e12);
        assertEquals(576e12, hbmBandwidth(GB200), 1e9);
    }

    @Test
    void gb200RackHasOneHundredThirtyTerabytesPerSecondOfNvlink() {
        assertEquals(130e12, nvlinkBidirectional(GB200), 0.5e12);
    }

    @Test
    void gb200RackPeaksAtOneEightyPetaflopsBf16AndThreeSixtyFp8Dense() {
        assertEquals(180e15, peak(GB200, Precision.BF16), 1e12);
        assertEquals(360e15, peak(GB200, Precision.FP8), 1e12);
        assertEquals(720e15, peak(GB200, Precision.FP4), 1e12);
    }

    @Test
    void gb200GraceMemoryIsSeventeenTerabytesAtUpToEighteenTerabytesPerSecond() {
        Level tray = level(GB200, "compute tray");
        var lpddr = tray.memory().get(0);
        assertEquals(17.28e12, GB200.units(tray) * lpddr.capacityBytes().nominal(), 1e9);
        assertEquals(18.4e12, GB200.units(tray) * lpddr.bandwidthBytesPerSecond().high(), 0.05e12);
        assertTrue(lpddr.bandwidthBytesPerSecond().nominal() <= 2 * ComputeTray.C2C_BYTES_PER_SECOND_BIDIRECTIONAL / 2,
                "the GPUs cannot stream Grace memory faster than NVLink-C2C per direction");
    }

    @Test
    void gb200RackDrawsOneTwentyKilowattsAndAnEightRackUnitOnePointTwoMegawatts() {
        double rackOnly = powerWatts(GB200) - GB200.levelPowerWatts(level(GB200, "cluster")).nominal();
        assertEquals(120_000, rackOnly, 1, "the rack itself, without its share of the scale-out network");
        SystemSpec su = GB200.withAccelerators(576);
        assertEquals(8, su.units(level(su, "NVL72 rack")));
        assertEquals(1.2e6, powerWatts(su), 1);
    }

    @Test
    void gb300RackHasTwentyPointSevenTerabytesOfHbmAndAnExaflopOfFp4() {
        assertEquals(20.7e12, hbmBytes(GB300), 0.05e12);
        assertEquals(576e12, hbmBandwidth(GB300), 1e9);
        assertEquals(1_080e15, peak(GB300, Precision.FP4), 1e12);
        assertEquals(360e15, peak(GB300, Precision.FP8), 1e12);
        assertEquals(180e15, peak(GB300, Precision.BF16), 1e12);
        assertEquals(100.8e3, GB300.accelerators() * GB300.accelerator().powerWatts().nominal(), 1e-6);
    }

    @Test
    void scaleOutIsFourHundredGigabitsPerGpuOnGb200AndEightHundredOnGb300() {
        assertEquals(50e9, level(GB200, "cluster").fabric().orElseThrow().bandwidthBytesPerSecondPerAccelerator().nominal());
        assertEquals(100e9, level(GB300, "cluster").fabric().orElseThrow().bandwidthBytesPerSecondPerAccelerator().nominal());
        assertTrue(level(GB200, "cluster").isOpenEnded());
    }

    @Test
    void racksResizeInWholeRacksUpToASuperPod() {
        for (SystemSpec s : List.of(GB200, GB300)) {
            assertEquals(144, s.withAccelerators(144).accelerators());
            assertEquals(9_216, s.withAccelerators(9_216).accelerators());
            assertThrows(IllegalArgumentException.class, () -> s.withAccelerators(100));
            assertThrows(IllegalArgumentException.class, () -> s.withAccelerators(9_288));
        }
    }

    @Test
    void matureStackSupportsFp8AndCommunicationOverlap() {
        assertTrue(GB200.software().supports(StackFeature.FP8_TRAINING));
        assertTrue(GB200.software().supports(StackFeature.TP_COMM_OVERLAP));
        assertTrue(GB200.software().supports(StackFeature.FLASH_ATTENTION));
    }
}
