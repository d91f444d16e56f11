package dev.walls.core.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.describe.Describer;
import dev.walls.core.describe.HierarchyLevel;
import dev.walls.core.describe.SystemDescription;
import dev.walls.core.describe.TierTotal;
import dev.walls.spi.figure.Confidence;
import dev.walls.spi.system.LevelKind;
import dev.walls.spi.system.SystemSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spec fields a chip of one's own needs: stacks, a level's kind and power limit, FP8 efficiency, known packaging. */
class CustomChipSpecTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path temp;

    private String example() throws IOException {
        return Files.readString(EXAMPLES.resolve("h100-like-cluster.yaml"));
    }

    private SystemSpec read(String content) throws IOException {
        return SpecLoader.system(Files.writeString(temp.resolve("chip.yaml"), content));
    }

    private SpecException refused(String content) throws IOException {
        Path f = Files.writeString(temp.resolve("bad.yaml"), content);
        return assertThrows(SpecException.class, () -> SpecLoader.system(f));
    }

    @Test
    void anHbmTierMayStateItsStacksAndDescribeSaysWhetherGivenOrInferred() throws IOException {
        SystemSpec given = read(example().replace("      capacity: 80 GiB\n", "      capacity: 80 GiB\n      stacks: 5\n"));
        assertEquals(5, given.accelerator().memory().get(0).stacks());
        TierTotal t = Describer.describe(given).memoryTiers().get(0);
        assertEquals(5, t.stacksPerUnit());
        assertTrue(t.stacksGiven());
        TierTotal inferred = Describer.describe(read(example())).memoryTiers().get(0);
        assertEquals(5, inferred.stacksPerUnit());
        assertTrue(!inferred.stacksGiven());
    }

    @Test
    void stacksOnATierThatIsNotHbmAreRefused() throws IOException {
        SpecException e = refused(example().replace("      kind: hbm\n      capacity: 80 GiB\n",
                "      kind: dram\n      capacity: 80 GiB\n      stacks: 5\n"));
        assertEquals("accelerator.memory[0].stacks", e.fieldPath());
        assertTrue(e.problem().contains("stacks apply to an hbm tier only, not to dram"), e.problem());
    }

    /**
     * describe says where tensor-parallel traffic may overlap, and which fabric carries a level written without one:
     * a rack between the NVLink node and InfiniBand is joined by the InfiniBand, which a user who meant NVLink sees.
     */
    @Test
    void describeNamesTheScaleUpDomainAndTheFabricAFabriclessLevelIsJoinedBy() throws IOException {
        assertEquals("node (8 accelerators)", Describer.describe(read(example())).scaleUpDomain());
        SystemSpec racks = read(example().replace("  - name: cluster\n", "  - name: rack\n    accelerators: 32\n"
                + "  - name: cluster\n").replace("scaling: {min: 8, step: 8, max: 32768}",
                "scaling: {min: 32, step: 32, max: 32768}"));
        SystemDescription d = Describer.describe(racks);
        assertEquals("node (8 accelerators)", d.scaleUpDomain());
        assertTrue(d.notes().contains("level 'rack' has no fabric of its own: its units are joined through the fabric of"
                + " level 'cluster' (NDR InfiniBand), not through that of 'node'"), d.notes().toString());
        SystemSpec ib = read(example().replace("topology: switched", "topology: fat-tree"));
        assertEquals(null, Describer.describe(ib).scaleUpDomain());
    }

    @Test
    void aLevelIsARackOrATileBecauseItSaysSoNotByItsName() throws IOException {
        SystemSpec named = read(example().replace("  - name: node\n", "  - name: rack\n"));
        assertEquals(LevelKind.OTHER, named.levels().get(0).kind(), "a name is a label");
        SystemDescription d = Describer.describe(named);
        assertTrue(d.notes().stream().anyMatch(n -> n.startsWith("level 'rack' is named like a rack but not said to be one")),
                d.notes().toString());

        SystemSpec rack = read(example().replace("  - name: node\n", "  - name: node\n    kind: rack\n"
                + "    powerLimit: {value: 12 kW, source: \"rack PDU rating\", confidence: vendor claim}\n"));
        assertEquals(LevelKind.RACK, rack.levels().get(0).kind());
        var limit = rack.levels().get(0).powerLimitWatts().orElseThrow();
        assertEquals(12_000, limit.nominal(), 1e-9);
        assertEquals(Confidence.VENDOR_CLAIM, limit.provenance().confidence());
        HierarchyLevel node = Describer.describe(rack).hierarchy().get(1);
        assertEquals("rack", node.kind());
        assertEquals(12_000, node.powerLimitWatts(), 1e-9);
        assertTrue(Describer.describe(rack).notes().isEmpty(), Describer.describe(rack).notes().toString());
    }

    @Test
    void theOpenEndedLevelIsNeitherARackNorLimited() throws IOException {
        SpecException kind = refused(example().replace("  - name: cluster\n", "  - name: cluster\n    kind: rack\n"));
        assertEquals("levels[1].kind", kind.fieldPath());
        SpecException limit = refused(example().replace("  - name: cluster\n", "  - name: cluster\n    powerLimit: 1 MW\n"));
        assertEquals("levels[1].powerLimit", limit.fieldPath());
        SpecException unknown = refused(example().replace("  - name: node\n", "  - name: node\n    kind: pod\n"));
        assertTrue(unknown.problem().contains("expected one of: rack, tile, other"), unknown.problem());
    }

    @Test
    void anUnknownPackagingIsRefusedWithTheKnownOnes() throws IOException {
        SpecException e = refused(example().replace("packaging: CoWoS-S", "packaging: EMIB"));
        assertEquals("accelerator.silicon.packaging", e.fieldPath());
        assertTrue(e.problem().contains("'EMIB' is not a package technology walls models; expected one of: CoWoS-S, "
                + "CoWoS-L, InFO_SoW"), e.problem());
    }

    @Test
    void anUnknownProcessIsAcceptedAndDescribeSaysTheFallbacksAreUsed() throws IOException {
        SystemSpec s = read(example().replace("process: TSMC 4N", "process: Intel 18A"));
        SystemDescription d = Describer.describe(s);
        assertTrue(d.notes().stream().anyMatch(n -> n.startsWith("process 'Intel 18A' is no node walls has figures for")
                && n.contains("fallback defect density (0.15/cm²")), d.notes().toString());
        assertTrue(Describer.describe(read(example())).notes().isEmpty());
    }

    @Test
    void aStackMayStateItsFp8GemmEfficiency() throws IOException {
        SystemSpec s = read(example().replace("  memoryBoundEfficiency: ",
                "  fp8MatmulEfficiency: {value: 0.6, low: 0.5, high: 0.7, confidence: measured, source: \"our GEMM bench\"}\n  memoryBoundEfficiency: "));
        var fp8 = s.software().fp8MatmulEfficiency().orElseThrow();
        assertEquals(0.6, fp8.nominal(), 1e-12);
        assertEquals(0.5, fp8.low(), 1e-12);
        assertTrue(read(example()).software().fp8MatmulEfficiency().isEmpty());
        SpecException e = refused(example().replace("  memoryBoundEfficiency: ",
                "  fp8MatmulEfficiency: 1.5\n  memoryBoundEfficiency: "));
        assertEquals("software.fp8MatmulEfficiency", e.fieldPath());
    }
}
