package dev.walls.core;

import dev.walls.core.compare.Comparison;
import dev.walls.core.compare.Sizing;
import dev.walls.core.error.InputException;
import dev.walls.core.error.NonFiniteResultException;
import dev.walls.core.evaluation.ReferenceKernel;
import dev.walls.core.report.Report;
import dev.walls.core.search.Objective;
import dev.walls.core.search.SearchOptions;
import dev.walls.core.search.SearchProgress;
import dev.walls.core.search.SearchResult;
import dev.walls.core.search.Template;
import dev.walls.core.sweep.Sizes;
import dev.walls.core.sweep.Sweep;
import dev.walls.core.sweep.SweepOptions;
import dev.walls.core.sweep.Sweeper;
import dev.walls.spi.kernel.KernelStrategy;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.system.SoftwareStack;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.workload.Workload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A training job being described fluently: which workload, on which system, at what size, laid out how, and how a
 * search for its best layout runs. Immutable: every call returns a new job.
 */
public final class TrainingJob {

    private final Walls walls;
    private final Workload workload;
    private final SystemSpec system;
    private final int accelerators;
    private final Strategy strategy;
    /** The keys the layout's text wrote; the others are defaults, which an evaluation fits to the system's stack. */
    private final Set<String> written;
    private final Template template;
    private final SearchOptions options;

    TrainingJob(Walls walls, Workload workload, SystemSpec system, int accelerators, Strategy strategy) {
        this(walls, workload, system, accelerators, strategy, Set.of(), Template.OPEN, SearchOptions.DEFAULT);
    }

    private TrainingJob(Walls walls, Workload workload, SystemSpec system, int accelerators, Strategy strategy,
                        Set<String> written,
                        Template template, SearchOptions options) {
        this.walls = walls;
        this.workload = workload;
        this.system = system;
        this.accelerators = accelerators;
        this.strategy = strategy;
        this.written = written;
        this.template = template;
        this.options = options;
    }

    /** Runs the job on a system, by id or spec file. */
    public TrainingJob on(String systemIdOrSpecFile) {
        Objects.requireNonNull(systemIdOrSpecFile, "system");
        return on(walls.system(systemIdOrSpecFile));
    }

    public TrainingJob on(SystemSpec spec) {
        Objects.requireNonNull(spec, "system");
        return new TrainingJob(walls, workload, spec, accelerators, strategy, written, template, options);
    }

    /**
     * Resizes the system to this many accelerators, at least 1; the most a search may use, unless {@link #exact()}.
     * A job may use part of a system (9 GPUs of 8-GPU nodes), so that {@link #evaluate()} can re-run any layout a
     * search found.
     */
    public TrainingJob accelerators(int count) {
        if (count < 1) {
            throw new InputException("--accelerators must be at least 1, got " + count);
        }
        return new TrainingJob(walls, workload, system, count, strategy, written, template, options);
    }

    /**
     * Lays the job out as {@code tp=8,pp=8,...} says (see {@link Strategy#parse}); the keys left out take their
     * defaults. A later call replaces the whole layout, it does not add keys to it.
     */
    public TrainingJob strategy(String text) {
        try {
            Strategy parsed = Strategy.parse(text);
            return new TrainingJob(walls, workload, system, accelerators, parsed, Template.writtenKeys(text), template,
                    options);
        } catch (IllegalArgumentException e) {
            throw new InputException("--strategy: " + e.getMessage());
        }
    }

    /** Lays the job out exactly as {@code s} says, every key as written. */
    public TrainingJob strategy(Strategy s) {
        Objects.requireNonNull(s, "strategy");
        return new TrainingJob(walls, workload, system, accelerators, s, Template.KEYS, template, options);
    }

    public Workload workload() {
        return workload;
    }

    /** Returns the system at the requested size: part of it when the count is not one it is built in. */
    public SystemSpec system() {
        return Walls.inUse(given(), accelerators);
    }

    private SystemSpec given() {
        if (system == null) {
            throw new InputException("no system given: call on(\"gb200-nvl72\") or pass --system");
        }
        return system;
    }

    public Strategy strategy() {
        return strategy;
    }

    /** Makes a search minimize this ({@code --objective}); time by default. */
    public TrainingJob objective(Objective objective) {
        return searching(options.withObjective(objective));
    }

    /** Makes a search return the best {@code count} layouts ({@code --top}), at least 1; 5 by default. */
    public TrainingJob top(int count) {
        try {
            return searching(options.withTop(count));
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage(), e);
        }
    }

    /**
     * Makes a search use exactly the system's accelerators ({@code --exact}); by default it tries every size the
     * system scales to up to them.
     */
    public TrainingJob exact() {
        return searching(options.withExact(true));
    }

    /**
     * Makes a search sweep with this kernel ({@code --kernel}): {@code fast} (the default when loaded) or
     * {@code reference}; null for the default one, as {@link Walls#search} takes it.
     */
    public TrainingJob kernel(String id) {
        walls.kernel(id);
        return searching(options.withKernel(id));
    }

    /**
     * Makes a search, each system's search in a comparison or report, and each point's search in a sweep keep to
     * runs of at most {@code days} ({@code --max-days}): with {@link Objective#COST}, the cheapest run within a
     * deadline. When no layout that can run meets it, the search gives the fastest and says so (a comparison row or a
     * sweep's point is then marked late).
     *
     * @throws InputException when {@code days} is not a positive, finite number
     */
    public TrainingJob maxDays(double days) {
        try {
            return searching(options.withMaxDays(days));
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage(), e);
        }
    }

    /** Tells {@code listener} how far a search has come: its layouts, or for a sweep its points. */
    public TrainingJob progress(SearchProgress listener) {
        return searching(options.withProgress(listener));
    }

    private TrainingJob searching(SearchOptions o) {
        return new TrainingJob(walls, workload, system, accelerators, strategy, written, template, o);
    }

    /**
     * Searches every layout of the job on the system, using up to its accelerators (exactly them after
     * {@link #exact()}), as {@link #objective}, {@link #top}, {@link #maxDays}, {@link #kernel} and {@link #progress}
     * set it; the dimensions the search keeps are those pinned with {@link #pin(String)}.
     *
     * @throws InputException when no layout exists at all, saying why, or when the job was given a layout with
     *                        {@link #strategy(String)}, which a search would not keep
     */
    public SearchResult search() {
        if (!written.isEmpty()) {
            // the user may believe the layout's keys are kept; ranking every other layout silently would mislead
            throw new InputException("the layout given to strategy() is what evaluate() runs, a search would not keep"
                    + " it: pin the keys to keep with pin(\"" + writtenPart() + "\") instead");
        }
        return walls.search(system(), workload, template, options.objective(), options.top(), options.exact(),
                options.maxDays(), options.kernelId(), options.progress());
    }

    /**
     * The keys of the layout the caller wrote, with their values, in the canonical order: what a pin would keep. The
     * others took their defaults, and pinning them too would narrow the search to the defaults' layouts.
     */
    private String writtenPart() {
        StringBuilder b = new StringBuilder();
        for (String part : strategy.toString().split(",")) {
            if (written.contains(part.substring(0, part.indexOf('=')))) {
                b.append(b.length() == 0 ? "" : ",").append(part);
            }
        }
        return b.toString();
    }

    /** Searches with an objective, returning the best {@code top} layouts. */
    public SearchResult search(Objective objective, int top) {
        return objective(objective).top(top).search();
    }

    /**
     * Compares systems on this job's workload as {@code walls compare} does, each at the size given: each searched
     * for its best layout (by {@link #objective}, with {@link #kernel}, telling {@link #progress}), evaluated
     * through every wall, with time and cost across the inputs' ranges.
     *
     * @param systems ids or spec files, each with an optional size after a colon ({@code gb200-nvl72:4608})
     */
    public List<Comparison> compare(String... systems) {
        return compare(Sizing.AS_GIVEN, systems);
    }

    /** Compares systems sized alike: to the first one's capital, power or peak, or to a stated one. */
    public List<Comparison> compare(Sizing sizing, String... systems) {
        Objects.requireNonNull(sizing, "sizing");
        Objects.requireNonNull(systems, "systems");
        for (String s : systems) {
            Objects.requireNonNull(s, "a system");
        }
        List<SystemSpec> specs = new ArrayList<>();
        Set<String> given = new HashSet<>();
        Map<String, String> sourceOfId = new HashMap<>();
        for (String s : systems) {
            if (!given.add(s)) {
                throw new InputException("'" + s + "' is given twice; compare lists each system once (a size after a "
                        + "colon tells two of the same system apart: dgx-h100:1024 dgx-h100:2048)");
            }
            SystemSpec spec = sized(s);
            // Rows are labelled by id: two spec files (or a file and a built-in) with one id would print two rows
            // no one can tell apart. Two sizes of one source are fine, their accelerator counts differ.
            String source = unsized(s);
            String earlier = sourceOfId.putIfAbsent(spec.id(), source);
            if (earlier != null && !earlier.equals(source)) {
                throw new InputException(earlier + " and " + source + " both define system '" + spec.id()
                        + "'; give one of them another id so that the rows can be told apart");
            }
            specs.add(spec);
        }
        return walls.compare(specs, workload, sizing, options);
    }

    /**
     * Sweeps systems over sizes as {@code walls sweep} does, each at its best layout on exactly each size, searched by
     * {@link #objective} within the keys pinned with {@link #pin(String)} and the deadline of {@link #maxDays}, with
     * {@link #kernel}; {@link #progress} is told of points done, not layouts.
     *
     * @param sizes   the accelerator counts, e.g. {@code Sizes.parse("1024..16384")}
     * @param systems ids or spec files, without a size (the sweep sizes them)
     */
    public Sweep sweep(Sizes sizes, String... systems) {
        return sweep(SweepOptions.DEFAULT, sizes, systems);
    }

    /** Sweeps systems over the sizes listed, e.g. {@code List.of(1024, 2048, 4096)}, in any order. */
    public Sweep sweep(List<Integer> sizes, String... systems) {
        return sweep(SweepOptions.DEFAULT, Sizes.of(Objects.requireNonNull(sizes, "sizes")), systems);
    }

    /**
     * Sweeps systems over sizes with ranges on each point, the best layout on fewer accelerators where none of
     * exactly a size can run, or one wall assumption varied, as {@code options} says.
     */
    public Sweep sweep(SweepOptions options, Sizes sizes, String... systems) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(sizes, "sizes");
        return walls.sweep(sweptSystems(systems), workload, sizes, template, this.options, options);
    }

    /**
     * Checks, without searching, what {@link #sweep(Sizes, String...)} would refuse at once: an unknown system, one
     * given with a size or twice, a size a system does not scale to, pins that rule out every layout. For a caller
     * that runs something long before the sweep, such as a report's comparison, so that bad sizes are refused before
     * it rather than after.
     *
     * @throws InputException naming what is wrong, as the sweep would
     */
    public void checkSweep(Sizes sizes, String... systems) {
        Objects.requireNonNull(sizes, "sizes");
        Sweeper.check(sweptSystems(systems), workload, sizes, template);
    }

    /** The systems of a sweep, each by id or spec file without a size, refused as the sweep refuses them. */
    private List<SystemSpec> sweptSystems(String... systems) {
        Objects.requireNonNull(systems, "systems");
        for (String s : systems) {
            Objects.requireNonNull(s, "a system");
        }
        if (!written.isEmpty()) {
            // as for search: the user may believe the layout is kept at every size
            throw new InputException("the layout given to strategy() is what evaluate() runs, a sweep would not keep"
                    + " it: pin the keys to keep with pin(\"" + strategy + "\") instead");
        }
        if (system != null || accelerators > 0) {
            throw new InputException("a sweep takes its systems and sizes as arguments: leave on() and"
                    + " accelerators() out");
        }
        List<SystemSpec> specs = new ArrayList<>();
        Set<String> given = new HashSet<>();
        Map<String, String> sourceOfId = new HashMap<>();
        for (String s : systems) {
            String base = unsized(s);
            if (!base.equals(s) && known(base)) {
                throw new InputException("'" + s + "': a sweep sizes every system from --accelerators; give "
                        + base + " without the size");
            }
            if (!given.add(s)) {
                throw new InputException("'" + s + "' is given twice; a sweep lists each system once");
            }
            SystemSpec spec = walls.system(s);
            String earlier = sourceOfId.putIfAbsent(spec.id(), s);
            if (earlier != null) {
                throw new InputException(earlier + " and " + s + " both define system '" + spec.id()
                        + "'; give one of them another id so that the points can be told apart");
            }
            specs.add(spec);
        }
        if (specs.isEmpty()) {
            throw new InputException("name at least one system to sweep");
        }
        return specs;
    }

    /**
     * Compares systems as {@link #compare(String...)} does and returns the comparison as an HTML page, as
     * {@code walls report} writes it: {@code report("dojo-exapod", "gb200-nvl72:2304").writeTo(Path.of("r.html"))}.
     */
    public Report report(String... systems) {
        return report(Sizing.AS_GIVEN, systems);
    }

    /** Compares systems sized alike, as {@link #compare(Sizing, String...)} does, and returns the HTML page. */
    public Report report(Sizing sizing, String... systems) {
        return Report.of(workload, compare(sizing, systems)).withObjective(options.objective());
    }

    /**
     * A system as given less its size: the id or spec file of {@code dgx-h100:1024} or {@code spec.yaml:512}, what
     * comes before a whole number after the last colon; the text itself when no size follows.
     */
    public static String unsized(String system) {
        Objects.requireNonNull(system, "system");
        int colon = system.lastIndexOf(':');
        return colon > 0 && system.substring(colon + 1).matches("\\d+") ? system.substring(0, colon) : system;
    }

    /** A system by id or spec file, with its size when one follows the last colon. */
    private SystemSpec sized(String system) {
        String base = unsized(system);
        if (base.equals(system)) {
            try {
                return walls.system(system);
            } catch (InputException unknown) {
                // `dgx-h100:abc` is a known system with a size that is not a number, not an unknown system
                int colon = system.lastIndexOf(':');
                if (colon > 0 && known(system.substring(0, colon))) {
                    throw new InputException("size in '" + system + "': '" + system.substring(colon + 1)
                            + "' is not a count of accelerators (a whole number, at least 1)", unknown);
                }
                throw unknown;
            }
        }
        String size = system.substring(base.length() + 1);
        int n;
        try {
            n = Integer.parseInt(size);
        } catch (NumberFormatException e) {
            throw new InputException("size in '" + system + "': '" + size + "' is too large (at most "
                    + Integer.MAX_VALUE + ")");
        }
        if (n < 1) {
            throw new InputException("size in '" + system + "': must be at least 1, got " + n);
        }
        // part of a system, as evaluate, search and sweep take it: 4,096 GB200s fill 56 racks and part of a 57th
        return Walls.inUse(walls.system(base), n);
    }

    private boolean known(String system) {
        try {
            walls.system(system);
            return true;
        } catch (InputException e) {
            return false;
        }
    }

    /** Pins the keys written in {@code tp=8,pp=4} for a search; the others stay open. */
    public TrainingJob pin(String keys) {
        Objects.requireNonNull(keys, "keys");
        try {
            return new TrainingJob(walls, workload, system, accelerators, strategy, written, Template.pinning(keys), options);
        } catch (IllegalArgumentException e) {
            throw new InputException("--strategy: " + e.getMessage());
        }
    }

    /**
     * Evaluates the job through every wall. When every key of the layout is at its default and that layout is
     * impossible (dp filling a system whose size does not divide the batch, say), the refusal says how to get a layout
     * that works.
     */
    public Evaluation evaluate() {
        if (!template.equals(Template.OPEN)) {
            // the user may believe the pinned keys are the layout; evaluating another one silently would mislead
            throw new InputException("the keys given to pin() constrain search(), not evaluate(): give the layout"
                    + " with strategy(\"...\")");
        }
        SystemSpec s = system(); // "no system given" needs no layout hint
        try {
            return walls.evaluate(s, workload, withStackDefaults(strategy, s.software()));
        } catch (InputException e) {
            if (!strategy.equals(Strategy.DEFAULT) || e instanceof NonFiniteResultException) {
                throw e;
            }
            throw new InputException(e.getMessage() + "; every key of the layout is at its default (dp fills the"
                    + " system): give a layout with --strategy, or let `walls search` find the best", e);
        }
    }

    /**
     * The layout with the keys left out fitted to the stack: sequence parallelism and the distributed optimizer are
     * on by default, but not on a stack that lacks them (Dojo's has no sequence parallelism), where a default would
     * only be refused. A key the user wrote stays as written, and is refused if the stack lacks it.
     */
    private Strategy withStackDefaults(Strategy s, SoftwareStack stack) {
        if (!written.contains("sp") && s.sequenceParallel()
                && ReferenceKernel.missingFeature(stack, KernelStrategy.SEQUENCE_PARALLEL, 1) != null) {
            s = s.withSequenceParallel(false);
        }
        if (!written.contains("zero") && s.zeroStage() == Strategy.DEFAULT.zeroStage()
                && ReferenceKernel.missingFeature(stack, KernelStrategy.ZERO_STAGE, s.zeroStage()) != null) {
            s = s.withZeroStage(0);
        }
        return s;
    }
}
