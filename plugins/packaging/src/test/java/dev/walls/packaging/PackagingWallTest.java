package dev.walls.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.WallsPlugin;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.system.Scaling;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.system.Topology;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import dev.walls.spi.wall.WallStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackagingWallTest {

    private final PackagingWall wall = new PackagingWall();

    @Test
    void aDieBeyondTheReticleIsBlocked() {
        WallAssessment a = wall.assess(TestSystems.context(TestSystems.single(900, 300, "TSMC N5"), 1.0));
        assertEquals(WallStatus.BLOCKED, a.status());
        assertTrue(a.finding().contains("reticle"), a.finding());
    }

    @Test
    void aDieJustInsideTheReticleIsNotBlockedForItsSize() {
        WallAssessment a = wall.assess(TestSystems.context(TestSystems.single(850, 300, "TSMC N5"), 1.0));
        assertTrue(a.status() != WallStatus.BLOCKED, a.finding());
    }

    @Test
    void anH100NodeIsBuildableWithSixtyPercentDieYield() {
        WallAssessment a = wall.assess(TestSystems.context(TestSystems.dgxH100(8), 1.0));
        assertEquals(WallStatus.OK, a.status(), a.finding());
        assertEquals(0.606, a.metrics().get("dieYield"), 0.005); // NB(α=2), 8.14 cm² × 0.07/cm²
        assertEquals(5.0, a.metrics().get("hbmStacksPerPackage"));
        assertEquals(700 / 814.0, a.metrics().get("wattsPerMm2"), 1e-12);
        assertEquals(a.metrics().get("diesPerWafer") * a.metrics().get("dieYield"), a.metrics().get("goodDiesPerWafer"), 1e-9);
    }

    @Test
    void aPackageBeyondItsInterposerIsBlocked() {
        // three near-reticle dies and eight stacks need ~3,600 mm², above CoWoS-L's 3.5 reticles (3,003 mm²)
        SystemSpec base = TestSystems.gb200(72, 20_000);
        var silicon = new dev.walls.spi.system.SiliconSpec("TSMC 4NP", TestSystems.f(800), 3, "CoWoS-L");
        var chip = TestSystems.accelerator("triple", 3e15, 186 * TestSystems.GB, 1200, 1, silicon);
        SystemSpec triple = new SystemSpec(base.id(), base.name(), base.description(), chip, base.levels(), 72,
                base.scaling(), base.software(), base.provenance());
        WallAssessment a = wall.assess(TestSystems.context(triple, 1.0));
        assertEquals(WallStatus.BLOCKED, a.status());
        assertTrue(a.finding().contains("CoWoS-L package needs"), a.finding());
    }

    @Test
    void siliconHotterThanTheColdPlateIsBlocked() {
        // AI5's high claim: 800 W on a half-reticle 430 mm² die (C / T4) is 1.86 W/mm²
        assertEquals(WallStatus.BLOCKED, wall.assess(TestSystems.context(TestSystems.single(430, 800, "TSMC N3"), 1.0)).status());
        WallAssessment cool = wall.assess(TestSystems.context(TestSystems.single(430, 250, "TSMC N3"), 1.0));
        assertEquals(WallStatus.OK, cool.status(), cool.finding());
    }

    @Test
    void aRackBeyondItsPowerEnvelopeIsBlocked() {
        // 72 × 1.2 kW + 18 trays × 0.9 kW = 102.6 kW before the rack's own power
        WallAssessment within = wall.assess(TestSystems.context(TestSystems.gb200(72, 10_000), 1.0));
        assertEquals(112_600, within.metrics().get("wattsPerNVL72Rack"), 1e-6);
        assertTrue(within.status() != WallStatus.BLOCKED, within.finding());
        WallAssessment beyond = wall.assess(TestSystems.context(TestSystems.gb200(72, 40_000), 1.0));
        assertEquals(WallStatus.BLOCKED, beyond.status());
        assertTrue(beyond.finding().contains("rack envelope"), beyond.finding());
    }

    @Test
    void aRackWithinFivePercentOfItsEnvelopeIsStrained() {
        // 102.6 kW + 25 kW = 127.6 kW: 97 % of the 132 kW envelope
        WallAssessment a = wall.assess(TestSystems.context(TestSystems.gb200(72, 25_000), 1.0));
        assertEquals(WallStatus.STRAINED, a.status(), a.finding());
        assertTrue(a.finding().startsWith("one NVL72 rack draws 128 kW, within 5%"), a.finding());
    }

    @Test
    void aDojoTileIsStrainedByAssemblingSixtyFiveDies() {
        WallAssessment a = wall.assess(TestSystems.context(TestSystems.dojo(3000), 1.0));
        assertEquals(WallStatus.STRAINED, a.status(), a.finding());
        assertEquals(0.9 * Math.pow(0.99, 65), a.metrics().get("packageYield"), 1e-12);
        assertEquals(25.0, a.metrics().get("acceleratorsPerPackage"));
        assertEquals(25.0, a.metrics().get("repairUnitAccelerators"));
        assertEquals(15_000.0, a.metrics().get("packageWatts"));
    }

    @Test
    void aFailureTakesDownWhatTheLayoutsTensorGroupNeeds() {
        assertEquals(8.0, metric(TestSystems.dgxH100(64), "tp=8", "blastRadiusAccelerators"));
        assertEquals(8.0, metric(TestSystems.dgxH100(64), "tp=1", "blastRadiusAccelerators"));
        assertEquals(4.0, metric(TestSystems.gb200(144, 20_000), "tp=1", "blastRadiusAccelerators"));
        assertEquals(72.0, metric(TestSystems.gb200(144, 20_000), "tp=8", "blastRadiusAccelerators"));
        assertEquals(25.0, metric(TestSystems.dojo(3000), "tp=5", "blastRadiusAccelerators"));
        assertEquals(150.0, metric(TestSystems.dojo(3000), "tp=50", "blastRadiusAccelerators"));
    }

    /**
     * A tensor×context group wider than an H100 node spans nodes of the InfiniBand fat tree, which joins any nodes: a
     * failure takes out the group's nodes, and the group is re-formed on spare ones, so the blast radius is the group in
     * whole nodes, not the 9,216-GPU cluster (whose spares were then 100 % of it).
     */
    @Test
    void aGroupAcrossASwitchedScaleOutTakesOutItsNodesOnly() {
        SystemSpec h100 = TestSystems.dgxH100(9216);
        assertEquals(16.0, metric(h100, "tp=16", "blastRadiusAccelerators"));
        assertEquals(32.0, metric(h100, "tp=8,cp=4", "blastRadiusAccelerators"));
        assertEquals(16.0, metric(h100, "tp=4,cp=3", "blastRadiusAccelerators"), "12 GPUs take two whole nodes");
        assertTrue(metric(h100, "tp=16", "sparesFraction") < 0.01, "spares for 16 GPUs out at a time, not the cluster");
        assertEquals(144.0, metric(TestSystems.gb200(4608, 200_000), "tp=16,cp=9", "blastRadiusAccelerators"),
                "144 GPUs across two NVL72 racks: 36 trays");
        assertEquals(64.0, metric(TestSystems.dgxH100(64), "tp=64", "blastRadiusAccelerators"), "a group of every GPU");
    }

    /** A mesh or torus that grows with the system cannot re-form a group on any spare units: the whole level is out. */
    @Test
    void aGroupAcrossAnOpenEndedTorusTakesOutTheTorus() {
        SystemSpec torus = new SystemSpec("torus", "Torus", "test", TestSystems.dgxH100(8).accelerator(),
                List.of(TestSystems.level("board", 4, Topology.TORUS, 0), TestSystems.level("pod", 0, Topology.TORUS, 0)),
                256, new Scaling(4, 4, 1 << 12), TestSystems.stack(), TestSystems.TEST);
        assertEquals(256.0, metric(torus, "tp=8", "blastRadiusAccelerators"));
        assertEquals(4.0, metric(torus, "tp=4", "blastRadiusAccelerators"));
    }

    @Test
    void goodputFallsAsTheClusterGrows() {
        double previousGoodput = 1;
        double previousMtbf = Double.POSITIVE_INFINITY;
        for (int nodes = 1; nodes <= 1 << 14; nodes *= 4) {
            WallAssessment a = wall.assess(TestSystems.context(TestSystems.dgxH100(nodes * 8), 10.0));
            double goodput = a.metrics().get("goodputFraction");
            assertTrue(goodput < previousGoodput, "goodput " + goodput + " at " + nodes + " nodes");
            assertTrue(a.metrics().get("mtbfHours") < previousMtbf);
            assertEquals(10.0 * (1 / goodput - 1), a.lossSeconds(), 1e-9);
            previousGoodput = goodput;
            previousMtbf = a.metrics().get("mtbfHours");
        }
    }

    @Test
    void metasLlama3ClusterFailsEveryThreeHoursAndKeepsOverNinetyPercent() {
        // 419 unexpected interruptions in 54 days on 16,384 H100 (the source of the default rates), >90 % effective
        WallAssessment a = wall.assess(TestSystems.context(TestSystems.dgxH100(16_384), 10.0));
        assertEquals(54 * 24 / 419.0, a.metrics().get("mtbfHours"), 0.01);
        double goodput = a.metrics().get("goodputFraction");
        assertTrue(goodput > 0.9 && goodput < 0.97, "goodput " + goodput);
        assertEquals(WallStatus.OK, a.status(), a.finding());
    }

    @Test
    void aHundredThousandGpusAreStrainedByFailures() {
        WallAssessment a = wall.assess(TestSystems.context(TestSystems.dgxH100(131_072), 10.0));
        assertEquals(WallStatus.STRAINED, a.status(), a.finding());
        assertTrue(a.finding().contains("goodput"), a.finding());
    }

    @Test
    void withoutFailuresThereIsNoLoss() {
        PackagingAssumptions none = PackagingAssumptions.defaults().withReliability(
                ReliabilityAssumptions.defaults().withFailureRates(FailureRates.defaults().times(0)));
        WallAssessment a = new PackagingWall(none).assess(TestSystems.context(TestSystems.dgxH100(16_384), 10.0));
        assertEquals(0.0, a.lossSeconds());
        assertEquals(1.0, a.metrics().get("goodputFraction"));
    }

    @Test
    void overriddenAssumptionsChangeTheVerdict() {
        SiliconAssumptions dirty = SiliconAssumptions.defaults()
                .withDefectDensity(dev.walls.spi.silicon.Foundry.defectsPerCm2().with("N4", Figure.of(0.3, TestSystems.TEST)));
        WallAssessment a = new PackagingWall(PackagingAssumptions.defaults().withSilicon(dirty))
                .assess(TestSystems.context(TestSystems.dgxH100(8), 1.0));
        assertEquals(Math.pow(1 + 8.14 * 0.3 / 2, -2), a.metrics().get("dieYield"), 1e-12);
        assertEquals(WallStatus.STRAINED, a.status(), a.finding());
    }

    @Test
    void aFixedCheckpointIntervalIsUsedWhenGiven() {
        PackagingAssumptions hourly = PackagingAssumptions.defaults().withReliability(
                ReliabilityAssumptions.defaults().withCheckpointInterval(Figure.of(3600, TestSystems.TEST)));
        WallAssessment a = new PackagingWall(hourly).assess(TestSystems.context(TestSystems.dgxH100(16_384), 10.0));
        assertEquals(3600.0, a.metrics().get("checkpointIntervalSeconds"));
        double optimal = wall.assess(TestSystems.context(TestSystems.dgxH100(16_384), 10.0)).metrics().get("goodputFraction");
        assertTrue(a.metrics().get("goodputFraction") < optimal);
    }

    @Test
    void lossExcludesWhatTheBreakdownAlreadyChargedToPackaging() {
        var step = new dev.walls.spi.result.StepBreakdown(10.0, java.util.List.of(
                new dev.walls.spi.result.StepPart("goodput", Wall.PACKAGING, 5.0, "earlier charge")));
        var base = TestSystems.context(TestSystems.dgxH100(16_384), 10.0);
        var charged = new dev.walls.spi.model.WallContext(base.system(), base.workload(), base.strategy(), step, base.memory());
        assertEquals(wall.assess(base).lossSeconds(), wall.assess(charged).lossSeconds(), 1e-12);
    }

    @Test
    void metricsComeInAStableOrder() {
        var ctx = TestSystems.context(TestSystems.gb200(576, 20_000), 5.0);
        assertEquals(wall.assess(ctx).metrics().keySet().stream().toList(),
                new PackagingWall().assess(ctx).metrics().keySet().stream().toList());
        assertEquals(wall.assess(ctx), new PackagingWall().assess(ctx));
    }

    @Test
    void thePluginContributesTheStandardPackagingModel() {
        // the module declares the provider (a test module cannot ServiceLoader.load without `uses`)
        var descriptor = PackagingPlugin.class.getModule().getDescriptor();
        assertTrue(descriptor.provides().stream().anyMatch(p -> p.service().equals(WallsPlugin.class.getName())
                && p.providers().contains(PackagingPlugin.class.getName())), descriptor.toString());
        assertTrue(descriptor.exports().stream().anyMatch(e -> e.source().equals("dev.walls.packaging") && !e.isQualified()));
        WallsPlugin plugin = new PackagingPlugin();
        assertEquals(dev.walls.spi.SpiVersion.CURRENT, plugin.spiVersion());
        assertEquals(1, plugin.wallModels().size());
        assertEquals("standard-packaging", plugin.wallModels().get(0).id());
        assertEquals(Wall.PACKAGING, plugin.wallModels().get(0).wall());
    }

    private double metric(SystemSpec system, String strategy, String key) {
        return wall.assess(TestSystems.context(system, TestSystems.llama405b(), Strategy.parse(strategy), 1.0))
                .metrics().get(key);
    }
}
