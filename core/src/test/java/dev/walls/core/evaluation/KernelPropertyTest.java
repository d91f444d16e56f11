package dev.walls.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.kernel.KernelOutput;
import dev.walls.spi.kernel.KernelStrategy;
import dev.walls.spi.kernel.MemoryComponent;
import dev.walls.spi.kernel.StepComponent;
import dev.walls.spi.strategy.Recompute;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.workload.Workload;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Invariants of the reference kernel over random layouts, from fixed seeds. */
class KernelPropertyTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2024, 31337})
    void everyValidLayoutSumsExactlyAndNeverBeatsIdealCompute(long seed) {
        Random random = new Random(seed);
        SystemSpec system = Fixtures.system(256, java.util.Set.of(dev.walls.spi.system.StackFeature.values()), 3e-6);
        Workload[] workloads = {
                Fixtures.gpt(48, 6144, 48, 2048, 512, 51200),
                Fixtures.llama(32, 4096, 32, 8, 14336, 8192, 256)};
        ReferenceKernel kernel = new ReferenceKernel();
        int[] powers = {1, 2, 4, 8, 16};
        int checked = 0;
        for (int trial = 0; trial < 400; trial++) {
            Workload w = workloads[random.nextInt(workloads.length)];
            CostTable table = CostTable.builder(system, w).build();
            int tp = powers[random.nextInt(4)];
            int cp = powers[random.nextInt(3)];
            int pp = powers[random.nextInt(5)];
            if (256 % (tp * cp * pp) != 0) {
                continue;
            }
            int[] st = new int[KernelStrategy.SIZE];
            st[KernelStrategy.TP] = tp;
            st[KernelStrategy.PP] = pp;
            st[KernelStrategy.CP] = cp;
            st[KernelStrategy.DP] = 256 / (tp * cp * pp);
            st[KernelStrategy.VPP] = pp > 1 ? powers[random.nextInt(3)] : 1;
            st[KernelStrategy.MICROBATCH] = powers[random.nextInt(3)];
            st[KernelStrategy.RECOMPUTE] = random.nextInt(Recompute.values().length);
            st[KernelStrategy.SEQUENCE_PARALLEL] = tp > 1 && random.nextBoolean() ? 1 : 0;
            st[KernelStrategy.ZERO_STAGE] = random.nextInt(4);
            st[KernelStrategy.PRECISION] = random.nextBoolean() ? Precision.BF16.ordinal() : Precision.FP8.ordinal();
            if (ReferenceKernel.invalidReason(table, st) != null) {
                continue;
            }
            double[] out = new double[KernelOutput.SIZE];
            kernel.evaluate(table, st, out);
            assertEquals(1, out[KernelOutput.VALID]);
            double sum = out[KernelOutput.IDEAL_SECONDS];
            for (StepComponent c : StepComponent.values()) {
                double part = out[KernelOutput.of(c)];
                assertTrue(part >= 0 && Double.isFinite(part), c + " = " + part);
                sum += part;
            }
            assertEquals(out[KernelOutput.STEP_SECONDS], sum, 1e-12 * sum);
            assertTrue(out[KernelOutput.STEP_SECONDS] > out[KernelOutput.IDEAL_SECONDS]);
            assertTrue(out[KernelOutput.HARDWARE_FLOPS] >= out[KernelOutput.MODEL_FLOPS] * (1 - 1e-12));
            double memory = 0;
            for (MemoryComponent c : MemoryComponent.values()) {
                assertTrue(out[KernelOutput.of(c)] >= 0, c.key());
                memory += out[KernelOutput.of(c)];
            }
            assertEquals(out[KernelOutput.MEMORY_BYTES], memory, 1e-9 * memory);
            double[] again = new double[KernelOutput.SIZE];
            kernel.evaluate(table, st, again);
            assertArrayEquals(out, again);
            checked++;
        }
        assertTrue(checked > 50, "only " + checked + " valid layouts drawn");
    }
}
