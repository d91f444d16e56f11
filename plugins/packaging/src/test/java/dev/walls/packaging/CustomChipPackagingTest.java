package dev.walls.packaging;

import static dev.walls.packaging.TestSystems.GB;
import static dev.walls.packaging.TestSystems.f;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.silicon.PackageContents;
import dev.walls.spi.silicon.PackageTechnology;
import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.FabricSpec;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.LevelKind;
import dev.walls.spi.system.MemoryKind;
import dev.walls.spi.system.MemoryTier;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.Scaling;
import dev.walls.spi.system.SiliconSpec;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.system.Topology;
import dev.walls.spi.wall.WallAssessment;
import dev.walls.spi.wall.WallStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A chip the walls do not know, as an architect writes it: HBM4 stacks, a scale-up pod that is a rack only because
 * the spec says so, a package technology or process node walls has no model of.
 */
class CustomChipPackagingTest {

    private final PackagingWall wall = new PackagingWall();

    /** A 2 × 800 mm² N3 package at {@code watts}, with its HBM, 64 to a scale-up pod. */
    private static SystemSpec chip(MemoryTier hbm, double watts, String node, String packaging, Level pod) {
        AcceleratorSpec a = new AcceleratorSpec("R1", Map.of(Precision.BF16, f(2.5e15)), List.of(hbm), f(watts), f(30_000),
                Optional.of(new SiliconSpec(node, f(800), 2, packaging)));
        Level cluster = new Level("cluster", 0, Optional.of(new FabricSpec("ethernet", Topology.FAT_TREE, f(100e9),
                f(5e-6))), List.of(), f(50), f(3_000), LevelKind.OTHER, Optional.empty());
        return new SystemSpec("r1", "R1", "test", a, List.of(pod, cluster), 1024, new Scaling(64, 64, 16_384),
                TestSystems.stack(), TestSystems.TEST);
    }

    private static Level pod(String name, LevelKind kind, Optional<Figure> powerLimit) {
        return new Level(name, 64, Optional.of(new FabricSpec("switched", Topology.SWITCHED, f(900e9), f(2e-6))),
                List.of(), f(40_000), f(1_500_000), kind, powerLimit);
    }

    private static MemoryTier hbm(double gigabytes, int stacks) {
        return new MemoryTier("HBM4", MemoryKind.HBM, f(gigabytes * GB), f(8e12), stacks);
    }

    private WallAssessment assess(SystemSpec system) {
        return wall.assess(TestSystems.context(system, 1.0));
    }

    private static SystemSpec plain(MemoryTier hbm) {
        return chip(hbm, 1000, "TSMC N3", "CoWoS-L", pod("scale-up pod", LevelKind.OTHER, Optional.empty()));
    }

    @Test
    void hbm4CapacitiesInferStacksOf48And64GigabytesAnd512GigabytesFitsCoWoSL() {
        assertEquals(8, PackageContents.hbmStacks(plain(hbm(512, 0)).accelerator(), 8), "8 × 64 GB, not 14 × 36 GB");
        assertEquals(8, PackageContents.hbmStacks(plain(hbm(384, 0)).accelerator(), 8), "8 × 48 GB");
        WallAssessment a = assess(plain(hbm(512, 0)));
        assertEquals(8.0, a.metrics().get("hbmStacksPerPackage"));
        assertTrue(a.status() != WallStatus.BLOCKED, a.finding());
        assertTrue(a.metrics().get("packageAreaMm2") < a.metrics().get("packageLimitMm2"), a.metrics().toString());
        assertTrue(a.finding().contains("2 dies + 8 HBM inferred from the capacity"), a.finding());
    }

    @Test
    void aStatedStackCountIsTheOneThePackageCarries() {
        SystemSpec four = plain(hbm(192, 4));
        assertEquals(4, PackageContents.hbmStacks(four.accelerator(), 8));
        assertTrue(PackageContents.hbmStacksGiven(four.accelerator()));
        WallAssessment a = assess(four);
        assertEquals(4.0, a.metrics().get("hbmStacksPerPackage"));
        assertEquals(1.0, a.metrics().get("hbmStacksGiven"));
        assertTrue(a.finding().contains("2 dies + 4 HBM, stacks as the spec gives"), a.finding());
        // inferred, the same capacity is eight 24 GB stacks: a larger package of more parts
        WallAssessment inferred = assess(plain(hbm(192, 0)));
        assertEquals(8.0, inferred.metrics().get("hbmStacksPerPackage"));
        assertTrue(inferred.metrics().get("packageAreaMm2") > a.metrics().get("packageAreaMm2"));
        assertTrue(inferred.metrics().get("packageYield") < a.metrics().get("packageYield"));
    }

    @Test
    void aStackLargerThanAnySourcedOneIsSaid() {
        PackageContents.HbmStacks stacks = PackageContents.of(hbm(512, 4), 8);
        assertTrue(stacks.given() && stacks.aboveLargestKnownStack(), stacks.toString());
        assertTrue(assess(plain(hbm(512, 4))).finding().contains("128 GB per stack is above the largest stack"));
    }

    /** 64 accelerators at 2 kW and 40 kW of switches: 168 kW per pod. */
    @Test
    void aRackIsWhatTheSpecSaysNotWhatItIsNamed() {
        WallAssessment pod = assess(chip(hbm(192, 0), 2000, "TSMC N3", "CoWoS-L",
                pod("scale-up pod", LevelKind.RACK, Optional.empty())));
        assertEquals(168_000, pod.metrics().get("wattsPerScaleUpPod"), 1e-6);
        assertEquals(WallStatus.BLOCKED, pod.status(), pod.finding());
        assertTrue(pod.finding().startsWith("one scale-up pod draws 168 kW, above the 132 kW rack envelope"), pod.finding());

        WallAssessment namedRack = assess(chip(hbm(192, 0), 2000, "TSMC N3", "CoWoS-L",
                pod("rack", LevelKind.OTHER, Optional.empty())));
        assertTrue(namedRack.status() != WallStatus.BLOCKED, namedRack.finding());
        assertTrue(namedRack.finding().contains("no level is a rack (kind: rack) or states a powerLimit"),
                namedRack.finding());
    }

    @Test
    void aLevelsOwnPowerLimitHoldsItInsteadOfTheRackEnvelope() {
        Figure limit150 = Figure.of(150_000, TestSystems.TEST);
        WallAssessment over = assess(chip(hbm(192, 0), 2000, "TSMC N3", "CoWoS-L",
                pod("scale-up pod", LevelKind.OTHER, Optional.of(limit150))));
        assertEquals(WallStatus.BLOCKED, over.status(), over.finding());
        assertTrue(over.finding().startsWith("one scale-up pod draws 168 kW, above the 150 kW it is rated for (powerLimit)"),
                over.finding());
        // a 200 kW liquid-cooled rack holds what the 132 kW envelope would block
        WallAssessment within = assess(chip(hbm(192, 0), 2000, "TSMC N3", "CoWoS-L",
                pod("scale-up pod", LevelKind.RACK, Optional.of(Figure.of(200_000, TestSystems.TEST)))));
        assertEquals(WallStatus.OK, within.status(), within.finding());
        assertEquals(200_000, within.metrics().get("maxWattsPerScaleUpPod"), 1e-9);
    }

    /** A plugin built against SPI 1.7 had no kinds: its "NVL72 rack" is still a rack, as the walls read it then. */
    @Test
    void aLevelBuiltWithoutAKindTakesItFromItsNameAsBefore() {
        Level legacy = new Level("NVL72 rack", 72, Optional.empty(), List.of(), f(0), f(0));
        assertEquals(LevelKind.RACK, legacy.kind());
        assertEquals(LevelKind.TILE, new Level("training tile", 25, Optional.empty(), List.of(), f(0), f(0)).kind());
        assertEquals(LevelKind.OTHER, new Level("rack-scale cluster", 0, Optional.empty(), List.of(), f(0), f(0)).kind());
        assertEquals(LevelKind.OTHER, new Level("scale-up pod", 64, Optional.empty(), List.of(), f(0), f(0)).kind());
    }

    @Test
    void aPluginsUnknownPackagingTextIsAssessedAsAFallbackAndSaidToBe() {
        WallAssessment emib = assess(chip(hbm(192, 0), 1000, "TSMC N3", "EMIB",
                pod("scale-up pod", LevelKind.OTHER, Optional.empty())));
        assertEquals(1.0, emib.metrics().get("packagingUnknown"));
        assertTrue(emib.finding().contains("'EMIB' is no package technology walls models"), emib.finding());
        assertTrue(emib.finding().contains("assessed as flip-chip"), emib.finding());
        assertFalse(assess(plain(hbm(192, 0))).metrics().containsKey("packagingUnknown"));
    }

    @Test
    void anUnknownProcessSaysItsDefectDensityIsTheFallback() {
        WallAssessment intel = assess(chip(hbm(192, 0), 1000, "Intel 18A", "CoWoS-L",
                pod("scale-up pod", LevelKind.OTHER, Optional.empty())));
        assertEquals(1.0, intel.metrics().get("processNodeUnknown"));
        assertTrue(intel.finding().contains("'Intel 18A' is no node in the defect-density table"), intel.finding());
        assertTrue(intel.finding().contains("D0 is the fallback 0.15/cm²"), intel.finding());
        assertFalse(assess(plain(hbm(192, 0))).metrics().containsKey("processNodeUnknown"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EMIB", "Intel Foveros", "TSMC SoIC", "CoWoS-R", "Samsung I-Cube"})
    void packagingTextsWallsDoesNotModelAreNotRecognized(String text) {
        assertTrue(PackageTechnology.recognize(text).isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CoWoS-S", "TSMC CoWoS", "CoWoS-L", "InFO_SoW", "TSMC InFO_SoW", "wafer-scale", "FC-BGA",
            "flip-chip BGA", "organic substrate"})
    void packagingTextsWallsModelsAreRecognizedAsBefore(String text) {
        assertEquals(Optional.of(PackageTechnology.of(text)), PackageTechnology.recognize(text), text);
    }
}
