package dev.walls.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.kernel.CostKey;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.model.WallContext;
import dev.walls.spi.result.MemoryBreakdown;
import dev.walls.spi.result.MemoryPart;
import dev.walls.spi.result.PipelineStage;
import dev.walls.spi.result.StepBreakdown;
import dev.walls.spi.result.TierPlacement;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.MemoryKind;
import dev.walls.spi.system.MemoryTier;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.SoftwareStack;
import dev.walls.spi.system.StackFeature;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.wall.WallAssessment;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The software and memory walls on a chip of one's own: FP8 GEMMs without a family, an SRAM tier of any size. */
class CustomChipWallsTest {

    private static final Provenance P = Provenance.estimate("test fixture");

    /** The fixture system with an FP8 peak twice the bf16 one, memory tiers and stack of one's own, and a family. */
    private static SystemSpec chip(String family, List<MemoryTier> memory, SoftwareStack stack) {
        SystemSpec base = TestSystems.system("R1", family, Set.of(StackFeature.values()));
        Map<Precision, Figure> peaks = new EnumMap<>(Precision.class);
        peaks.put(Precision.BF16, Figure.of(1e15, P));
        peaks.put(Precision.FP8, Figure.of(2e15, P));
        AcceleratorSpec a = new AcceleratorSpec("R1", peaks, memory, Figure.of(700, P), Figure.of(1, P), Optional.empty(),
                family);
        return new SystemSpec(base.id(), base.name(), base.description(), a, base.levels(), base.accelerators(),
                base.scaling(), stack, base.provenance());
    }

    private static SoftwareStack stack(double matmul) {
        return new SoftwareStack("in-house stack", Figure.of(matmul, P), Figure.of(0.6, P), Figure.of(0.7, P),
                Set.of(StackFeature.values()));
    }

    private static List<MemoryTier> hbmOnly() {
        return List.of(new MemoryTier("HBM", MemoryKind.HBM, Figure.of(80e9, P), Figure.of(3e12, P)));
    }

    private static double fp8(SystemSpec system) {
        CostTable.Builder b = CostTable.builder(system, TestSystems.workload());
        new SoftwareWall().stage(system, TestSystems.workload(), b);
        return b.get(CostKey.FP8_MATMUL_EFFICIENCY);
    }

    @Test
    void aChipOfNoFamilyRunsFp8GemmsAtTheGenericFractionNotAtTheStacksPlateau() {
        // before: 0, which the kernels read as "the stack's matmulEfficiency (0.8) of the FP8 peak"
        assertEquals(0.55, fp8(chip("", hbmOnly(), stack(0.8))), 1e-12);
        // the same silicon with a family runs at that family's measured fraction: no better for having none
        assertEquals(fp8(chip("H100", hbmOnly(), stack(0.8))), fp8(chip("", hbmOnly(), stack(0.8))), 1e-12);
    }

    @Test
    void theGenericFractionNeverExceedsTheStacksOwnPlateau() {
        assertEquals(0.4, fp8(chip("", hbmOnly(), stack(0.4))), 1e-12);
    }

    @Test
    void aStackThatStatesItsFp8EfficiencyIsTakenAtItsWord() {
        SoftwareStack own = stack(0.8).withFp8MatmulEfficiency(Figure.range(0.5, 0.62, 0.7, P));
        assertEquals(0.62, fp8(chip("", hbmOnly(), own)), 1e-12);
        assertEquals(0.62, fp8(chip("H100", hbmOnly(), own)), 1e-12, "over the family's measured fraction too");
    }

    @Test
    void theSoftwareFindingNamesTheFp8FractionOfAChipWithoutMeasuredOnes() {
        SystemSpec system = chip("", hbmOnly(), stack(0.8));
        WallContext fp8 = context(system, "tp=8,precision=fp8", new MemoryBreakdown(List.of(new MemoryPart("weights", 1e9)),
                80e9, 80e9));
        String finding = new SoftwareWall().assess(fp8).finding();
        assertTrue(finding.contains("its fp8 GEMMs run at 55% (45%–82%) of the fp8 peak, a generic fraction"), finding);
        WallContext bf16 = context(system, "tp=8,precision=bf16", fp8.memory());
        assertFalse(new SoftwareWall().assess(bf16).finding().contains("GEMMs run at"));
        WallContext h100 = context(chip("H100", hbmOnly(), stack(0.8)), "tp=8,precision=fp8", fp8.memory());
        assertFalse(new SoftwareWall().assess(h100).finding().contains("GEMMs run at"), "a family's figures are measured");
    }

    private static WallContext context(SystemSpec system, String strategy, MemoryBreakdown memory) {
        return new WallContext(system, TestSystems.workload(), Strategy.parse(strategy).resolve(system.accelerators()),
                new StepBreakdown(1.0, List.of()), memory);
    }

    /** 16 MB of SRAM at 60 TB/s before 192 GB of HBM, and a footprint of 139 GB: the reviewer's chip. */
    @Test
    void aSmallFastestTierIsSaidToTimeTheMemoryBoundWorkAllTheSame() {
        List<MemoryTier> tiers = List.of(new MemoryTier("on-die SRAM", MemoryKind.SRAM, Figure.of(16e6, P),
                        Figure.of(60e12, P)),
                new MemoryTier("HBM4", MemoryKind.HBM, Figure.of(192e9, P), Figure.of(8e12, P)));
        SystemSpec system = chip("", tiers, stack(0.7));
        double footprint = 139e9;
        MemoryBreakdown memory = new MemoryBreakdown(List.of(new MemoryPart("activations", footprint)), 192.016e9, 16e6,
                PipelineStage.FIRST, List.of(new TierPlacement("on-die SRAM", MemoryKind.SRAM, 16e6, 16e6),
                new TierPlacement("HBM4", MemoryKind.HBM, 192e9, footprint - 16e6)), footprint - 16e6);
        WallAssessment a = new MemoryWall().assess(context(system, "tp=8", memory));
        assertEquals(16e6 / footprint, a.metrics().get("fastestTierShareOfFootprint"), 1e-12);
        assertEquals(1.0, a.metrics().get("fastestTierSmallShare"));
        assertTrue(a.finding().contains("its fastest tier, on-die SRAM (16.0 MB), holds 0.012% of the footprint, yet every "
                + "memory-bound kernel is timed at its 60.0 TB/s"), a.finding());

        // one tier alone, or a fastest tier that holds the footprint: nothing to say
        WallAssessment gpu = new MemoryWall().assess(context(chip("", hbmOnly(), stack(0.7)), "tp=8",
                new MemoryBreakdown(List.of(new MemoryPart("weights", 60e9)), 80e9, 80e9)));
        assertEquals(0.0, gpu.metrics().get("fastestTierSmallShare"));
        assertFalse(gpu.finding().contains("fastest tier,"), gpu.finding());
    }
}
