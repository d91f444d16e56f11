package dev.walls.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.error.PluginFaultException;
import dev.walls.core.evaluation.Divisors;
import dev.walls.core.evaluation.Evaluator;
import dev.walls.core.evaluation.Fixtures;
import dev.walls.core.evaluation.ReferenceKernel;
import dev.walls.spi.kernel.CostKey;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.kernel.EvaluationKernel;
import dev.walls.spi.model.WallModel;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import dev.walls.spi.wall.WallStatus;
import dev.walls.spi.workload.Workload;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class StrategySearchTest {

    private final Evaluator evaluator = new Evaluator(Fixtures.walls());
    private final Workload gpt = Fixtures.gpt(32, 4096, 32, 2048, 256, 51200);

    private SearchResult search(SystemSpec system, Template template, int threads, boolean exact) {
        return new StrategySearch(evaluator, new ReferenceKernel(), new SimpleMeterRegistry(), threads)
                .search(system, gpt, template, Objective.TIME, 5, exact, SearchProgress.NONE);
    }

    @Test
    void theOpenKeysAreSearchedForTheFastestFittingLayout() {
        SystemSpec system = Fixtures.system(64);
        Template template = Template.of(Strategy.parse("tp=4,pp=2"), Set.of("mb", "vpp", "recompute", "sp"));
        Evaluation best = search(system, template, 1, true).best();
        assertTrue(best.fits());
        assertEquals(4, best.strategy().tp());
        assertEquals(2, best.strategy().pp());
        for (String candidate : List.of("tp=4,pp=2,mb=1,vpp=1,recompute=none,sp=true",
                "tp=4,pp=2,mb=2,vpp=2,recompute=full,sp=false", "tp=4,pp=2,mb=1,vpp=4,recompute=selective,sp=true")) {
            Evaluation other = evaluator.evaluate(system, gpt, Strategy.parse(candidate));
            assertTrue(!other.fits() || other.stepTimeSeconds() >= best.stepTimeSeconds(), candidate);
        }
    }

    @Test
    void unevenStagesOpenEveryDepthThatLeavesTheLastStageALayer() {
        assertEquals(Divisors.of(126), StrategySpace.pipelineDepths(126, false));
        List<Integer> uneven = StrategySpace.pipelineDepths(126, true);
        assertTrue(uneven.containsAll(Divisors.of(126)) && uneven.containsAll(List.of(4, 8, 16, 32)), uneven.toString());
        // 15 stages of ⌈126/15⌉ = 9, or 64 of 2, leave the last none
        assertFalse(uneven.contains(15) || uneven.contains(64), uneven.toString());
    }

    @Test
    void aSearchOnAStackWithUnevenStagesFindsADepthThatDoesNotDivideTheLayers() {
        // 30 layers: with tp=2, dp=8 and cp=1 pinned on 64 accelerators, only pp=4 (stages of 8, 8, 8 and 6) is left
        Workload thirty = Fixtures.gpt(30, 4096, 32, 2048, 256, 51200);
        Template template = Template.pinning("tp=2,dp=8,cp=1");
        Evaluation best = new StrategySearch(evaluator, new ReferenceKernel(), new SimpleMeterRegistry(), 1)
                .search(Fixtures.system(64), thirty, template, Objective.TIME, 5, true, SearchProgress.NONE).best();
        assertEquals(4, best.strategy().pp());
        assertEquals(0, 8 % best.strategy().vpp(), "interleaved, each full stage's 8 layers split in equal chunks");
        SystemSpec evenOnly = Fixtures.system(64, java.util.EnumSet.complementOf(
                java.util.EnumSet.of(dev.walls.spi.system.StackFeature.UNEVEN_PIPELINE)), 0);
        String conflict = StrategySpace.pinnedConflict(evenOnly, thirty, Template.pinning("pp=4"), false);
        assertTrue(conflict != null && conflict.contains("no uneven stages"), conflict);
    }

    @Test
    void theResultDoesNotDependOnTheNumberOfThreads() {
        SystemSpec system = Fixtures.system(64);
        SearchResult one = search(system, Template.OPEN, 1, false);
        SearchResult four = search(system, Template.OPEN, 4, false);
        assertEquals(one.top(), four.top());
        assertEquals(one.pareto(), four.pareto());
        assertEquals(one.strategiesEvaluated(), four.strategiesEvaluated());
        assertEquals(one.rejected(), four.rejected());
    }

    /**
     * A wall that charges time the kernel does not, growing with the accelerator count as failures and restarts do,
     * reorders layouts between sizes: the search ranks by the step the walls report, so the top list is sorted by it
     * and no point of the Pareto set is beaten on both time and cost.
     */
    @Test
    void theSearchRanksByTheStepTheWallsReport() {
        List<WallModel> walls = new ArrayList<>(Fixtures.walls());
        walls.set(Wall.PACKAGING.ordinal(), new Fixtures.Answering(Wall.PACKAGING, context -> {
            double n = context.system().accelerators();
            double work = context.step().stepTimeSeconds() - context.step().lossSeconds(Wall.PACKAGING);
            return new WallAssessment(Wall.PACKAGING, WallStatus.OK, work * Math.pow(n / 32, 4), 0, "", Map.of());
        }) {
            @Override
            public void stage(SystemSpec system, Workload workload, CostTable.Builder table) {
                // a dollar per accelerator-second, so that cost per step is the step times the accelerators
                table.set(CostKey.SYSTEM_USD_PER_SECOND, system.accelerators());
            }
        });
        Evaluator restarts = new Evaluator(walls);
        SystemSpec system = Fixtures.system(64);
        // without the restarts (and unpriced: by time)
        SearchResult plain = new StrategySearch(evaluator, new ReferenceKernel(), new SimpleMeterRegistry(), 2)
                .search(system, gpt, Template.OPEN, Objective.TIME, 5, false, SearchProgress.NONE);
        for (Objective objective : Objective.values()) {
            SearchResult r = new StrategySearch(restarts, new ReferenceKernel(), new SimpleMeterRegistry(), 2)
                    .search(system, gpt, Template.OPEN, objective, 5, false, SearchProgress.NONE);
            if (objective == Objective.TIME) {
                assertTrue(r.best().accelerators() < plain.best().accelerators(),
                        "the restarts make a smaller size the fastest: " + r.best().accelerators() + " against "
                                + plain.best().accelerators());
            }
            List<Evaluation> top = r.top();
            assertEquals(top.get(0), r.best());
            for (int i = 1; i < top.size(); i++) {
                double before = objective == Objective.TIME ? top.get(i - 1).stepTimeSeconds() : cost(top.get(i - 1));
                double after = objective == Objective.TIME ? top.get(i).stepTimeSeconds() : cost(top.get(i));
                assertTrue(before <= after, objective + ": " + top.get(i - 1) + " before " + top.get(i));
            }
            for (Evaluation p : r.pareto()) {
                for (Evaluation q : r.pareto()) {
                    boolean beats = q.stepTimeSeconds() <= p.stepTimeSeconds() && cost(q) <= cost(p)
                            && (q.stepTimeSeconds() < p.stepTimeSeconds() || cost(q) < cost(p));
                    assertTrue(!beats, q + " beats " + p + " on the Pareto set");
                }
            }
            // the set's ends are the fastest and the cheapest layouts found
            List<Evaluation> front = r.pareto();
            double fastestTop = top.stream().mapToDouble(Evaluation::stepTimeSeconds).min().orElseThrow();
            double cheapestTop = top.stream().mapToDouble(StrategySearchTest::cost).min().orElseThrow();
            assertTrue(front.get(0).stepTimeSeconds() <= fastestTop, objective + ": the fastest is on the set");
            assertTrue(cost(front.get(front.size() - 1)) <= cheapestTop, objective + ": the cheapest is on the set");
            assertEquals(objective == Objective.TIME ? fastestTop : cheapestTop,
                    objective == Objective.TIME ? front.get(0).stepTimeSeconds() : cost(front.get(front.size() - 1)));
        }
    }

    /** Cost per step as the search prices it, at the dollar per accelerator-second the test's wall stages. */
    private static double cost(Evaluation e) {
        return e.stepTimeSeconds() * e.accelerators();
    }

    @Test
    void theListenerHearsOneReportAtATimeAndTheCountOnlyGrowsToTheTotal() {
        List<long[]> reports = new ArrayList<>();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        SearchProgress listener = (done, total) -> {
            if (inside.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            // Stays a while, so that a second worker arriving meanwhile would be seen.
            LockSupport.parkNanos(200_000);
            synchronized (reports) {
                reports.add(new long[] {done, total});
            }
            inside.decrementAndGet();
        };
        SearchResult r = new StrategySearch(evaluator, new ReferenceKernel(), new SimpleMeterRegistry(), 4)
                .search(Fixtures.system(64), gpt, Template.OPEN, Objective.TIME, 5, false, listener);
        assertEquals(0, overlaps.get(), "reports overlapped");
        assertTrue(reports.size() > 4, "one report per run of blocks: " + reports.size());
        for (int i = 0; i < reports.size(); i++) {
            assertEquals(r.strategiesEvaluated(), reports.get(i)[1]);
            assertTrue(i == 0 || reports.get(i)[0] > reports.get(i - 1)[0], "the count fell at report " + i);
        }
        assertEquals(r.strategiesEvaluated(), reports.get(reports.size() - 1)[0], "the last report is the total");
    }

    @Test
    void workersTakeRunsOfBlocksThatShareASizeAndTp() {
        List<StrategySpace.Block> blocks = StrategySpace.of(Fixtures.system(64), gpt, Template.OPEN, false).blocks();
        int[] runs = StrategySearch.runs(blocks);
        assertEquals(0, runs[0]);
        assertEquals(blocks.size(), runs[runs.length - 1]);
        assertTrue(runs.length > 4, "the space cuts into several runs: " + runs.length);
        for (int r = 0; r < runs.length - 1; r++) {
            assertTrue(runs[r] < runs[r + 1], "run " + r + " is not empty");
            StrategySpace.Block first = blocks.get(runs[r]);
            for (int i = runs[r]; i < runs[r + 1]; i++) {
                assertEquals(first.size(), blocks.get(i).size());
                assertEquals(first.tp(), blocks.get(i).tp());
            }
            if (r > 0) {
                StrategySpace.Block last = blocks.get(runs[r] - 1);
                assertTrue(last.size() != first.size() || last.tp() != first.tp(), "run " + r + " starts where it must");
            }
        }
    }

    @Test
    void aKernelFailureOnAnyThreadReachesTheCallerWithTheKernelNamed() {
        IllegalStateException boom = new IllegalStateException("boom");
        EvaluationKernel failing = kernel("failing", (table, strategy, out) -> {
            throw boom;
        });
        for (int threads : new int[] {1, 2, 4}) {
            StrategySearch search = new StrategySearch(evaluator, failing, new SimpleMeterRegistry(), threads);
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> search.search(
                    Fixtures.system(64), gpt, Template.OPEN, Objective.TIME, 5, false, SearchProgress.NONE));
            assertSame(boom, thrown.getCause(), threads + " threads");
        }
    }

    @Test
    void aKernelFailureOnAHelperThreadAloneReachesTheCaller() {
        IllegalStateException boom = new IllegalStateException("boom on a helper");
        Thread caller = Thread.currentThread();
        java.util.concurrent.CountDownLatch failed = new java.util.concurrent.CountDownLatch(1);
        EvaluationKernel failingElsewhere = kernel("failing-on-helpers", (table, strategy, out) -> {
            if (Thread.currentThread() != caller) {
                failed.countDown();
                throw boom;
            }
            // The caller's thread waits until a helper has failed, so that the helper's failure is the only one.
            try {
                failed.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            java.util.Arrays.fill(out, 0);
        });
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> new StrategySearch(evaluator,
                failingElsewhere, new SimpleMeterRegistry(), 2).search(Fixtures.system(64), gpt, Template.OPEN,
                Objective.TIME, 5, false, SearchProgress.NONE));
        assertSame(boom, thrown.getCause());
    }

    @Test
    void everyLayoutTheSpaceHoldsIsValidForTheKernel() {
        SystemSpec system = Fixtures.system(64);
        SearchResult r = search(system, Template.OPEN, 2, false);
        assertEquals(0L, r.rejected().get("software"), "the space only enumerates layouts the kernel accepts");
        assertTrue(r.strategiesEvaluated() > 1000, "a real space: " + r.strategiesEvaluated());
    }

    @Test
    void theCountIsHowManyLayoutsTheSweepVisits() {
        for (Template t : new Template[] {Template.OPEN, Template.pinning("tp=4,recompute=full"), Template.pinning("sp=false,zero=0")}) {
            StrategySpace space = StrategySpace.of(Fixtures.system(64), gpt, t, false);
            int[] slots = new int[dev.walls.spi.kernel.KernelStrategy.SIZE];
            assertTrue(space.blocks().size() > 10, t + " leaves blocks to count");
            long total = 0;
            for (StrategySpace.Block b : space.blocks()) {
                Set<String> visited = new java.util.HashSet<>();
                space.forEach(b, slots, s -> assertTrue(visited.add(java.util.Arrays.toString(s)), "visited twice"));
                assertEquals(visited.size(), space.count(b), b.toString());
                total += visited.size();
            }
            assertEquals(total, space.count(), t.toString());
        }
    }

    @Test
    void whenNothingFitsTheLayoutClosestToFittingIsReported() {
        SystemSpec system = Fixtures.system(8);
        Workload big = Fixtures.gpt(96, 12288, 96, 2048, 1536, 51200);
        SearchResult r = new StrategySearch(evaluator, new ReferenceKernel(), new SimpleMeterRegistry(), 2)
                .search(system, big, Template.OPEN, Objective.TIME, 5, false, SearchProgress.NONE);
        assertEquals(0, r.strategiesFeasible());
        assertTrue(r.pareto().isEmpty(), "no front without a feasible layout");
        assertEquals(1, r.top().size());
        assertTrue(!r.best().fits());
        // The smallest footprint of the whole space, found layout by layout.
        StrategySpace space = StrategySpace.of(system, big, Template.OPEN, false);
        ReferenceKernel reference = new ReferenceKernel();
        double[] out = new double[dev.walls.spi.kernel.KernelOutput.SIZE];
        double[] smallest = {Double.POSITIVE_INFINITY};
        for (StrategySpace.Block b : space.blocks()) {
            CostTable table = evaluator.table(Subsystem.of(system, b.accelerators()), big);
            space.forEach(b, new int[dev.walls.spi.kernel.KernelStrategy.SIZE], slots -> {
                reference.evaluate(table, slots, out);
                smallest[0] = Math.min(smallest[0], out[dev.walls.spi.kernel.KernelOutput.MEMORY_BYTES]);
            });
        }
        assertEquals(smallest[0], r.best().memoryPerRankBytes(), 1e-9 * smallest[0]);
    }

    @Test
    void aKernelThatRejectsEveryLayoutIsReportedWithItsCounts() {
        EvaluationKernel rejecting = kernel("rejecting", (table, strategy, out) -> java.util.Arrays.fill(out, 0));
        SearchResult counted = search(Fixtures.system(64), Template.OPEN, 1, false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new StrategySearch(evaluator,
                rejecting, new SimpleMeterRegistry(), 2).search(Fixtures.system(64), gpt, Template.OPEN,
                Objective.TIME, 5, false, SearchProgress.NONE));
        assertEquals("none of the " + counted.strategiesEvaluated() + " layouts of " + gpt.id()
                + " on test-cluster is valid: " + counted.strategiesEvaluated() + " blocked by the software wall",
                e.getMessage());
    }

    /** A kernel's broken promise is its fault, named, not a ranking built on NaN (which a search once returned). */
    @Test
    void aKernelThatTimesAFittingLayoutAsNaNIsNamedNotTrusted() {
        EvaluationKernel nan = fitsInNaNSeconds("nan");
        PluginFaultException e = assertThrows(PluginFaultException.class, () -> new StrategySearch(evaluator, nan,
                "kernel 'nan' of plugin 'p' (p.jar)", new SimpleMeterRegistry(), 2).search(Fixtures.system(64), gpt,
                Template.OPEN, Objective.TIME, 5, false, SearchProgress.NONE));
        assertTrue(e.getMessage().startsWith("kernel 'nan' of plugin 'p' (p.jar) returned a step of NaN s for a "
                + "layout it says fits memory (tp="), e.getMessage());
    }

    /** walls' own kernel breaking the contract is walls' bug, not a plugin's to fix. */
    @Test
    void aFaultOfWallsOwnKernelIsAnInternalErrorNotAPlugins() {
        EvaluationKernel nan = fitsInNaNSeconds("own");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new StrategySearch(evaluator, nan,
                null, new SimpleMeterRegistry(), 1).search(Fixtures.system(64), gpt, Template.OPEN, Objective.TIME, 5,
                false, SearchProgress.NONE));
        assertTrue(e.getMessage().startsWith("kernel 'own' returned a step of NaN s"), e.getMessage());
    }

    @Test
    void aKernelThatThrowsIsNamedWithWhatItThrew() {
        EvaluationKernel throwing = kernel("throwing", (table, strategy, out) -> {
            throw new IllegalArgumentException("bug in the kernel");
        });
        PluginFaultException e = assertThrows(PluginFaultException.class, () -> new StrategySearch(evaluator,
                throwing, "kernel 'throwing' of plugin 'p' (p.jar)", new SimpleMeterRegistry(), 1).search(
                Fixtures.system(64), gpt, Template.OPEN, Objective.TIME, 5, false, SearchProgress.NONE));
        // the layouts as a person reads them, each key with its values, not a raw record
        assertTrue(e.getMessage().matches("kernel 'throwing' of plugin 'p' \\(p\\.jar\\) failed on the layouts tp=\\d+, "
                + "pp=[\\d|]+, dp=[\\d|]+, cp=[\\d|]+, vpp=[\\d|]+, mb=[\\d|]+, recompute=[a-z|]+, sp=[a-z|]+, "
                + "zero=[\\d|]+, precision=[a-z0-9|]+ on \\d+ accelerators: .*"), e.getMessage());
        assertTrue(e.getMessage().endsWith("java.lang.IllegalArgumentException: bug in the kernel"), e.getMessage());
    }

    @Test
    void anAcceleratorWithNoTrainingPrecisionIsSaidSoNotBlamedOnPins() {
        SystemSpec base = Fixtures.system(64);
        var a = base.accelerator();
        var int8Only = new dev.walls.spi.system.AcceleratorSpec(a.name(), Map.of(dev.walls.spi.system.Precision.INT8,
                a.peak(dev.walls.spi.system.Precision.BF16).orElseThrow()), a.memory(), a.powerWatts(), a.costUsd(),
                a.silicon());
        SystemSpec inference = new SystemSpec(base.id(), base.name(), base.description(), int8Only, base.levels(),
                base.accelerators(), base.scaling(), base.software(), base.provenance());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> search(inference,
                Template.OPEN, 1, false));
        assertTrue(e.getMessage().endsWith(": the " + a.name() + " has no peak in a precision walls trains in (bf16,"
                + " fp16, or fp8 on a stack that trains in it); it has int8"), e.getMessage());
    }

    /** A layout a wall blocks cannot run, however fast: runnable ones rank first and only they make the front. */
    @Test
    void layoutsAWallBlocksRankAfterEveryRunnableOne() {
        List<WallModel> walls = new ArrayList<>(Fixtures.walls());
        // economics blocks the two largest sizes, as a run dearer than its limit would be; it prices the system, as
        // the cost objective needs
        walls.set(Wall.ECONOMICS.ordinal(), priced(context ->
                new WallAssessment(Wall.ECONOMICS, context.system().accelerators() > 32 ? WallStatus.BLOCKED
                        : WallStatus.OK, 0, 0, "", Map.of())));
        Evaluator blocking = new Evaluator(walls);
        SystemSpec system = Fixtures.system(64);
        SearchResult open = search(system, Template.OPEN, 2, false);
        assertTrue(open.best().accelerators() > 32, "unblocked, the largest size is the fastest: " + open.best());
        for (Objective objective : Objective.values()) {
            SearchResult r = new StrategySearch(blocking, new ReferenceKernel(), new SimpleMeterRegistry(), 2)
                    .search(system, gpt, Template.OPEN, objective, 20, false, SearchProgress.NONE);
            assertTrue(r.best().accelerators() <= 32, objective + ": " + r.best());
            if (objective == Objective.TIME) {
                // the faster sizes it gave up are named, fastest first, each with the wall that blocks it
                assertFalse(r.blockedBetter().isEmpty(), "the blocked faster sizes are reported");
                assertEquals(open.best().accelerators(), r.blockedBetter().get(0).accelerators());
                for (Evaluation e : r.blockedBetter()) {
                    assertEquals(Optional.of(Wall.ECONOMICS), e.blockingWall(), e.toString());
                    assertTrue(e.stepTimeSeconds() < r.best().stepTimeSeconds(), e + " vs " + r.best());
                }
            }
            boolean blockedSeen = false;
            for (Evaluation e : r.top()) {
                boolean blocked = e.accelerators() > 32;
                assertTrue(!blockedSeen || blocked, objective + ": a runnable layout after a blocked one: " + e);
                blockedSeen |= blocked;
            }
            assertFalse(r.pareto().isEmpty());
            for (Evaluation p : r.pareto()) {
                assertTrue(p.accelerators() <= 32, objective + ": a blocked layout on the front: " + p);
            }
        }
        // when nothing can run, the fastest blocked layout is still the answer, for the walls to say why; but there is
        // no trade-off between runs that cannot happen: the front is empty
        walls.set(Wall.ECONOMICS.ordinal(), priced(context ->
                new WallAssessment(Wall.ECONOMICS, WallStatus.BLOCKED, 0, 0, "", Map.of())));
        for (Objective objective : Objective.values()) {
            SearchResult none = new StrategySearch(new Evaluator(walls), new ReferenceKernel(), new SimpleMeterRegistry(), 2)
                    .search(system, gpt, Template.OPEN, objective, 5, false, SearchProgress.NONE);
            if (objective == Objective.TIME) {
                assertEquals(open.best().strategy(), none.best().strategy());
            }
            assertTrue(none.best().blockingWall().isPresent(), none.best().toString());
            assertTrue(none.pareto().isEmpty(), objective + ": blocked layouts on the front: " + none.pareto());
            assertTrue(none.blockedBetter().isEmpty(), "nothing runs, so nothing runnable was beaten");
        }
        assertTrue(open.blockedBetter().isEmpty(), "nothing blocked");
    }

    /** An economics double that judges with {@code assess} and prices the system at a dollar per accelerator-second. */
    private static WallModel priced(java.util.function.Function<dev.walls.spi.model.WallContext, WallAssessment> assess) {
        return new Fixtures.Answering(Wall.ECONOMICS, assess) {
            @Override
            public void stage(SystemSpec system, Workload workload, CostTable.Builder table) {
                table.set(CostKey.SYSTEM_USD_PER_SECOND, system.accelerators());
            }
        };
    }

    /**
     * Ranking by cost needs the economics model to price the system: one that stages no price would rank every layout
     * at $0 and return an arbitrary one as the cheapest, so the cost objective is refused, naming the model.
     */
    @Test
    void theCostObjectiveIsRefusedWhenTheEconomicsModelPricesNothing() {
        SystemSpec system = Fixtures.system(64);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                new StrategySearch(evaluator, new ReferenceKernel(), new SimpleMeterRegistry(), 1)
                        .search(system, gpt, Template.OPEN, Objective.COST, 5, false, SearchProgress.NONE));
        assertTrue(e.getMessage().startsWith("the cost objective ranks layouts by what their steps cost, but the economics"
                + " wall model 'double-economics' prices " + system.id() + " at "), e.getMessage());
        assertTrue(e.getMessage().endsWith(": search by time instead"), e.getMessage());
        // by time, nothing is priced and nothing needs to be
        assertTrue(search(system, Template.OPEN, 1, false).best().fits());
    }

    @Test
    void unknownKeysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Template.of(Strategy.parse("tp=4"), Set.of("banana")));
    }

    /** The one-layout evaluation of a test kernel. */
    private interface LayoutEvaluation {
        void evaluate(CostTable table, int[] strategy, double[] out);
    }

    /** A kernel that says every layout is valid and fits, in NaN seconds: one that breaks the SPI's contract. */
    private static EvaluationKernel fitsInNaNSeconds(String id) {
        return kernel(id, (table, strategy, out) -> {
            java.util.Arrays.fill(out, Double.NaN);
            out[dev.walls.spi.kernel.KernelOutput.VALID] = 1;
            out[dev.walls.spi.kernel.KernelOutput.FITS] = 1;
        });
    }

    private static EvaluationKernel kernel(String id, LayoutEvaluation evaluation) {
        return new EvaluationKernel() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public void evaluate(CostTable table, int[] strategy, double[] out) {
                evaluation.evaluate(table, strategy, out);
            }
        };
    }
}
