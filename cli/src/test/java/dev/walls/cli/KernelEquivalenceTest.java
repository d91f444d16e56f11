package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.walls.core.Walls;
import dev.walls.core.evaluation.Divisors;
import dev.walls.core.search.Objective;
import dev.walls.core.search.SearchProgress;
import dev.walls.core.search.SearchResult;
import dev.walls.core.search.StrategySpace;
import dev.walls.core.search.Subsystem;
import dev.walls.core.search.Template;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.kernel.CostKey;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.kernel.EvaluationKernel;
import dev.walls.spi.kernel.KernelOutput;
import dev.walls.spi.kernel.KernelStrategy;
import dev.walls.spi.kernel.LayoutGrid;
import dev.walls.spi.kernel.LayoutScores;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.FabricSpec;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.MemoryKind;
import dev.walls.spi.system.MemoryTier;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.Scaling;
import dev.walls.spi.system.SoftwareStack;
import dev.walls.spi.system.StackFeature;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.system.Topology;
import dev.walls.spi.workload.FfnKind;
import dev.walls.spi.workload.ModelShape;
import dev.walls.spi.workload.Workload;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The optimized kernel ({@code fast}) returns the reference kernel's numbers: every {@link KernelOutput} slot within
 * 1e-9 relative (the VALID and FITS flags exactly), on seeded random systems, workloads, staged tables and layouts
 * (valid and invalid), on the built-in systems and workloads, in any order of evaluation and from several threads;
 * and a whole search finds the same layouts with either kernel.
 */
class KernelEquivalenceTest {

    private static final double RELATIVE = 1e-9;
    private static final Provenance TEST = Provenance.estimate("kernel equivalence test");
    private static final int[] HEADS = {4, 8, 12, 16, 24, 32, 40, 48, 64, 96, 128};
    private static final int[] SEQUENCES = {128, 512, 1000, 1024, 2048, 4096, 8192};
    private static final int[] BATCHES = {1, 7, 16, 48, 64, 96, 128, 256, 512, 1536, 2048};
    /** Families with a GEMM profile of their own, and none. */
    private static final String[] ACCELERATOR_FAMILIES = {"A100", "H100", "B200", ""};

    private static Walls walls;
    private static EvaluationKernel fast;
    private static EvaluationKernel reference;

    @BeforeAll
    static void load() {
        walls = TestWalls.create();
        fast = walls.kernel("fast");
        reference = walls.kernel(Walls.REFERENCE_KERNEL);
    }

    @Test
    void theFastKernelIsTheOnePluginKernelAndTheDefault() {
        assertEquals("fast", fast.id());
        assertEquals("fast", walls.defaultKernelId());
    }

    @Test
    void randomSystemsAndWorkloadsStagedByTheWallsMatchTheReferenceSlotForSlot() {
        Tally tally = new Tally();
        for (int seed = 0; seed < 240; seed++) {
            Random r = new Random(seed);
            Workload w = randomWorkload(r, seed);
            int[] base = randomDegrees(r, w);
            SystemSpec s = randomSystem(r, seed, base[0] * base[1] * base[2] * base[3]);
            CostTable table = walls.evaluator().table(s, w);
            compare(table, layouts(r, w, s.accelerators(), base), "seed " + seed + " " + s + " " + w, tally);
        }
        tally.requireCoverage();
    }

    @Test
    void tablesWithEveryStagedEntryRandomizedMatchTheReference() {
        Tally tally = new Tally();
        for (int seed = 1000; seed < 1200; seed++) {
            Random r = new Random(seed);
            Workload w = randomWorkload(r, seed);
            int[] base = randomDegrees(r, w);
            SystemSpec s = randomSystem(r, seed, base[0] * base[1] * base[2] * base[3]);
            CostTable table = randomizedTable(r, s, w);
            compare(table, layouts(r, w, s.accelerators(), base), "seed " + seed + " " + table, tally);
        }
        tally.requireCoverage();
    }

    @Test
    void theBuiltInSystemsAndWorkloadsMatchTheReference() {
        Tally tally = new Tally();
        Random r = new Random(42);
        for (SystemSpec system : walls.systems()) {
            for (Workload w : walls.workloads()) {
                int n = system.accelerators();
                List<int[]> layouts = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    int[] base = randomDegreesFor(r, w, n);
                    layouts.addAll(layouts(r, w, n, base));
                }
                CostTable table = walls.evaluator().table(system, w);
                compare(table, layouts.subList(0, Math.min(layouts.size(), 900)), system.id() + " × " + w.id(), tally);
            }
        }
        assertTrue(tally.valid > 1000, "the built-in cases exercise valid layouts: " + tally);
    }

    @Test
    void threadsSharingOneTableGetTheReferenceNumbers() throws Exception {
        Random r = new Random(7);
        Workload w = walls.workload("gpt3-175b");
        SystemSpec s = walls.system("dgx-a100-80gb", 1024);
        CostTable table = walls.evaluator().table(s, w);
        List<int[]> layouts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            layouts.addAll(layouts(r, w, s.accelerators(), randomDegreesFor(r, w, s.accelerators())));
        }
        double[][] expected = new double[layouts.size()][];
        for (int i = 0; i < layouts.size(); i++) {
            expected[i] = new double[KernelOutput.SIZE];
            reference.evaluate(table, layouts.get(i), expected[i]);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < layouts.size(); i++) {
                    order.add(i);
                }
                Collections.shuffle(order, new Random(thread));
                futures.add(pool.submit(() -> {
                    double[] out = new double[KernelOutput.SIZE];
                    for (int i : order) {
                        fast.evaluate(table, layouts.get(i).clone(), out);
                        assertSame(expected[i], out, layouts.get(i), "thread case");
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSearchWithEitherKernelFindsTheSameTopAndParetoLayouts() {
        record Case(String system, int accelerators, String workload, boolean exact, Objective objective) {
        }
        List<Case> cases = List.of(
                new Case("dgx-a100-80gb", 512, "gpt3-175b", false, Objective.TIME),
                new Case("dgx-h100", 256, "llama3-8b", true, Objective.COST),
                new Case("gb200-nvl72", 144, "llama3-70b", false, Objective.TIME),
                new Case("dojo-exapod", 1500, "gpt3-175b", false, Objective.TIME));
        for (Case c : cases) {
            SystemSpec s = walls.system(c.system(), c.accelerators());
            Workload w = walls.workload(c.workload());
            SearchResult a = walls.search(s, w, Template.OPEN, c.objective(), 8, c.exact(), "fast", SearchProgress.NONE);
            SearchResult b = walls.search(s, w, Template.OPEN, c.objective(), 8, c.exact(), Walls.REFERENCE_KERNEL,
                    SearchProgress.NONE);
            String what = c.toString();
            assertEquals("fast", a.kernel());
            assertEquals(b.strategiesEvaluated(), a.strategiesEvaluated(), what);
            assertEquals(b.strategiesFeasible(), a.strategiesFeasible(), what);
            assertEquals(b.rejected(), a.rejected(), what);
            assertEquals(layouts(b.top()), layouts(a.top()), what + ": top layouts");
            assertEquals(layouts(b.pareto()), layouts(a.pareto()), what + ": Pareto layouts");
            for (int i = 0; i < a.top().size(); i++) {
                assertEquals(b.top().get(i).stepTimeSeconds(), a.top().get(i).stepTimeSeconds(), 0, what);
            }
        }
    }

    @Test
    void gridsScoredAtOnceMatchTheReferenceLayoutByLayout() {
        long compared = 0;
        long fitting = 0;
        long overCapacity = 0;
        for (int seed = 2000; seed < 2160; seed++) {
            Random r = new Random(seed);
            Workload w = randomWorkload(r, seed);
            int[] base = randomDegrees(r, w);
            SystemSpec s = randomSystem(r, seed, base[0] * base[1] * base[2] * base[3]);
            CostTable table = seed % 2 == 0 ? walls.evaluator().table(s, w) : randomizedTable(r, s, w);
            for (int round = 0; round < 3; round++) {
                LayoutGrid grid = randomGrid(r, w, s.accelerators(), round == 0 ? base : randomDegreesFor(r, w, s.accelerators()));
                LayoutScores fastScores = new LayoutScores();
                fast.score(table, grid, fastScores);
                LayoutScores referenceScores = new LayoutScores();
                reference.score(table, grid, referenceScores);
                int[] slots = new int[KernelStrategy.SIZE];
                double[] expected = new double[KernelOutput.SIZE];
                double[] single = new double[KernelOutput.SIZE];
                for (int i = 0; i < grid.size(); i++) {
                    grid.layout(i, slots);
                    reference.evaluate(table, slots.clone(), expected);
                    fast.evaluate(table, slots.clone(), single);
                    String where = "point " + i + " " + java.util.Arrays.toString(slots) + " of " + grid + " (seed " + seed + ")";
                    assertScore(expected, fastScores, i, where);
                    assertScore(expected, referenceScores, i, where + ", reference's own grid");
                    // The grid path and the one-layout path of the fast kernel are the same arithmetic; the grid
                    // path does not time a layout over capacity.
                    if (fastScores.verdicts()[i] == LayoutScores.OVER_CAPACITY) {
                        assertTrue(Double.isNaN(fastScores.stepSeconds()[i]), where + ": timed although over capacity");
                        overCapacity++;
                    } else {
                        assertEquals(single[KernelOutput.STEP_SECONDS], fastScores.stepSeconds()[i], 0, where);
                    }
                    assertEquals(single[KernelOutput.MEMORY_BYTES], fastScores.memoryBytes()[i], 0, where);
                    compared++;
                    fitting += fastScores.verdicts()[i] == LayoutScores.FITS ? 1 : 0;
                }
            }
        }
        // over capacity is rarer since the grids draw depths that hold no layout (invalid, not over capacity): about
        // 1.6 % of the layouts, a thousand and more, each compared slot for slot
        assertTrue(compared > 20_000 && fitting > compared / 50 && overCapacity > compared / 100,
                compared + " compared, " + fitting + " fit, " + overCapacity + " over capacity");
    }

    @Test
    void theSearchSpaceGridsOfTheBuiltInSystemsMatchTheReference() {
        Random r = new Random(3);
        List<Workload> workloads = walls.workloads();
        Tally tally = new Tally();
        for (SystemSpec system : walls.systems()) {
            Workload w = workloads.get(r.nextInt(workloads.size()));
            StrategySpace space = StrategySpace.of(system, w, Template.OPEN, false);
            CostTable[] tables = new CostTable[space.sizes().size()];
            LayoutScores a = new LayoutScores();
            LayoutScores b = new LayoutScores();
            List<StrategySpace.Block> blocks = space.blocks();
            for (int k = 0; k < blocks.size(); k += 1 + blocks.size() / 40) {
                StrategySpace.Block block = blocks.get(k);
                if (tables[block.size()] == null) {
                    tables[block.size()] = walls.evaluator().table(Subsystem.of(system, block.accelerators()), w);
                }
                CostTable table = tables[block.size()];
                space.forEachGrid(block, new LayoutGrid(), grid -> {
                    fast.score(table, grid, a);
                    reference.score(table, grid, b);
                    for (int i = 0; i < grid.size(); i++) {
                        String where = system.id() + " × " + w.id() + " point " + i + " of " + grid;
                        assertEquals(b.verdicts()[i], a.verdicts()[i], where);
                        if (b.verdicts()[i] != LayoutScores.OVER_CAPACITY) {
                            assertClose(b.stepSeconds()[i], a.stepSeconds()[i], where);
                        }
                        assertClose(b.memoryBytes()[i], a.memoryBytes()[i], where);
                        tally.compared++;
                        tally.valid += b.verdicts()[i] != LayoutScores.INVALID ? 1 : 0;
                        tally.fits += b.verdicts()[i] == LayoutScores.FITS ? 1 : 0;
                    }
                });
            }
        }
        assertTrue(tally.compared > 10_000 && tally.fits > 0 && tally.fits < tally.valid, "the built-in grids covered: " + tally);
    }

    /**
     * The fast kernel shares GEMM shapes between tables that differ only in their size. Evaluated in a row, as a
     * search meets them, the same system at 64 and 32 accelerators must share and still match the reference; tables
     * that differ elsewhere must not: the inner level of 8 accelerators, then of 4 (a tp of 8 leaves it), then its
     * bandwidth.
     */
    @Test
    void tablesThatDifferInMoreThanTheirSizeShareNoTerms() {
        Workload w = walls.workload("gpt3-175b");
        Tally tally = new Tally();
        Random r = new Random(7);
        for (SystemSpec s : List.of(levelledSystem(64, 8, 3e11), levelledSystem(32, 8, 3e11),
                levelledSystem(64, 4, 3e11), levelledSystem(64, 4, 1e11), levelledSystem(64, 8, 3e11))) {
            CostTable table = walls.evaluator().table(s, w);
            int n = s.accelerators();
            for (int[] base : List.of(new int[] {8, 4, 1, n / 32}, new int[] {4, 8, 2, n / 64}, new int[] {8, 2, 1, n / 16})) {
                compare(table, layouts(r, w, n, base), s.name(), tally);
            }
        }
        assertTrue(tally.fits > 100, "layouts that fit, whose every slot is compared: " + tally);
    }

    /** A system of two levels: units of {@code innerUnit} accelerators, joined by a slower fabric. */
    private static SystemSpec levelledSystem(int accelerators, int innerUnit, double innerBytesPerSecond) {
        AcceleratorSpec acc = new AcceleratorSpec("NVIDIA H100 (test)", Map.of(Precision.BF16, Figure.of(1e15, TEST)),
                List.of(new MemoryTier("hbm", MemoryKind.HBM, Figure.of(1e12, TEST), Figure.of(3e12, TEST))),
                Figure.of(700, TEST), Figure.of(30_000, TEST), Optional.empty());
        List<Level> levels = List.of(
                new Level("inner", innerUnit, Optional.of(new FabricSpec("inner fabric", Topology.SWITCHED,
                        Figure.of(innerBytesPerSecond, TEST), Figure.of(1e-6, TEST))), List.of(), Figure.of(100, TEST),
                        Figure.of(1000, TEST)),
                new Level("outer", 0, Optional.of(new FabricSpec("outer fabric", Topology.SWITCHED,
                        Figure.of(5e10, TEST), Figure.of(5e-6, TEST))), List.of(), Figure.of(100, TEST),
                        Figure.of(1000, TEST)));
        SoftwareStack stack = new SoftwareStack("test stack", Figure.of(0.6, TEST), Figure.of(0.5, TEST),
                Figure.of(0.5, TEST), EnumSet.allOf(StackFeature.class));
        return new SystemSpec("levelled", accelerators + " accelerators in units of " + innerUnit + " at "
                + innerBytesPerSecond + " B/s", "generated for the kernel equivalence test", acc, levels, accelerators,
                new Scaling(1, 1, 1 << 24), stack, TEST);
    }

    /**
     * Llama 3 8B with tp=1, pp=2, vpp=8 and full recompute on 64 A100s: the first stage needs 76.6 GB, the last 85.1
     * GB (its 16 layers' inputs for (v-1)·p + 1 = 15 chunks of 2 layers, the live recompute layer and 8.4 GB of fp32
     * logits and their gradient). Both kernels, one layout at a time and in a grid, find that it does not fit.
     */
    @Test
    void theLastStageThatOverflowsIsCaughtByBothKernelsOnBothPaths() {
        SystemSpec s = walls.system("dgx-a100-80gb", 64);
        CostTable table = walls.evaluator().table(s, walls.workload("llama3-8b"));
        int[] layout = KernelStrategy.encode(Strategy.parse("tp=1,pp=2,dp=32,vpp=8,mb=2,recompute=full,zero=0"));
        for (EvaluationKernel kernel : List.of(reference, fast)) {
            double[] out = new double[KernelOutput.SIZE];
            kernel.evaluate(table, layout.clone(), out);
            assertEquals(1, out[KernelOutput.VALID], kernel.id());
            assertEquals(1, out[KernelOutput.BUSIEST_STAGE], kernel.id() + ": the last stage is the busiest");
            assertEquals(0, out[KernelOutput.FITS], kernel.id() + ": " + out[KernelOutput.MEMORY_BYTES] + " B");
            assertEquals(94.94e9, out[KernelOutput.MEMORY_BYTES], 0.01e9, kernel.id());
            LayoutScores scores = new LayoutScores();
            kernel.score(table, LayoutGrid.of(layout), scores);
            assertEquals(LayoutScores.OVER_CAPACITY, scores.verdicts()[0], kernel.id());
            assertClose(out[KernelOutput.MEMORY_BYTES], scores.memoryBytes()[0], kernel.id() + " grid");
        }
    }

    @Test
    void aGridWithAnOutOfRangeOrdinalIsRefusedLikeOneLayout() {
        Workload w = walls.workload("gpt3-175b");
        SystemSpec s = walls.system("dgx-a100-80gb", 64);
        CostTable table = walls.evaluator().table(s, w);
        LayoutGrid grid = LayoutGrid.of(new int[] {8, 8, 1, 1, 1, 1, 0, 0, 0, Precision.BF16.ordinal()});
        grid.add(KernelStrategy.RECOMPUTE, 7);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> fast.score(table, grid, new LayoutScores()));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> fast.evaluate(table, new int[] {8, 8, 1, 1, 1, 1, 7, 0, 0, 0}, new double[KernelOutput.SIZE]));
    }

    private static void assertScore(double[] expected, LayoutScores scores, int i, String where) {
        byte verdict = expected[KernelOutput.VALID] == 0 ? LayoutScores.INVALID
                : expected[KernelOutput.FITS] != 0 ? LayoutScores.FITS : LayoutScores.OVER_CAPACITY;
        assertEquals(verdict, scores.verdicts()[i], where);
        if (verdict != LayoutScores.OVER_CAPACITY) {
            assertClose(expected[KernelOutput.STEP_SECONDS], scores.stepSeconds()[i], where);
        }
        assertClose(expected[KernelOutput.MEMORY_BYTES], scores.memoryBytes()[i], where);
        if (verdict != LayoutScores.INVALID) {
            assertClose(expected[KernelOutput.CAPACITY_BYTES], scores.capacityBytes(), where);
        }
    }

    private static void assertClose(double e, double a, String where) {
        if (!(Double.compare(e, a) == 0 || Math.abs(e - a) <= RELATIVE * Math.max(Math.abs(e), Math.abs(a)))) {
            fail(where + ": reference " + e + ", fast " + a);
        }
    }

    /**
     * A grid around one set of degrees: mostly one value for tp, pp, dp, cp, sometimes a second (often invalid) one;
     * microbatches that divide the batch and ones that do not; interleavings, recompute modes, sp, ZeRO stages and
     * precisions in random subsets, with out-of-range values (vpp 0, sp 2, ZeRO -1 and 4) mixed in.
     */
    private static LayoutGrid randomGrid(Random r, Workload w, int n, int[] degrees) {
        LayoutGrid g = new LayoutGrid();
        g.set(KernelStrategy.TP, degrees[0]).set(KernelStrategy.PP, degrees[1]).set(KernelStrategy.CP, degrees[2])
                .set(KernelStrategy.DP, degrees[3]);
        if (r.nextInt(4) == 0) {
            int[] other = randomDegreesFor(r, w, n);
            int slot = new int[] {KernelStrategy.TP, KernelStrategy.PP, KernelStrategy.CP, KernelStrategy.DP}[r.nextInt(4)];
            g.add(slot, other[r.nextInt(4)]);
        }
        List<Integer> mbs = Divisors.of(w.globalBatchSequences());
        g.add(KernelStrategy.MICROBATCH, mbs.get(r.nextInt(Math.min(4, mbs.size()))));
        for (int i = r.nextInt(3); i > 0; i--) {
            g.add(KernelStrategy.MICROBATCH, 1 + r.nextInt(12));
        }
        g.add(KernelStrategy.VPP, 1);
        for (int i = r.nextInt(4); i > 0; i--) {
            g.add(KernelStrategy.VPP, r.nextInt(7));
        }
        for (int rc = 0; rc < 3; rc++) {
            if (rc == 0 || r.nextInt(4) != 0) {
                g.add(KernelStrategy.RECOMPUTE, rc);
            }
        }
        g.add(KernelStrategy.SEQUENCE_PARALLEL, 0);
        if (r.nextBoolean()) {
            g.add(KernelStrategy.SEQUENCE_PARALLEL, r.nextInt(5) == 0 ? 2 : 1);
        }
        for (int zero = r.nextInt(6) == 0 ? -1 : 0; zero <= (r.nextInt(6) == 0 ? 4 : 3); zero++) {
            g.add(KernelStrategy.ZERO_STAGE, zero);
        }
        g.add(KernelStrategy.PRECISION, Precision.BF16.ordinal());
        if (r.nextBoolean()) {
            g.add(KernelStrategy.PRECISION, r.nextInt(Precision.values().length));
        }
        return g;
    }

    // ------------------------------------------------------------------------------------------------------------

    private static List<String> layouts(List<Evaluation> evaluations) {
        return evaluations.stream().map(e -> e.accelerators() + " " + e.strategy()).toList();
    }

    /** What the comparisons covered, so that a generator gone wrong (everything invalid) fails loudly. */
    private static final class Tally {
        long compared;
        long valid;
        long fits;
        /** Valid layouts whose busiest pipeline stage is the last (the logits outweigh the first stage's warm-up). */
        long lastStageBusiest;
        /** Valid layouts whose pipeline depth does not divide the layers (a shorter last stage). */
        long uneven;

        void requireCoverage() {
            assertTrue(compared > 50_000, "enough layouts compared: " + this);
            assertTrue(valid > compared / 20, "a twentieth or more of the layouts are valid: " + this);
            assertTrue(fits > 0 && fits < valid, "both fitting and overflowing layouts: " + this);
            assertTrue(lastStageBusiest > valid / 100 && lastStageBusiest < valid,
                    "both first and last stages the busiest: " + this);
            assertTrue(uneven > valid / 200, "layouts with uneven pipeline stages: " + this);
        }

        @Override
        public String toString() {
            return compared + " compared, " + valid + " valid, " + fits + " fit, " + lastStageBusiest
                    + " with the last stage the busiest, " + uneven + " with uneven stages";
        }
    }

    /**
     * Evaluates the layouts with the reference, then with the fast kernel twice: in the given order (blocks in a
     * row, as a search does) and shuffled (every memo missing), and compares every slot.
     */
    private static void compare(CostTable table, List<int[]> layouts, String context, Tally tally) {
        double[][] expected = new double[layouts.size()][];
        for (int i = 0; i < layouts.size(); i++) {
            expected[i] = new double[KernelOutput.SIZE];
            reference.evaluate(table, layouts.get(i).clone(), expected[i]);
            tally.compared++;
            tally.valid += expected[i][KernelOutput.VALID] == 1 ? 1 : 0;
            tally.fits += expected[i][KernelOutput.FITS] == 1 ? 1 : 0;
            tally.lastStageBusiest += expected[i][KernelOutput.BUSIEST_STAGE] == 1 ? 1 : 0;
            tally.uneven += expected[i][KernelOutput.VALID] == 1
                    && table.get(CostKey.LAYERS) % layouts.get(i)[KernelStrategy.PP] != 0 ? 1 : 0;
        }
        double[] out = new double[KernelOutput.SIZE];
        for (int i = 0; i < layouts.size(); i++) {
            java.util.Arrays.fill(out, Double.NaN);
            fast.evaluate(table, layouts.get(i).clone(), out);
            assertSame(expected[i], out, layouts.get(i), context);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < layouts.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(layouts.size()));
        for (int i : order) {
            java.util.Arrays.fill(out, -1);
            fast.evaluate(table, layouts.get(i).clone(), out);
            assertSame(expected[i], out, layouts.get(i), context + " (shuffled)");
        }
    }

    private static void assertSame(double[] expected, double[] actual, int[] layout, String context) {
        for (int slot = 0; slot < KernelOutput.SIZE; slot++) {
            double e = expected[slot];
            double a = actual[slot];
            boolean flag = slot == KernelOutput.VALID || slot == KernelOutput.FITS;
            boolean same = flag ? e == a
                    : Double.compare(e, a) == 0 || Math.abs(e - a) <= RELATIVE * Math.max(Math.abs(e), Math.abs(a));
            if (!same) {
                fail("slot " + slot + " of " + java.util.Arrays.toString(layout) + ": reference " + e + ", fast " + a
                        + " — " + context);
            }
        }
    }

    // ---------------------------------------------- generators ----------------------------------------------------

    private static Workload randomWorkload(Random r, int seed) {
        int heads = HEADS[r.nextInt(HEADS.length)];
        List<Integer> kvChoices = Divisors.of(heads);
        int kvHeads = r.nextInt(3) == 0 ? heads : kvChoices.get(r.nextInt(kvChoices.size()));
        int headDim = r.nextBoolean() ? 64 : 128;
        int hidden = heads * headDim;
        FfnKind kind = FfnKind.values()[r.nextInt(FfnKind.values().length)];
        int ffn = kind == FfnKind.SWIGLU ? (hidden * 8 / 3 + 255) / 256 * 256 : hidden * 4;
        if (r.nextInt(5) == 0) {
            ffn += 64 * (1 + r.nextInt(8));
        }
        int layers = 1 + r.nextInt(96);
        int vocab = 1000 + r.nextInt(255_000);
        int sequence = SEQUENCES[r.nextInt(SEQUENCES.length)];
        int batch = BATCHES[r.nextInt(BATCHES.length)];
        boolean tied = r.nextBoolean();
        // one workload in eight trains without dropout, chosen by seed and not drawn from r, so that the other draws
        // (and the coverage the tests assert) stay as they were; a Random seeded nearby would give nearby seeds alike
        boolean dropout = seed % 8 != 3;
        return new Workload("random-" + seed, "random workload " + seed,
                new ModelShape(layers, hidden, heads, kvHeads, ffn, kind, vocab, tied, dropout), sequence, batch, 1e11,
                TEST);
    }

    /** tp, pp, cp, dp of a plausible layout of the workload; the system is then sized to their product. */
    private static int[] randomDegrees(Random r, Workload w) {
        ModelShape m = w.model();
        List<Integer> tps = Divisors.of(m.kvHeads());
        int tp = tps.get(r.nextInt(Math.min(tps.size(), 5)));
        // one time in eight a depth that holds the layers in uneven stages, or any depth up to one past the layers
        // (some leave the last stage nothing)
        List<Integer> pps = Divisors.of(m.layers());
        List<Integer> uneven = StrategySpace.pipelineDepths(m.layers(), true);
        int pp = r.nextInt(8) != 0 ? pps.get(r.nextInt(Math.min(pps.size(), 5)))
                : r.nextBoolean() ? uneven.get(r.nextInt(uneven.size())) : 1 + r.nextInt(m.layers() + 2);
        int cp = r.nextInt(4) == 0 ? 2 : 1;
        List<Integer> dps = Divisors.of(w.globalBatchSequences());
        int dp = dps.get(r.nextInt(Math.min(dps.size(), 6)));
        return new int[] {tp, pp, cp, dp};
    }

    /** tp, pp, cp, dp that multiply to n where possible (else a near miss, which the kernels must reject alike). */
    private static int[] randomDegreesFor(Random r, Workload w, int n) {
        List<Integer> tps = Divisors.of(w.model().kvHeads());
        List<Integer> pps = Divisors.of(w.model().layers());
        for (int attempt = 0; attempt < 50; attempt++) {
            int tp = tps.get(r.nextInt(tps.size()));
            List<Integer> uneven = StrategySpace.pipelineDepths(w.model().layers(), true);
            int pp = r.nextInt(4) != 0 ? pps.get(r.nextInt(pps.size()))
                    : r.nextBoolean() ? uneven.get(r.nextInt(uneven.size())) : 1 + r.nextInt(w.model().layers() + 2);
            int cp = r.nextInt(5) == 0 ? 2 : 1;
            if (n % ((long) tp * pp * cp) == 0) {
                return new int[] {tp, pp, cp, n / (tp * pp * cp)};
            }
        }
        return new int[] {1, 1, 1, n};
    }

    private static SystemSpec randomSystem(Random r, int seed, int accelerators) {
        Map<Precision, Figure> peaks = new EnumMap<>(Precision.class);
        double bf16 = 5e13 + r.nextDouble() * 2e15;
        for (Precision p : Precision.values()) {
            boolean present = switch (p) {
                case BF16 -> r.nextInt(5) != 0;
                case FP16, FP8 -> r.nextInt(3) != 0;
                default -> r.nextInt(3) == 0;
            };
            if (present) {
                double scale = p.bytesPerElement() < 2 ? 2 : p.bytesPerElement() > 2 ? 0.25 : 1;
                peaks.put(p, Figure.range(0.8 * bf16 * scale, bf16 * scale, 1.1 * bf16 * scale, TEST));
            }
        }
        if (peaks.isEmpty()) {
            peaks.put(Precision.FP32, Figure.of(bf16 / 4, TEST));
        }
        List<MemoryTier> own = new ArrayList<>();
        int ownTiers = 1 + r.nextInt(2);
        for (int i = 0; i < ownTiers; i++) {
            own.add(randomTier(r, "own" + i));
        }
        AcceleratorSpec acc = new AcceleratorSpec("random chip", peaks, own, Figure.of(300 + r.nextInt(900), TEST),
                Figure.of(5_000 + r.nextInt(40_000), TEST), Optional.empty(),
                ACCELERATOR_FAMILIES[r.nextInt(ACCELERATOR_FAMILIES.length)]);

        int levelCount = 1 + r.nextInt(4);
        List<Level> levels = new ArrayList<>();
        int unit = 1;
        for (int i = 0; i < levelCount; i++) {
            boolean last = i == levelCount - 1;
            unit *= 1 << (1 + r.nextInt(3));
            // The outermost level joins the whole system: open-ended, or a unit as large as the system can be.
            int perUnit = !last ? unit : r.nextBoolean() ? 0 : unit * ((accelerators + unit - 1) / unit);
            boolean fabric = r.nextInt(5) != 0 || last;
            Optional<FabricSpec> f = fabric ? Optional.of(new FabricSpec("fabric" + i,
                    Topology.values()[r.nextInt(Topology.values().length)],
                    Figure.of(1e10 + r.nextDouble() * 9e11, TEST), Figure.of(5e-7 + r.nextDouble() * 2e-5, TEST)))
                    : Optional.empty();
            List<MemoryTier> shared = r.nextInt(4) == 0 && own.size() < 3 ? List.of(randomTier(r, "shared" + i)) : List.of();
            levels.add(new Level("level" + i, perUnit, f, shared, Figure.of(100, TEST), Figure.of(1000, TEST)));
        }
        Set<StackFeature> features = EnumSet.noneOf(StackFeature.class);
        for (StackFeature f : StackFeature.values()) {
            if (r.nextInt(10) < 8) {
                features.add(f);
            }
        }
        SoftwareStack stack = new SoftwareStack("random stack", Figure.of(0.3 + 0.65 * r.nextDouble(), TEST),
                Figure.of(0.3 + 0.65 * r.nextDouble(), TEST), Figure.of(0.3 + 0.65 * r.nextDouble(), TEST), features);
        int largest = levels.get(levelCount - 1).isOpenEnded() ? 1 << 24 : levels.get(levelCount - 1).acceleratorsPerUnit();
        return new SystemSpec("random-" + seed, "random system " + seed, "generated for the kernel equivalence test", acc,
                levels, accelerators, new Scaling(1, 1, largest), stack, TEST);
    }

    private static MemoryTier randomTier(Random r, String name) {
        MemoryKind kind = MemoryKind.values()[r.nextInt(MemoryKind.values().length)];
        double capacity = switch (kind) {
            case SRAM -> 1e7 + r.nextDouble() * 5e8;
            case HBM -> 8e9 + r.nextDouble() * 2e11;
            case DRAM -> 1e10 + r.nextDouble() * 5e11;
        };
        return new MemoryTier(name, kind, Figure.of(capacity, TEST), Figure.of(5e10 + r.nextDouble() * 1e13, TEST));
    }

    /** A table staged from the spec, then with every entry the walls stage set to a random value in its range. */
    private static CostTable randomizedTable(Random r, SystemSpec s, Workload w) {
        CostTable.Builder b = CostTable.builder(s, w);
        for (CostKey k : CostKey.values()) {
            if (k.ordinal() < CostKey.MATMUL_EFFICIENCY.ordinal() || r.nextInt(5) == 0) {
                continue;  // shape and size stay as staged; some entries keep their neutral value
            }
            double u = r.nextDouble();
            double value = switch (k) {
                case MATMUL_EFFICIENCY, MEMORY_BOUND_EFFICIENCY, COLLECTIVE_EFFICIENCY -> 0.2 + 0.8 * u;
                case FP8_MATMUL_EFFICIENCY, ATTENTION_FORWARD_EFFICIENCY, ATTENTION_BACKWARD_EFFICIENCY,
                        UNFUSED_ATTENTION_EFFICIENCY -> r.nextBoolean() ? 0 : 0.2 + 0.8 * u;
                case GEMM_TILE_ROWS, GEMM_TILE_COLUMNS -> r.nextInt(4) == 0 ? 0 : 64 << r.nextInt(3);
                case GEMM_CONCURRENT_TILES -> r.nextInt(4) == 0 ? 0 : 64 + r.nextInt(100);
                case GEMM_TILE_OVERHEAD_INNER_ELEMENTS -> 200 * u;
                case GEMM_FIXED_SECONDS -> 1e-5 * u;
                case LOSS_BYTES_PER_LOGIT -> 40 * u;
                case ACTIVATION_BYTES -> 1 + r.nextInt(4);
                case OPTIMIZER_TRAFFIC_BYTES_PER_PARAMETER -> 40 * u;
                case DATA_SECONDS_PER_MICROBATCH -> 1e-3 * u;
                case HOST_SECONDS_PER_STEP -> 0.05 * u;
                case WEIGHT_BYTES_PER_PARAMETER, GRADIENT_BYTES_PER_PARAMETER -> 1 + r.nextInt(4);
                case OPTIMIZER_BYTES_PER_PARAMETER -> 4 + r.nextInt(13);
                case FRAGMENTATION_FRACTION -> 0.2 * u;
                case RUNTIME_BYTES_PER_RANK -> 4e9 * u;
                case GRADIENT_COMMUNICATION_BYTES, PARAMETER_GATHER_BYTES -> 1 + r.nextInt(4);
                case DATA_PARALLEL_OVERLAP -> r.nextInt(2);
                case DATA_PARALLEL_BUCKET_PARAMETERS -> r.nextBoolean() ? 0 : 1e6 + 1e9 * u;
                case TP_OVERLAP_COMPUTE_PENALTY, COLLECTIVE_OVERLAP_COMPUTE_PENALTY -> 0.5 * u;
                case PIPELINE_P2P_EXPOSED_FRACTION, PIPELINE_BUBBLE_HIDING_FRACTION -> u;
                case MEMORY_BOUND_BACKWARD_TRAFFIC -> 1 + 2 * u;
                case SYSTEM_USD_PER_SECOND -> 10 * u;
                case SYSTEM_CAPITAL_USD -> 1e9 * u;
                default -> throw new IllegalStateException("no range for " + k + "; add one to the test");
            };
            b.set(k, value);
        }
        for (int i = 0; i < b.levelCount(); i++) {
            b.levelEfficiency(i, 0.3 + 0.7 * r.nextDouble());
        }
        return b.build();
    }

    /**
     * Layouts around one set of degrees, grouped the way a search hands them out (a block of tp, pp, dp, cp, then
     * every microbatch, interleaving, recompute, sp, ZeRO stage and precision), plus scattered ones with a wrong
     * degree, a wrong product, out-of-range ZeRO stages and zeros.
     */
    private static List<int[]> layouts(Random r, Workload w, int n, int[] base) {
        List<int[]> out = new ArrayList<>();
        int batch = w.globalBatchSequences();
        List<Integer> mbs = Divisors.of(batch);
        for (int block = 0; block < 3; block++) {
            int[] deg = block == 0 ? base : randomDegreesFor(r, w, n);
            int tp = deg[0];
            int pp = deg[1];
            int cp = deg[2];
            int dp = deg[3];
            int[] microbatches = {mbs.get(r.nextInt(Math.min(mbs.size(), 4))), 1 + r.nextInt(8)};
            int[] vpps = {1, 1 + r.nextInt(4)};
            int[] precisions = {Precision.BF16.ordinal(), r.nextInt(Precision.values().length),
                    Precision.FP8.ordinal()};
            for (int mb : microbatches) {
                for (int vpp : vpps) {
                    for (int rc = 0; rc < 3; rc++) {
                        for (int sp = 0; sp <= 1; sp++) {
                            for (int zero = 0; zero <= 3; zero++) {
                                for (int precision : precisions) {
                                    out.add(new int[] {tp, pp, dp, cp, vpp, mb, rc, sp, zero, precision});
                                }
                            }
                        }
                    }
                }
            }
        }
        for (int i = 0; i < 100; i++) {
            int[] deg = randomDegreesFor(r, w, n);
            int[] s = {deg[0], deg[1], deg[3], deg[2], 1 + r.nextInt(4), mbs.get(r.nextInt(mbs.size())), r.nextInt(3),
                    r.nextInt(2), r.nextInt(4), r.nextInt(Precision.values().length)};
            switch (r.nextInt(8)) {
                case 0 -> s[r.nextInt(6)] = 0;
                case 1 -> s[KernelStrategy.DP] += 1;
                case 2 -> s[KernelStrategy.ZERO_STAGE] = r.nextBoolean() ? -1 : 4;
                case 3 -> s[KernelStrategy.TP] = 1 + r.nextInt(16);
                case 4 -> s[KernelStrategy.CP] = 1 << r.nextInt(4);
                case 5 -> s[KernelStrategy.SEQUENCE_PARALLEL] = 2;
                default -> {
                }
            }
            out.add(s);
        }
        return out;
    }
}
