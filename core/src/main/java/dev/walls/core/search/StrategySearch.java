package dev.walls.core.search;

import dev.walls.core.error.PluginFaultException;
import dev.walls.core.evaluation.Evaluator;
import dev.walls.spi.kernel.CostKey;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.kernel.EvaluationKernel;
import dev.walls.spi.kernel.KernelStrategy;
import dev.walls.spi.kernel.LayoutGrid;
import dev.walls.spi.kernel.LayoutScores;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.strategy.Recompute;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.workload.Workload;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Sweeps every valid layout of a workload on a system with a kernel, across cores, and keeps the best ones and the
 * time-versus-cost Pareto set; the winners are then evaluated in full through every wall.
 *
 * <p>The walls stage a {@link CostTable} once per accelerator count; the sweep itself is the kernel's plain
 * arithmetic over it, one {@link LayoutGrid} (a block and a microbatch size, crossed with everything else) per call.
 * Workers take runs of blocks (a block is an accelerator count and its parallel degrees) from a shared counter, keep
 * their own bests and counts, and the merge orders everything by a total order, so the result does not depend on
 * how blocks fell to threads.
 */
public final class StrategySearch {

    /**
     * Worker threads live as long as the JVM, idle or not (a cached pool would end them after a minute): a kernel
     * may keep per-thread memos (the fast kernel does), and fresh threads would start them cold.
     */
    private static final ExecutorService POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, Long.MAX_VALUE,
            TimeUnit.NANOSECONDS, new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "walls-search");
                t.setDaemon(true);
                // A task's own failure reaches the caller through its Future. A heap that runs out between tasks
                // ends the thread, and the default handler's stack trace would run out too; the caller says it once.
                t.setUncaughtExceptionHandler((thread, e) -> {
                    if (!(e instanceof OutOfMemoryError)) {
                        thread.getThreadGroup().uncaughtException(thread, e);
                    }
                });
                return t;
            });

    private final Evaluator evaluator;
    private final EvaluationKernel kernel;
    /** The kernel as a fault names it: its id and where it comes from. */
    private final String kernelName;
    /** A kernel's fault is its plugin's ({@link PluginFaultException}); one of walls' own kernels' is a bug. */
    private final boolean kernelFromPlugin;
    private final MeterRegistry metrics;
    private final int threads;

    /**
     * @param evaluator stages tables and evaluates the winners in full
     * @param kernel    sweeps the space
     * @param metrics   receives counts and timings
     * @param threads   worker threads, at least 1; a fault of the kernel is reported as a bug, with no plugin named
     */
    public StrategySearch(Evaluator evaluator, EvaluationKernel kernel, MeterRegistry metrics, int threads) {
        this(evaluator, kernel, null, metrics, threads);
    }

    /**
     * @param kernelName the kernel's plugin as a fault of the kernel should name it, e.g. {@code kernel 'x' of plugin
     *                   'p' (p.jar)}; null for one of walls' own kernels, whose fault is a bug of walls
     */
    public StrategySearch(Evaluator evaluator, EvaluationKernel kernel, String kernelName, MeterRegistry metrics,
                          int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.evaluator = evaluator;
        this.kernel = kernel;
        this.kernelName = kernelName != null ? kernelName : "kernel '" + kernel.id() + "'";
        this.kernelFromPlugin = kernelName != null;
        this.metrics = metrics;
        this.threads = threads;
    }

    /**
     * Searches a workload's layouts on a system.
     *
     * @param system    the system; its size is the most the search may use
     * @param workload  the training job
     * @param template  the dimensions pinned by the caller
     * @param objective what to minimize
     * @param top       how many of the best layouts to return, at least 1
     * @param exact     use exactly the system's accelerators, else any number of them up to its size
     * @param progress  told how far the sweep has come
     * @return the best layouts; when none fits memory, the one closest to fitting alone (and
     *         {@code strategiesFeasible} is 0)
     * @throws IllegalArgumentException when no layout exists at all (the message says why)
     */
    public SearchResult search(SystemSpec system, Workload workload, Template template, Objective objective, int top,
                               boolean exact, SearchProgress progress) {
        return search(system, workload, template, objective, top, exact, null, progress);
    }

    /**
     * Searches a workload's layouts on a system for the best whose run takes at most {@code maxDays}: the cheapest
     * run within a deadline, with the cost objective. When no layout that can run meets it, the result says so
     * ({@link SearchResult#withinMaxDays()} false) and gives the fastest layouts instead, so that the walls say how
     * far the system is from it.
     *
     * @param maxDays the deadline in days, more than 0; null for none
     * @see #search(SystemSpec, Workload, Template, Objective, int, boolean, SearchProgress)
     */
    public SearchResult search(SystemSpec system, Workload workload, Template template, Objective objective, int top,
                               boolean exact, Double maxDays, SearchProgress progress) {
        SearchOptions.requireTop(top);
        SearchOptions.requireMaxDays(maxDays);
        String untrainable = StrategySpace.noTrainingPrecision(system, template);
        if (untrainable != null) {
            throw new IllegalArgumentException(noLayoutPrefix(system, workload, exact) + untrainable);
        }
        String conflict = StrategySpace.pinnedConflict(system, workload, template, exact);
        if (conflict != null) {
            throw new IllegalArgumentException(noLayoutPrefix(system, workload, exact) + conflict
                    + "; pin another value or leave the key out to search it");
        }
        StrategySpace space = StrategySpace.of(system, workload, template, exact);
        if (space.blocks().isEmpty()) {
            throw new IllegalArgumentException(noLayout(system, workload, exact));
        }
        List<Integer> sizes = space.sizes();
        CostTable[] tables = new CostTable[sizes.size()];
        double[] usdPerSecond = new double[sizes.size()];
        onEveryCore(sizes.size(), i -> tables[i] = evaluator.table(Subsystem.of(system, sizes.get(i)), workload));
        for (int i = 0; i < sizes.size(); i++) {
            usdPerSecond[i] = tables[i].get(CostKey.SYSTEM_USD_PER_SECOND);
            if (objective == Objective.COST && !(usdPerSecond[i] > 0 && Double.isFinite(usdPerSecond[i]))) {
                // ranking by 0 or NaN would return an arbitrary layout as the cheapest
                throw new IllegalArgumentException("the cost objective ranks layouts by what their steps cost, but the "
                        + economicsModel() + " prices " + system.id() + " at " + sizes.get(i) + " accelerators at "
                        + usdPerSecond[i] + " USD a second (CostKey.SYSTEM_USD_PER_SECOND, which an economics model"
                        + " stages as a positive amount; 0 when it stages none): search by time instead");
            }
        }
        // The total is for the listener alone, and counting it walks every grid once more.
        long total = progress == SearchProgress.NONE ? 0 : space.count();
        long started = System.nanoTime();
        List<Worker> workers = sweep(space, tables, usdPerSecond, objective, top, total, progress);
        double elapsed = (System.nanoTime() - started) / 1e9;

        long evaluated = 0;
        long feasible = 0;
        long[] rejected = new long[Wall.values().length];
        List<List<Ranked>> bySize = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            bySize.add(new ArrayList<>());
        }
        List<Ranked> closest = new ArrayList<>();
        for (Worker w : workers) {
            evaluated += w.evaluated;
            feasible += w.feasible;
            for (int i = 0; i < rejected.length; i++) {
                rejected[i] += w.rejected[i];
            }
            for (int i = 0; i < sizes.size(); i++) {
                if (w.tops[i] != null) {
                    bySize.get(i).addAll(w.tops[i].items());
                }
            }
            closest.addAll(w.closest.items());
        }
        record(evaluated, feasible, rejected, elapsed);
        if (feasible == 0) {
            // Nothing runs: report the layout that comes closest to fitting, so the walls can say by how much.
            closest.sort(Ranked.ORDER);
            if (closest.isEmpty()) {
                throw new IllegalArgumentException(evaluated == 0
                        ? "no layout of " + workload.id() + " on " + system.id() + " passes the pinned keys"
                        : "none of the " + evaluated + " layouts of " + workload.id() + " on " + system.id()
                        + " is valid: " + rejectedSummary(rejected));
            }
            Evaluation nearest = evaluate(system, workload, closest.get(0));
            // the deadline is not what stops it: nothing fits
            return result(nearest, List.of(nearest), List.of(), evaluated, feasible, rejected, objective, sizes, elapsed,
                    List.of(), maxDays, true);
        }
        Judged judged = judge(system, workload, bySize, usdPerSecond, objective, top, maxDays);
        if (judged.top().isEmpty()) {
            // A wall blocks every layout that fits, and each is late besides, so the deadline left none: nothing can
            // run, and the deadline is not what stops it. The best blocked layouts say why, as they do without one.
            judged = judge(system, workload, bySize, usdPerSecond, objective, top, null);
        }
        return result(judged.top().get(0), judged.top(), judged.pareto(), evaluated, feasible, rejected, objective,
                sizes, elapsed, judged.blockedBetter(), maxDays, judged.withinMaxDays());
    }

    /**
     * The best layouts, the Pareto set and the blocked layouts that beat the best, as the walls judge them in full;
     * whether the best meet the deadline (true without one).
     */
    private record Judged(List<Evaluation> top, List<Evaluation> pareto, List<Evaluation> blockedBetter,
                          boolean withinMaxDays) {
    }

    /**
     * Picks the best layouts and the Pareto set by the step the walls report, not the kernel's. A wall may charge
     * time the kernel does not (packaging's failures and restarts, which grow with the accelerator count), so the
     * kernel's order can differ from the reported one between sizes. Within one size it is the same: such a charge
     * grows with the step (goodput is a fraction of it), and a table prices every layout alike. So each size's fastest
     * layout is evaluated in full (unless the sizes judged before it already rule it out), its reported step over the
     * kernel's scales that size's candidates, the best K are picked on the scaled steps, and all of them are then
     * ordered by what their full evaluation reports.
     *
     * <p>A layout a wall blocks (economics: a run dearer than the limit or longer than the hardware lasts; packaging:
     * a part that cannot be built) cannot run, however fast: it ranks after every layout that can, and neither rules
     * out another size nor enters the Pareto set (which is empty when no layout can run). Such blocks grow with the step too, so
     * a size whose fastest layout is blocked is taken as blocked throughout.
     */
    private Judged judge(SystemSpec system, Workload workload, List<List<Ranked>> bySize, double[] usdPerSecond,
                         Objective objective, int top, Double maxDays) {
        List<Integer> withFits = new ArrayList<>();
        for (int i = 0; i < bySize.size(); i++) {
            List<Ranked> candidates = bySize.get(i);
            if (!candidates.isEmpty()) {
                candidates.sort(Ranked.ORDER);
                withFits.add(i);
            }
        }
        // Sizes in the order of their fastest layout's kernel step. A wall only adds time, so a size's kernel figures
        // bound what it reports from below: once the runnable sizes judged so far fill the best K and cover the Pareto
        // set below a size's bounds, that size need not be judged.
        withFits.sort(Comparator.comparingDouble((Integer i) -> bySize.get(i).get(0).stepSeconds())
                .thenComparing(i -> bySize.get(i).get(0), Ranked.ORDER));
        boolean byTime = objective == Objective.TIME;
        List<Ranked> scaled = new ArrayList<>();
        List<Ranked> blockedScaled = new ArrayList<>();
        // Runnable layouts whose run takes longer than the deadline: answers only when none meets it.
        List<Ranked> lateScaled = new ArrayList<>();
        List<Ranked> heads = new ArrayList<>();
        List<Ranked> blockedHeads = new ArrayList<>();
        Map<String, Evaluation> known = new HashMap<>();
        PriorityQueue<Double> bestK = new PriorityQueue<>(Comparator.reverseOrder());
        for (int from = 0; from < withFits.size(); from += threads) {
            List<Integer> batch = new ArrayList<>();
            for (int i : withFits.subList(from, Math.min(from + threads, withFits.size()))) {
                double t = bySize.get(i).get(0).stepSeconds();
                double cost = t * usdPerSecond[i];
                boolean mayBeTop = bestK.size() < top || (byTime ? t : cost) <= bestK.peek();
                if (mayBeTop || !dominated(t, cost, heads)) {
                    batch.add(i);
                }
            }
            Evaluation[] judged = new Evaluation[batch.size()];
            onEveryCore(judged.length, b -> judged[b] = evaluate(system, workload, bySize.get(batch.get(b)).get(0)));
            for (int b = 0; b < judged.length; b++) {
                int i = batch.get(b);
                boolean blocked = judged[b].blockingWall().isPresent();
                List<Ranked> candidates = bySize.get(i);
                Ranked head = candidates.get(0);
                double reported = judged[b].stepTimeSeconds();
                double scale = reported / head.stepSeconds();
                double price = usdPerSecond[i];
                known.put(key(head), judged[b]);
                (blocked ? blockedHeads : heads).add(new Ranked(byTime ? reported : reported * price, reported,
                        reported * price, head.accelerators(), head.slots()));
                for (int c = 0; c < Math.min(top, candidates.size()); c++) {
                    Ranked r = candidates.get(c);
                    double t = c == 0 ? reported : r.stepSeconds() * scale;
                    Ranked judgedCandidate = new Ranked(byTime ? t : t * price, t, t * price, r.accelerators(), r.slots());
                    if (blocked) {
                        // one that could not run anyway and would be late besides is no answer of a deadline's
                        if (!late(workload, t, maxDays)) {
                            blockedScaled.add(judgedCandidate);
                        }
                        continue;
                    }
                    if (late(workload, t, maxDays)) {
                        // Within a size a slower layout is later still; a late one fills no place of the best K.
                        lateScaled.add(judgedCandidate);
                        continue;
                    }
                    scaled.add(judgedCandidate);
                    bestK.add(judgedCandidate.score());
                    if (bestK.size() > top) {
                        bestK.poll();
                    }
                }
            }
        }
        // No runnable layout meets the deadline: the fastest are the answer, and the result says the deadline is missed.
        boolean withinMaxDays = maxDays == null || !scaled.isEmpty() || lateScaled.isEmpty();
        if (!withinMaxDays) {
            scaled = lateScaled;
            byTime = true;
            for (int i = 0; i < scaled.size(); i++) {
                Ranked r = scaled.get(i);
                scaled.set(i, new Ranked(r.stepSeconds(), r.stepSeconds(), r.costPerStepUsd(), r.accelerators(),
                        r.slots()));
            }
        }
        scaled.sort(Ranked.ORDER);
        blockedScaled.sort(Ranked.ORDER);
        scaled.addAll(blockedScaled);
        List<Ranked> winners = scaled.subList(0, Math.min(top, scaled.size()));
        // Each distinct winner through every wall once, on every core: --top 100000 asks for a lot of them.
        List<Ranked> missing = new ArrayList<>();
        for (Ranked r : winners) {
            if (!known.containsKey(key(r))) {
                missing.add(r);
            }
        }
        Evaluation[] more = new Evaluation[missing.size()];
        onEveryCore(more.length, i -> more[i] = evaluate(system, workload, missing.get(i)));
        for (int i = 0; i < more.length; i++) {
            known.put(key(missing.get(i)), more[i]);
        }
        Map<Integer, Double> priceOf = new HashMap<>();
        for (int i : withFits) {
            priceOf.put(bySize.get(i).get(0).accelerators(), usdPerSecond[i]);
        }
        List<Ranked> runnable = new ArrayList<>();
        List<Ranked> blockedReported = new ArrayList<>();
        List<Ranked> lateReported = new ArrayList<>();
        for (Ranked r : winners) {
            Evaluation e = known.get(key(r));
            double t = e.stepTimeSeconds();
            double cost = t * priceOf.get(r.accelerators());
            if (withinMaxDays && late(workload, t, maxDays)) {
                // its full evaluation takes it past the deadline its size's scaled step kept it within
                if (!e.blockingWall().isPresent()) {
                    lateReported.add(new Ranked(t, t, cost, r.accelerators(), r.slots()));
                }
                continue;
            }
            (e.blockingWall().isPresent() ? blockedReported : runnable).add(new Ranked(byTime ? t : cost, t, cost, r.accelerators(),
                    r.slots()));
        }
        if (runnable.isEmpty() && !lateReported.isEmpty()) {
            // every winner came out past the deadline in full: the fastest of them are the answer after all
            withinMaxDays = false;
            runnable = lateReported;
        }
        runnable.sort(Ranked.ORDER);
        blockedReported.sort(Ranked.ORDER);
        runnable.addAll(blockedReported);
        List<Evaluation> best = new ArrayList<>();
        for (Ranked r : runnable) {
            best.add(known.get(key(r)));
        }
        // Only layouts that can run: when a wall blocks every one, there is no trade-off to show.
        List<Evaluation> pareto = new ArrayList<>();
        for (Ranked r : ParetoFront.merge(heads)) {
            pareto.add(known.get(key(r)));
        }
        // What the answer gave up: a user asking for the fastest run should hear that faster ones exist and why
        // they cannot run, not only see a slower answer.
        List<Evaluation> blockedBetter = new ArrayList<>();
        if (!heads.isEmpty() && !runnable.isEmpty()) {
            double bestScore = runnable.get(0).score();
            blockedHeads.sort(Ranked.ORDER);
            for (Ranked r : blockedHeads) {
                if (r.score() < bestScore) {
                    blockedBetter.add(known.get(key(r)));
                }
            }
        }
        return new Judged(best, pareto, blockedBetter, withinMaxDays);
    }

    /** Whether a run at {@code stepSeconds} a step takes longer than the deadline (never without one). */
    private static boolean late(Workload workload, double stepSeconds, Double maxDays) {
        return maxDays != null && RunFigures.days(workload, stepSeconds) > maxDays;
    }

    /** The economics wall's model as a message names it, e.g. {@code economics wall model 'standard-economics'}. */
    private String economicsModel() {
        return "economics wall model '" + evaluator.economicsModelId() + "'";
    }

    /** Whether a judged point beats ({@code seconds}, {@code cost}) strictly: then anything at or above it is beaten. */
    private static boolean dominated(double seconds, double cost, List<Ranked> judged) {
        for (Ranked q : judged) {
            if (q.stepSeconds() <= seconds && q.costPerStepUsd() <= cost
                    && (q.stepSeconds() < seconds || q.costPerStepUsd() < cost)) {
                return true;
            }
        }
        return false;
    }

    private static String key(Ranked r) {
        return r.accelerators() + Arrays.toString(r.slots());
    }

    private SearchResult result(Evaluation best, List<Evaluation> top, List<Evaluation> pareto, long evaluated,
                                long feasible, long[] rejected, Objective objective, List<Integer> sizes,
                                double elapsed, List<Evaluation> blockedBetter, Double maxDays, boolean withinMaxDays) {
        Map<String, Long> rejectedByWall = new LinkedHashMap<>();
        for (Wall w : Wall.values()) {
            rejectedByWall.put(w.id(), rejected[w.ordinal()]);
        }
        return new SearchResult(best, top, pareto, evaluated, feasible, rejectedByWall, objective.id(), kernel.id(),
                sizes, threads, elapsed, elapsed > 0 ? evaluated / elapsed : 0, blockedBetter, Map.of(), maxDays,
                withinMaxDays);
    }

    private List<Worker> sweep(StrategySpace space, CostTable[] tables, double[] usdPerSecond, Objective objective,
                               int top, long total, SearchProgress progress) {
        int[] runs = runs(space.blocks());
        AtomicInteger next = new AtomicInteger();
        ProgressCount count = new ProgressCount(progress, total);
        int n = Math.min(threads, runs.length - 1);
        Worker[] workers = new Worker[n];
        // Each worker is built on its own thread, so that what it writes for every grid (its grid, scores and
        // counts) comes from that thread's allocation buffer and shares no cache line with another worker's. A class,
        // not a lambda: the JVM would generate a class for a lambda capturing eight values inside the timed sweep
        // (about a millisecond of a one-shot search's 30).
        onEveryCore(n, new IntConsumer() {
            @Override
            public void accept(int i) {
                workers[i] = new Worker(space, tables, usdPerSecond, objective, top, runs, next, count);
                workers[i].run();
            }
        });
        return List.of(workers);
    }

    /**
     * Cuts the blocks into runs that share an accelerator count and tp, and returns where each run starts (with the
     * end of the last appended). Workers take whole runs: a kernel's per-thread memo of what a table and tp give
     * every block (the fast kernel's GEMM shapes) is then filled once per run, not by every thread for the same
     * blocks, which cost the two-thread sweep 3–6 % of its time when workers took blocks one at a time.
     */
    static int[] runs(List<StrategySpace.Block> blocks) {
        int[] starts = new int[blocks.size() + 1];
        int runs = 0;
        for (int i = 0; i < blocks.size(); i++) {
            StrategySpace.Block b = blocks.get(i);
            StrategySpace.Block before = i == 0 ? null : blocks.get(i - 1);
            if (before == null || before.size() != b.size() || before.tp() != b.tp()) {
                starts[runs++] = i;
            }
        }
        starts[runs++] = blocks.size();
        return Arrays.copyOf(starts, runs);
    }

    /**
     * Runs {@code task} for 0..n-1 on up to {@link #threads} threads, the caller's among them, and returns when all
     * are done. A failure stops the others taking more work and is rethrown as itself once every thread has stopped:
     * the caller's own if it failed, else the first helper's; an interrupt while waiting is rethrown at once.
     */
    private void onEveryCore(int n, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        Runnable drain = () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                try {
                    task.accept(i);
                } catch (RuntimeException | Error e) {
                    next.set(n);
                    throw e;
                }
            }
        };
        List<Future<?>> helpers = new ArrayList<>();
        for (int h = 1; h < Math.min(threads, n); h++) {
            helpers.add(POOL.submit(drain));
        }
        Throwable failure = null;
        try {
            drain.run();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        for (Future<?> f : helpers) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("search interrupted", e);
            } catch (ExecutionException e) {
                failure = failure != null ? failure : e.getCause();
            }
        }
        if (failure instanceof RuntimeException re) {
            throw re;
        }
        if (failure instanceof Error err) {
            throw err;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    private Evaluation evaluate(SystemSpec system, Workload workload, Ranked r) {
        return evaluator.evaluate(Subsystem.of(system, r.accelerators()), workload, KernelStrategy.decode(r.slots()));
    }

    private void record(long evaluated, long feasible, long[] rejected, double elapsed) {
        metrics.counter("walls.search.strategies.evaluated", "kernel", kernel.id()).increment(evaluated);
        metrics.counter("walls.search.strategies.feasible", "kernel", kernel.id()).increment(feasible);
        for (Wall w : Wall.values()) {
            metrics.counter("walls.search.strategies.rejected", "wall", w.id()).increment(rejected[w.ordinal()]);
        }
        Timer.builder("walls.search.duration").tag("kernel", kernel.id()).register(metrics)
                .record(java.time.Duration.ofNanos((long) (elapsed * 1e9)));
    }

    private static String rejectedSummary(long[] rejected) {
        StringBuilder b = new StringBuilder();
        for (Wall w : Wall.values()) {
            if (rejected[w.ordinal()] > 0) {
                b.append(b.length() == 0 ? "" : ", ").append(rejected[w.ordinal()]).append(" blocked by the ").append(w.id())
                        .append(" wall");
            }
        }
        return b.toString();
    }

    private static String noLayoutPrefix(SystemSpec system, Workload workload, boolean exact) {
        return "no layout of " + workload.id() + " fits " + (exact ? "exactly " : "up to ") + system.accelerators()
                + " accelerators of " + system.id() + ": ";
    }

    private static String noLayout(SystemSpec system, Workload workload, boolean exact) {
        var m = workload.model();
        return noLayoutPrefix(system, workload, exact) + "tp must divide the " + m.heads() + " heads and "
                + m.kvHeads() + " key/value heads, pp the " + m.layers() + " layers, dp the global batch of "
                + workload.globalBatchSequences() + " sequences" + (exact ? "; drop --exact to let the search use fewer" : "");
    }

    /** The strategy keys in the order of {@link KernelStrategy}'s slots. */
    private static final String[] SLOT_KEYS = {"tp", "pp", "dp", "cp", "vpp", "mb", "recompute", "sp", "zero", "precision"};

    /**
     * A grid as a person reads it: each strategy key with the values it takes, e.g. {@code tp=1, pp=1, dp=256, cp=1,
     * vpp=1, mb=1, recompute=none|selective|full, sp=false, zero=0|1|2|3, precision=bf16}.
     */
    static String describe(LayoutGrid g) {
        StringBuilder b = new StringBuilder();
        for (int slot = 0; slot < KernelStrategy.SIZE; slot++) {
            b.append(slot == 0 ? "" : ", ").append(SLOT_KEYS[slot]).append('=');
            for (int i = 0; i < g.count(slot); i++) {
                b.append(i == 0 ? "" : "|").append(slotValue(slot, g.value(slot, i)));
            }
        }
        return b.toString();
    }

    private static String slotValue(int slot, int value) {
        if (slot == KernelStrategy.RECOMPUTE && value >= 0 && value < Recompute.values().length) {
            return Recompute.values()[value].toString();
        }
        if (slot == KernelStrategy.PRECISION && value >= 0 && value < Precision.values().length) {
            return Precision.values()[value].toString();
        }
        if (slot == KernelStrategy.SEQUENCE_PARALLEL) {
            return Boolean.toString(value != 0);
        }
        return Integer.toString(value);
    }

    /** One thread's share of the sweep: its own grid, scores, bests and counts; nothing shared but the run counter. */
    private final class Worker implements Runnable, StrategySpace.GridVisitor {
        private final StrategySpace space;
        private final CostTable[] tables;
        private final double[] usdPerSecond;
        private final Objective objective;
        /** Where each run of blocks starts, as {@link #runs(List)} cut them. */
        private final int[] runs;
        private final AtomicInteger next;
        private final ProgressCount progress;
        private final LayoutGrid grid = new LayoutGrid();
        private final LayoutScores scores = new LayoutScores();
        /**
         * The best K of each size (accelerator count), by the kernel's step: the reported order can differ between
         * sizes only ({@link #judge}), and each size's fastest is its candidate for the Pareto set.
         */
        final TopK[] tops;
        private final int top;
        /** The layout closest to fitting memory, by footprint over capacity, for when none fits. */
        final TopK closest = new TopK(1);
        final long[] rejected = new long[Wall.values().length];
        long evaluated;
        long feasible;
        private CostTable table;
        private double price;
        private int accelerators;
        private int size;

        Worker(StrategySpace space, CostTable[] tables, double[] usdPerSecond, Objective objective, int top,
               int[] runs, AtomicInteger next, ProgressCount progress) {
            this.space = space;
            this.tables = tables;
            this.usdPerSecond = usdPerSecond;
            this.objective = objective;
            this.top = top;
            this.tops = new TopK[tables.length];
            this.runs = runs;
            this.next = next;
            this.progress = progress;
        }

        @Override
        public void run() {
            List<StrategySpace.Block> blocks = space.blocks();
            for (int r = next.getAndIncrement(); r < runs.length - 1; r = next.getAndIncrement()) {
                long visited = 0;
                for (int i = runs[r]; i < runs[r + 1]; i++) {
                    StrategySpace.Block block = blocks.get(i);
                    size = block.size();
                    table = tables[size];
                    price = usdPerSecond[size];
                    accelerators = block.accelerators();
                    visited += space.forEachGrid(block, grid, this);
                }
                progress.add(visited);
            }
        }

        @Override
        public void visit(LayoutGrid g) {
            int n = g.size();
            try {
                kernel.score(table, g, scores);
            } catch (RuntimeException e) {
                throw fault(kernelName + " failed on the layouts " + describe(g) + " on " + accelerators
                        + " accelerators: " + e, e);
            }
            evaluated += n;
            byte[] verdicts = scores.verdicts();
            double[] seconds = scores.stepSeconds();
            boolean byTime = objective == Objective.TIME;
            TopK best = tops[size];
            if (best == null) {
                best = tops[size] = new TopK(top);
            }
            long fits = 0;
            // Counted in locals, not in rejected[]: an increment of an array element waits for the last one's store.
            long invalid = 0;
            long overCapacity = 0;
            for (int i = 0; i < n; i++) {
                byte verdict = verdicts[i];
                if (verdict == LayoutScores.FITS) {
                    fits++;
                    double t = seconds[i];
                    if (!(t > 0 && t < Double.POSITIVE_INFINITY)) {
                        throw broken(g, i, "a step of " + t + " s for a layout it says fits memory");
                    }
                    double score = byTime ? t : t * price;
                    if (best.admits(score)) {
                        best.offer(new Ranked(score, t, t * price, accelerators, g.layout(i, new int[KernelStrategy.SIZE])));
                    }
                } else if (verdict == LayoutScores.INVALID) {
                    invalid++;
                } else if (verdict == LayoutScores.OVER_CAPACITY) {
                    overCapacity++;
                    if (feasible == 0 && fits == 0) {
                        offerClosest(g, i);
                    }
                } else {
                    throw broken(g, i, "the verdict " + verdict + ", which LayoutScores does not define");
                }
            }
            rejected[Wall.SOFTWARE.ordinal()] += invalid;
            rejected[Wall.MEMORY.ordinal()] += overCapacity;
            feasible += fits;
        }

        /** A kernel that broke the SPI's contract: its fault, named, rather than a silently wrong ranking. */
        private RuntimeException broken(LayoutGrid g, int i, String what) {
            return fault(kernelName + " returned " + what + " ("
                    + KernelStrategy.decode(g.layout(i, new int[KernelStrategy.SIZE])) + " on " + accelerators
                    + " accelerators); a kernel must give each layout that fits a positive, finite step and each "
                    + "layout over capacity a positive, finite footprint and capacity", null);
        }

        private RuntimeException fault(String message, RuntimeException cause) {
            return kernelFromPlugin ? new PluginFaultException(message, cause) : new IllegalStateException(message, cause);
        }

        private void offerClosest(LayoutGrid g, int i) {
            double overflow = scores.memoryBytes()[i] / scores.capacityBytes();
            if (!(overflow > 0 && overflow < Double.POSITIVE_INFINITY)) {
                throw broken(g, i, "a footprint of " + scores.memoryBytes()[i] + " B against a capacity of "
                        + scores.capacityBytes() + " B for a layout it says is over capacity");
            }
            if (closest.admits(overflow)) {
                // A kernel need not time a layout over capacity; the winner is evaluated in full later.
                closest.offer(new Ranked(overflow, Double.NaN, 0, accelerators,
                        g.layout(i, new int[KernelStrategy.SIZE])));
            }
        }
    }
}
