package dev.walls.packaging;

import dev.walls.spi.silicon.PackageTechnology;
import static dev.walls.packaging.TestSystems.GB;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.walls.spi.system.SiliconSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PackageLayoutTest {

    @ParameterizedTest
    @CsvSource({"40, 5", "80, 5", "141, 6", "186, 8", "192, 8", "288, 8", "95, 6"})
    void infersHbmStacksFromCapacity(double gigabytes, int stacks) {
        var chip = TestSystems.accelerator("x", 1e15, gigabytes * GB, 700, 1, new SiliconSpec("TSMC N5", TestSystems.f(800), 1, "CoWoS-S"));
        assertEquals(stacks, dev.walls.spi.silicon.PackageContents.hbmStacks(chip, 8));
    }

    @Test
    void aDojoTileHoldsTwentyFiveAcceleratorsAndFortyIoDies() {
        PackageLayout tile = PackageLayout.of(TestSystems.dojo(3000), SiliconAssumptions.defaults(), AssemblyAssumptions.defaults());
        assertEquals(PackageTechnology.INFO_SOW, tile.technology());
        assertEquals(25, tile.acceleratorsPerPackage());
        assertEquals(1, tile.diesPerAccelerator());
        assertEquals(40, tile.ioDiesPerPackage());
        assertEquals(65, tile.componentsPerPackage());
        assertEquals(25 * 645, tile.packageAreaMm2(), 1e-9);
        assertEquals(15_000, tile.packageWatts(), 1e-9); // 25 × 400 W + 5 kW of VRMs (A.2)
    }

    @Test
    void aB200PackageIsTwoDiesAndEightStacksOnCoWoSL() {
        PackageLayout b200 = PackageLayout.of(TestSystems.gb200(72, 20_000), SiliconAssumptions.defaults(), AssemblyAssumptions.defaults());
        assertEquals(PackageTechnology.COWOS_L, b200.technology());
        assertEquals(2, b200.computeDiesPerPackage());
        assertEquals(8, b200.hbmStacksPerPackage());
        assertEquals((2 * 800 + 8 * 110) * 1.1, b200.packageAreaMm2(), 1e-9);
        assertEquals(3.5 * 858, b200.packageLimitMm2(), 1e-9);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"CoWoS-S|COWOS_S", "TSMC CoWoS-L|COWOS_L", "InFO_SoW|INFO_SOW",
            "TSMC InFO-SoW (system-on-wafer)|INFO_SOW", "flip-chip BGA|FLIP_CHIP"})
    void readsPackagingTexts(String text, PackageTechnology technology) {
        assertEquals(technology, PackageTechnology.of(text));
    }
}
