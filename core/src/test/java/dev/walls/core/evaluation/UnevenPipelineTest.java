package dev.walls.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.kernel.KernelOutput;
import dev.walls.spi.kernel.KernelStrategy;
import dev.walls.spi.kernel.MemoryComponent;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.system.StackFeature;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.workload.Workload;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Pipeline stages of unequal length: a depth that does not divide the layers, on a stack that allows it. */
class UnevenPipelineTest {

    private static final SystemSpec UNEVEN = Fixtures.system(64);
    private static final SystemSpec EVEN_ONLY = Fixtures.system(64,
            EnumSet.complementOf(EnumSet.of(StackFeature.UNEVEN_PIPELINE)), 0);

    private static double[] run(SystemSpec system, Workload workload, String strategy) {
        CostTable table = CostTable.builder(system, workload).build();
        double[] out = new double[KernelOutput.SIZE];
        int[] st = KernelStrategy.encode(Strategy.parse(strategy).resolve(system.accelerators()));
        assertNull(ReferenceKernel.invalidReason(table, st), strategy);
        new ReferenceKernel().evaluate(table, st, out);
        return out;
    }

    private static String reason(SystemSpec system, Workload workload, String strategy) {
        CostTable table = CostTable.builder(system, workload).build();
        return ReferenceKernel.invalidReason(table,
                KernelStrategy.encode(Strategy.parse(strategy).resolve(system.accelerators())));
    }

    @Test
    void aStackWithoutUnevenStagesNeedsADepthThatDividesTheLayers() {
        Workload w = Fixtures.gpt(30, 1024, 16, 1024, 64, 32000);
        String why = reason(EVEN_ONLY, w, "tp=2,pp=4,dp=8,mb=1");
        assertTrue(why.contains("must divide the 30 layers") && why.contains("no uneven stages"), why);
        assertNull(reason(UNEVEN, w, "tp=2,pp=4,dp=8,mb=1"));
    }

    @Test
    void theBusiestRankRunsTheCeilingOfTheLayersAsOnAModelWhoseStagesAreAllThatLong() {
        // 30 layers on 4 stages are 8, 8, 8 and 6: every rank's time is bound by the 8-layer stages, as with 32
        // layers of 8 per stage; only the model's FLOPs (and so the ideal) differ
        Workload uneven = Fixtures.gpt(30, 1024, 16, 1024, 64, 32000);
        Workload even = Fixtures.gpt(32, 1024, 16, 1024, 64, 32000);
        double[] u = run(UNEVEN, uneven, "tp=2,pp=4,dp=8,mb=1,recompute=none");
        double[] e = run(UNEVEN, even, "tp=2,pp=4,dp=8,mb=1,recompute=none");
        assertEquals(e[KernelOutput.TP_COMMUNICATION_SECONDS], u[KernelOutput.TP_COMMUNICATION_SECONDS], 0);
        assertTrue(e[KernelOutput.IDEAL_SECONDS] > u[KernelOutput.IDEAL_SECONDS]);
        // what the two fewer layers save in the ideal comes back as the other ranks' wait (pipeline imbalance)
        assertEquals(e[KernelOutput.STEP_SECONDS], u[KernelOutput.STEP_SECONDS], 1e-9 * e[KernelOutput.STEP_SECONDS]);
    }

    @Test
    void theHardwareExecutesTheModelsLayersOnceNotTheBusiestStagesOnEveryRank() {
        Workload w = Fixtures.gpt(30, 1024, 16, 1024, 64, 32000);
        double[] u = run(UNEVEN, w, "tp=2,pp=4,dp=8,mb=1,recompute=none");
        double[] e = run(UNEVEN, w, "tp=2,pp=2,dp=16,mb=1,recompute=none");
        assertEquals(e[KernelOutput.HARDWARE_FLOPS], u[KernelOutput.HARDWARE_FLOPS],
                1e-12 * e[KernelOutput.HARDWARE_FLOPS], "the same model's FLOPs on the same 64 accelerators");
    }

    @Test
    void theShorterLastStageHoldsItsOwnLayersActivations() {
        // a vocabulary large enough that the last stage's logits make it the busiest: its activations are its own 6
        // layers' (one microbatch in flight) and the logits, 2 layers' fewer than an 8-layer last stage's
        Workload uneven = Fixtures.gpt(30, 1024, 16, 1024, 64, 2_000_000);
        Workload even = Fixtures.gpt(32, 1024, 16, 1024, 64, 2_000_000);
        double[] u = run(UNEVEN, uneven, "tp=2,pp=4,dp=8,mb=1,recompute=none,sp=false");
        double[] e = run(UNEVEN, even, "tp=2,pp=4,dp=8,mb=1,recompute=none,sp=false");
        assertEquals(1, u[KernelOutput.BUSIEST_STAGE]);
        assertEquals(1, e[KernelOutput.BUSIEST_STAGE]);
        int activations = KernelOutput.of(MemoryComponent.ACTIVATIONS);
        // one layer's activations on the last stage: an even 28-layer model's stages hold 7, one fewer than 32's 8
        double[] e28 = run(UNEVEN, Fixtures.gpt(28, 1024, 16, 1024, 64, 2_000_000),
                "tp=2,pp=4,dp=8,mb=1,recompute=none,sp=false");
        assertEquals(1, e28[KernelOutput.BUSIEST_STAGE]);
        double perLayer = e[activations] - e28[activations];
        assertTrue(perLayer > 0);
        assertEquals(2 * perLayer, e[activations] - u[activations], 1e-9 * e[activations],
                "the 6-layer last stage holds two layers' activations fewer than an 8-layer one");
        // and the first stage, with four microbatches in flight of 8 layers, is the same in both
        double[] uFirst = run(UNEVEN, Fixtures.gpt(30, 1024, 16, 1024, 64, 32000), "tp=2,pp=4,dp=8,mb=1,recompute=none,sp=false");
        double[] eFirst = run(UNEVEN, Fixtures.gpt(32, 1024, 16, 1024, 64, 32000), "tp=2,pp=4,dp=8,mb=1,recompute=none,sp=false");
        assertEquals(0, uFirst[KernelOutput.BUSIEST_STAGE]);
        assertEquals(eFirst[activations], uFirst[activations], 0);
    }

    @Test
    void chunksThatDoNotSplitAFullStageAndAnEmptyLastStageAreRefusedWithWhatWouldWork() {
        Workload w = Fixtures.gpt(30, 1024, 16, 1024, 64, 32000);
        assertNull(reason(UNEVEN, w, "tp=2,pp=4,dp=8,vpp=2,mb=1"), "full stages of 8 in two chunks of 4");
        String interleaved = reason(UNEVEN, w, "tp=2,pp=4,dp=8,vpp=3,mb=1");
        assertTrue(interleaved.contains("vpp=3 must divide the 8 layers of each full stage of pp=4"), interleaved);
        String empty = reason(UNEVEN, Fixtures.gpt(30, 1024, 16, 1024, 64, 32000), "tp=1,pp=16,dp=4,mb=1");
        assertTrue(empty.contains("pp=16 leaves the last stage none of the 30 layers") && empty.contains("= 2 each"), empty);
    }
}
