package dev.walls.core.sweep;

import dev.walls.core.compare.RangeSweep;
import dev.walls.core.error.InputException;
import dev.walls.core.evaluation.Evaluator;
import dev.walls.core.search.Objective;
import dev.walls.core.search.RunFigures;
import dev.walls.core.search.SearchProgress;
import dev.walls.core.search.SearchResult;
import dev.walls.core.search.StrategySearch;
import dev.walls.core.search.StrategySpace;
import dev.walls.core.search.Subsystem;
import dev.walls.core.search.Template;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.system.Scaling;
import dev.walls.spi.system.StackFeature;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.workload.ModelShape;
import dev.walls.spi.workload.Workload;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Searches each system for its best layout at each size of a sweep, as {@code walls search --exact} would at that
 * size (with {@code --max-days} when the sweep has a deadline), and reports what the layout comes to as
 * {@code compare} does. The model is the search's and the evaluator's:
 * a sweep only chooses the sizes and says what it found there.
 *
 * <p>A point uses exactly the size asked for. Where no layout of exactly that many accelerators can run, the point
 * says why ({@link PointStatus}) rather than quietly moving to another size; only when asked ({@code --allow-fewer})
 * does it take the best layout that runs on fewer, and it is then marked {@link PointStatus#FEWER} with the count it
 * uses.
 */
public final class Sweeper {

    /**
     * One value of the varied assumption and the evaluator and search whose wall models take it; the only arm, with a
     * null value, when nothing is varied.
     */
    public record Arm(Double value, Evaluator evaluator, StrategySearch search) {

        public Arm {
            Objects.requireNonNull(evaluator, "evaluator");
            Objects.requireNonNull(search, "search");
        }
    }

    private final List<Arm> arms;

    /** A sweep over these arms: one with a null value, or one per value of {@link SweepOptions#variation()}. */
    public Sweeper(List<Arm> arms) {
        this.arms = List.copyOf(arms);
        if (this.arms.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one arm");
        }
    }

    /**
     * Sweeps the systems over the sizes.
     *
     * @param systems   the systems, each at any size (the sweep sets it), at least one, each id once
     * @param template  the keys pinned in every search
     * @param objective what each search minimizes
     * @param options   ranges, fewer, and the varied assumption (whose values the arms carry)
     * @param progress  told after each point how many of them are done, of how many
     * @throws InputException when a size lies outside what a system scales to, or the pins rule out every layout of
     *                        a system at every size
     */
    public Sweep sweep(List<SystemSpec> systems, Workload workload, Sizes sizes, Template template, Objective objective,
                       SweepOptions options, SearchProgress progress) {
        return sweep(systems, workload, sizes, template, objective, null, options, progress);
    }

    /**
     * Sweeps the systems over the sizes, each point's search kept to runs of at most {@code maxDays}, as
     * {@code walls search --exact --max-days} keeps it at the point's size: with the cost objective, the cheapest run
     * within the deadline. A size no run of which meets it gives its fastest run, marked
     * ({@link SweepPoint#withinMaxDays()} false) and with its status unchanged. With {@link SweepOptions#fewer()}, a
     * size where no layout of exactly that many can run takes the best run within the deadline on fewer, or the fastest
     * on fewer when none meets it, marked likewise.
     *
     * @param maxDays the deadline in days, more than 0; null for none
     * @see #sweep(List, Workload, Sizes, Template, Objective, SweepOptions, SearchProgress)
     */
    public Sweep sweep(List<SystemSpec> systems, Workload workload, Sizes sizes, Template template, Objective objective,
                       Double maxDays, SweepOptions options, SearchProgress progress) {
        check(systems, workload, sizes, template);
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(progress, "progress");
        int total = systems.size() * arms.size() * sizes.size();
        int done = 0;
        List<SweepPoint> points = new ArrayList<>();
        for (SystemSpec s : systems) {
            for (Arm arm : arms) {
                for (int size : sizes.counts()) {
                    points.add(point(arm, s, size, workload, template, objective, maxDays, options));
                    progress.update(++done, total);
                }
            }
        }
        Variation v = options.variation();
        return new Sweep(workload.id(), workload.name(), objective.id(), sizes.counts(),
                systems.stream().map(SystemSpec::id).toList(), v == null ? null : v.path(),
                v == null ? List.of() : v.values(), points, maxDays);
    }

    /**
     * Checks what {@link #sweep} refuses before its first search, without searching: for a caller that runs something
     * long before the sweep (a report's comparison) and should refuse bad sizes at once, not after it.
     *
     * @throws InputException when there is no system, one is given twice, a size lies outside what a system scales
     *                        to, or the pins rule out every layout of a system at every size
     */
    public static void check(List<SystemSpec> systems, Workload workload, Sizes sizes, Template template) {
        Objects.requireNonNull(systems, "systems").forEach(s -> Objects.requireNonNull(s, "a system"));
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(sizes, "sizes");
        Objects.requireNonNull(template, "template");
        if (systems.isEmpty()) {
            throw new InputException("name at least one system to sweep");
        }
        Set<String> ids = new HashSet<>();
        for (SystemSpec s : systems) {
            if (!ids.add(s.id())) {
                throw new InputException("system '" + s.id() + "' is given twice; a sweep lists each system once");
            }
            checkSizes(s, sizes, systems.size() == 1);
            String ruledOut = StrategySpace.ruledOutAtEverySize(Subsystem.of(s, sizes.largest()), workload, template);
            if (ruledOut != null) {
                throw new InputException("no layout of " + workload.id() + " runs on " + s.id() + " at any of the"
                        + " sizes (up to " + sizes.largest() + "): " + ruledOut);
            }
        }
    }

    /**
     * Refuses sizes outside what the system scales to, naming them all and the range it takes; with other systems in
     * the sweep ({@code alone} false), it also says the system could be swept on its own.
     */
    private static void checkSizes(SystemSpec system, Sizes sizes, boolean alone) {
        Scaling scaling = system.scaling();
        int most = Math.max(scaling.maxAccelerators(), system.accelerators());
        List<Integer> above = sizes.counts().stream().filter(n -> n > most).toList();
        List<Integer> below = sizes.counts().stream().filter(n -> n < scaling.minAccelerators()).toList();
        String scales = " (it scales from " + scaling.minAccelerators() + " to " + most + " accelerators)";
        if (!above.isEmpty()) {
            throw new InputException("--accelerators: " + listed(above) + (above.size() == 1 ? " is" : " are")
                    + " above the largest size of " + system.id() + scales + "; sweep up to " + most
                    + (alone ? "" : ", or sweep " + system.id() + " on its own"));
        }
        if (!below.isEmpty()) {
            throw new InputException("--accelerators: " + listed(below) + (below.size() == 1 ? " is" : " are")
                    + " below the smallest size of " + system.id() + scales + "; sweep from "
                    + scaling.minAccelerators() + (alone ? "" : ", or sweep " + system.id() + " on its own"));
        }
    }

    private static String listed(List<Integer> sizes) {
        List<String> shown = sizes.stream().limit(5).map(String::valueOf).collect(Collectors.toList());
        if (sizes.size() > shown.size()) {
            shown.add("… (" + sizes.size() + " sizes)");
        }
        return String.join(", ", shown);
    }

    private SweepPoint point(Arm arm, SystemSpec system, int size, Workload workload, Template template,
                             Objective objective, Double maxDays, SweepOptions options) {
        SystemSpec atSize = Subsystem.of(system, size);
        String noLayout = null;
        SearchResult found = null;
        if (StrategySpace.of(atSize, workload, template, true).blocks().isEmpty()) {
            noLayout = noLayout(system, workload, template);
        } else {
            try {
                found = arm.search().search(atSize, workload, template, objective, 1, true, maxDays,
                        SearchProgress.NONE);
            } catch (IllegalArgumentException e) {
                // layouts of the size exist, but none is valid: the stack refuses every one, or the pins rule
                // them all out at this size; the search says which
                noLayout = e.getMessage();
            }
        }
        if (found != null && RunFigures.runs(found.best())) {
            return point(arm, atSize, workload, PointStatus.RUNS, null, found.best(), maxDays, options.ranges());
        }
        Evaluation best = found == null ? null : found.best();
        PointStatus status = best == null ? PointStatus.NO_LAYOUT : best.fits() ? PointStatus.BLOCKED
                : PointStatus.DOES_NOT_FIT;
        String reason = switch (status) {
            case NO_LAYOUT -> noLayout;
            case BLOCKED -> {
                Wall wall = best.blockingWall().orElseThrow();
                yield "the " + wall.id() + " wall blocks the best layout of exactly this size: "
                        + best.walls().get(wall).finding();
            }
            case DOES_NOT_FIT -> "no layout of exactly this size fits memory; the closest: "
                    + best.walls().get(Wall.MEMORY).finding();
            case RUNS, FEWER -> throw new IllegalStateException("a point that runs has no reason");
        };
        if (options.fewer()) {
            SweepPoint fewer = fewer(arm, atSize, workload, template, objective, maxDays, options, reason);
            if (fewer != null) {
                return fewer;
            }
        }
        if (best == null) {
            return new SweepPoint(system.id(), system.name(), size, null, arm.value(), status, reason, null, null,
                    null, null, null, null, null, null, false, null, null, null, null, null, maxDays);
        }
        return point(arm, atSize, workload, status, reason, best, maxDays, options.ranges());
    }

    /**
     * The best layout that runs on fewer than the size's accelerators, or null when none does: the same search without
     * {@code --exact}, and so within the deadline when one on fewer meets it, else the fastest on fewer.
     */
    private SweepPoint fewer(Arm arm, SystemSpec atSize, Workload workload, Template template, Objective objective,
                             Double maxDays, SweepOptions options, String exactReason) {
        SearchResult any;
        try {
            any = arm.search().search(atSize, workload, template, objective, 1, false, maxDays, SearchProgress.NONE);
        } catch (IllegalArgumentException e) {
            return null;
        }
        Evaluation best = any.best();
        if (!RunFigures.runs(best) || best.accelerators() == atSize.accelerators()) {
            return null;
        }
        String reason = exactReason + "; the best layout that runs on fewer uses " + best.accelerators() + " of the "
                + atSize.accelerators() + " accelerators";
        return point(arm, atSize, workload, PointStatus.FEWER, reason, best, maxDays, options.ranges());
    }

    private static SweepPoint point(Arm arm, SystemSpec atSize, Workload workload, PointStatus status, String reason,
                                    Evaluation e, Double maxDays, boolean ranges) {
        SystemSpec used = Subsystem.of(atSize, e.accelerators());
        RunFigures run = RunFigures.of(atSize, workload, e, arm.evaluator().economicsModelId());
        return new SweepPoint(atSize.id(), atSize.name(), atSize.accelerators(), e.accelerators(), arm.value(), status,
                reason, run.timeToTrainDays(), run.costUsd(), run.capexUsd(), run.powerWatts(), e.mfu(),
                run.mfuAt16BitPeak(), e.stepTimeSeconds(), e.tokensPerSecond(), e.fits(), e.strategy(),
                e.bindingWall(), e.walls(),
                ranges ? new RangeSweep(arm.evaluator().wallModels()).of(used, workload, e) : null, e, maxDays);
    }

    /**
     * Why no layout uses exactly a size's accelerators, in the terms of the degrees' rules: the pipeline depths that
     * hold the layers ({@link StrategySpace#pipelineDepths}, the uneven ones included where the stack splits layers
     * unevenly) are spelled out, since they are what rules out most sizes (Llama 3 405B's 126 layers in uneven stages
     * hold the depths 1–14, 16, 18, 21, 26, 32, 42, 63 and 126, none a multiple of 27, so 6,912 = 2^8·3^3 accelerators
     * have no layout). The sentence leaves the size to its point, so that a table can say it once for every size it holds for.
     */
    private static String noLayout(SystemSpec system, Workload workload, Template template) {
        ModelShape m = workload.model();
        boolean uneven = system.software().supports(StackFeature.UNEVEN_PIPELINE);
        String depths = StrategySpace.pipelineDepths(m.layers(), uneven).stream().map(String::valueOf)
                .collect(Collectors.joining(", "));
        return "no layout uses exactly this many accelerators: tp·pp·cp·dp must make the count, with tp dividing"
                + " the " + m.heads() + " heads and " + m.kvHeads() + " key/value heads, pp one of the depths that"
                + " hold the " + m.layers() + " layers" + (uneven ? " in uneven stages" : "") + " (" + depths
                + "), cp a power of two, dp the global batch of "
                + workload.globalBatchSequences() + " sequences, each as the software stack allows"
                + (template.equals(Template.OPEN) ? "" : ", and the pinned keys as written");
    }
}
