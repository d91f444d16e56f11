package dev.walls.hardware.dojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.system.Level;
import dev.walls.spi.system.MemoryKind;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.SystemSpec;
import org.junit.jupiter.api.Test;

/** Totals derived from the specs (units × per-unit figures) reproduce Tesla's published ones. */
class DojoSystemsTest {

    private static final SystemSpec EXAPOD = DojoExaPodSystem.spec();
    private static final SystemSpec TILE = DojoTileSystem.spec();

    private static Level level(SystemSpec s, String name) {
        return s.levels().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    private static double peak(SystemSpec s, Precision p) {
        return s.accelerators() * s.accelerator().peak(p).orElseThrow().nominal();
    }

    private static double sramBytes(SystemSpec s) {
        return s.accelerators() * s.accelerator().memory().stream()
                .filter(t -> t.kind() == MemoryKind.SRAM).mapToDouble(t -> t.capacityBytes().nominal()).sum();
    }

    private static double levelMemoryBytes(SystemSpec s) {
        return s.levels().stream().mapToDouble(l -> s.units(l)
                * l.memory().stream().mapToDouble(t -> t.capacityBytes().nominal()).sum()).sum();
    }

    private static double powerWatts(SystemSpec s) {
        return s.accelerators() * s.accelerator().powerWatts().nominal()
                + s.levels().stream().mapToDouble(l -> s.units(l) * l.powerWattsPerUnit().nominal()).sum();
    }

    @Test
    void exapodHasThreeThousandD1InOneHundredTwentyTiles() {
        assertEquals(3_000, EXAPOD.accelerators());
        assertEquals(120, EXAPOD.units(level(EXAPOD, "training tile")));
        assertEquals(20, EXAPOD.units(level(EXAPOD, "system tray")));
        assertEquals(10, EXAPOD.units(level(EXAPOD, "cabinet")));
    }

    @Test
    void exapodPeakIsOnePointZeroNineExaflopsBf16() {
        assertEquals(1.086e18, peak(EXAPOD, Precision.BF16), 0.001e18);
        assertEquals(1.1e18, peak(EXAPOD, Precision.FP8), 0.05e18, "Tesla rounds to 1.1 EFLOPS");
        assertEquals(67.8e15, peak(EXAPOD, Precision.FP32), 0.1e15);
    }

    @Test
    void exapodHoldsOnePointThreeThreeTerabytesOfSramAndThirteenOfHbm() {
        assertEquals(1.33e12, sramBytes(EXAPOD), 0.01e12);
        assertEquals(12.8e12, levelMemoryBytes(EXAPOD), 1e9, "20 trays x 20 DIP x 32 GB");
        assertEquals(13e12, levelMemoryBytes(EXAPOD), 0.25e12, "Tesla's rounded 13 TB");
    }

    @Test
    void exapodDrawsAboutTwoMegawatts() {
        double watts = powerWatts(EXAPOD);
        assertTrue(watts >= 1.8e6 && watts <= 2.2e6, "ExaPOD nominal power " + watts);
        double tilesOnly = EXAPOD.units(level(EXAPOD, "training tile")) * TrainingTile.TILE_POWER_WATTS;
        assertEquals(1.8e6, tilesOnly, 1);
    }

    @Test
    void tileHasNinePetaflopsElevenGigabytesAndThirtySixTerabytesPerSecondOffTile() {
        assertEquals(25, TILE.accelerators());
        assertEquals(9.05e15, peak(TILE, Precision.BF16), 0.01e15);
        assertEquals(565e12, peak(TILE, Precision.FP32), 1e12);
        assertEquals(11e9, sramBytes(TILE), 0.1e9);
        Level tray = level(TILE, "system tray");
        double offTile = TrainingTile.D1_PER_TILE * tray.fabric().orElseThrow().bandwidthBytesPerSecondPerAccelerator().nominal();
        assertEquals(36e12, offTile, 1e9);
        double tilePower = TILE.accelerators() * TILE.accelerator().powerWatts().nominal()
                + level(TILE, "training tile").powerWattsPerUnit().nominal();
        assertEquals(15_000, tilePower, 1e-9);
    }

    @Test
    void tileBisectionMatchesFiveMeshLinksAtTheLowEndOfTheFabricRange() {
        var fabric = level(TILE, "training tile").fabric().orElseThrow();
        assertEquals(TrainingTile.BISECTION_BYTES_PER_SECOND, 5 * fabric.bandwidthBytesPerSecondPerAccelerator().low(), 1);
    }

    @Test
    void trayHbmIsTwentyDipsOfThirtyTwoGigabytesAtEightHundredGigabytesPerSecond() {
        var hbm = level(EXAPOD, "system tray").memory().get(0);
        assertSame(MemoryKind.HBM, hbm.kind());
        assertEquals(640e9, hbm.capacityBytes().nominal(), 1);
        assertEquals(16e12, hbm.bandwidthBytesPerSecond().nominal(), 1);
    }

    @Test
    void tileSystemResizesInWholeTilesUpToOneExapod() {
        assertEquals(3_000, TILE.withAccelerators(3_000).accelerators());
        assertEquals(50, TILE.withAccelerators(50).accelerators());
        assertThrows(IllegalArgumentException.class, () -> TILE.withAccelerators(3_025));
        assertThrows(IllegalArgumentException.class, () -> TILE.withAccelerators(30));
    }

    @Test
    void exapodResizesInTilesBeyondOneExapod() {
        SystemSpec seven = EXAPOD.withAccelerators(21_000);
        assertEquals(7, seven.units(level(seven, "cabinet")) / ExaPod.CABINETS);
        assertEquals(1, seven.units(seven.levels().get(seven.levels().size() - 1)));
        assertThrows(IllegalArgumentException.class, () -> EXAPOD.withAccelerators(3_010));
    }

    @Test
    void outermostLevelIsOpenEnded() {
        Level last = EXAPOD.levels().get(EXAPOD.levels().size() - 1);
        assertTrue(last.isOpenEnded());
        assertFalse(EXAPOD.levels().subList(0, EXAPOD.levels().size() - 1).stream().anyMatch(Level::isOpenEnded));
    }
}
