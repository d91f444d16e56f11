package dev.walls.core;

import dev.walls.core.compare.Comparer;
import dev.walls.core.compare.Comparison;
import dev.walls.core.compare.Normalization;
import dev.walls.core.compare.Sizing;
import dev.walls.core.describe.Describer;
import dev.walls.core.describe.SystemDescription;
import dev.walls.core.error.InputException;
import dev.walls.core.error.NonFiniteResultException;
import dev.walls.core.error.Suggestions;
import dev.walls.core.evaluation.Evaluator;
import dev.walls.core.evaluation.ReferenceKernel;
import dev.walls.core.inject.Catalog;
import dev.walls.core.inject.Injection;
import dev.walls.core.output.FiniteResults;
import dev.walls.core.plugin.LoadedPlugin;
import dev.walls.core.plugin.PluginFailure;
import dev.walls.core.plugin.PluginLoader;
import dev.walls.core.plugin.PluginWallModel;
import dev.walls.core.search.Objective;
import dev.walls.core.search.RunFigures;
import dev.walls.core.search.SearchOptions;
import dev.walls.core.search.SearchProgress;
import dev.walls.core.search.SearchResult;
import dev.walls.core.search.StrategySearch;
import dev.walls.core.search.Subsystem;
import dev.walls.core.search.Template;
import dev.walls.core.spec.SpecLoader;
import dev.walls.core.spec.SpecParser;
import dev.walls.core.sweep.Sizes;
import dev.walls.core.sweep.Sweep;
import dev.walls.core.sweep.SweepOptions;
import dev.walls.core.sweep.Sweeper;
import dev.walls.core.sweep.Variation;
import dev.walls.core.validation.KnownModels;
import dev.walls.core.validation.ValidationCase;
import dev.walls.core.validation.ValidationReport;
import dev.walls.core.validation.Validator;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.kernel.EvaluationKernel;
import dev.walls.spi.model.WallModel;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.workload.Workload;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The entry point of the Java API: loads the plugins once, then looks up systems and workloads and evaluates
 * layouts — the same things the {@code walls} command does.
 *
 * <pre>{@code
 * Walls walls = Walls.create();
 * Evaluation e = walls.train("gpt3-175b").on("gb200-nvl72").accelerators(4608)
 *         .strategy("tp=8,pp=8,mb=1,recompute=selective").evaluate();
 * }</pre>
 *
 * <p>Anywhere an id is accepted, a path to a YAML or JSON spec file is too. Mistakes in what the caller gives
 * are reported as {@link InputException}s with a message meant for a person. An answer that would hold a NaN or an
 * infinity (an input absurd in magnitude that got past the checks) is refused with a
 * {@link NonFiniteResultException}, an input exception too, naming the result and the inputs that feed it. A fault of
 * a plugin's code — a kernel or a wall model of a plugin that throws, returns nothing or returns a number that is not
 * finite — is a {@link dev.walls.core.error.PluginFaultException} naming it, its plugin and jar.
 */
public final class Walls {

    /** The id of the core's readable kernel, the oracle every other kernel must match. */
    public static final String REFERENCE_KERNEL = "reference";

    private final Catalog catalog;
    private final Map<Wall, WallModel> wallModels;
    private final Evaluator evaluator;
    private final MeterRegistry metrics;

    private Walls(Catalog catalog, Map<Wall, WallModel> wallModels, MeterRegistry metrics) {
        this.catalog = catalog;
        this.wallModels = wallModels;
        this.metrics = metrics;
        this.evaluator = wallModels.size() == Wall.values().length ? new Evaluator(List.copyOf(wallModels.values())) : null;
    }

    /** Returns walls with the built-in plugins only. */
    public static Walls create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Configures plugin folders and wall-model choices before loading. */
    public static final class Builder {
        private final List<Path> pluginPaths = new ArrayList<>();
        private final Map<Wall, String> selectedModels = new EnumMap<>(Wall.class);
        private final List<Assumed> overrides = new ArrayList<>();
        private MeterRegistry metrics = new SimpleMeterRegistry();

        private Builder() {
        }

        /** One {@link #assume} call, applied once the models are chosen. */
        private record Assumed(String wallAndPath, double value) {
        }

        /**
         * Overrides one default of a wall model, e.g. {@code assume("economics.operating.pue", 1.3)}: the wall's id,
         * then the path {@code walls assumptions} lists. The value is in the unit the path names.
         */
        public Builder assume(String wallAndPath, double value) {
            Objects.requireNonNull(wallAndPath, "wallAndPath");
            overrides.add(new Assumed(wallAndPath, value));
            return this;
        }

        /** Records evaluation and search metrics in this registry (default: an in-memory one). */
        public Builder metrics(MeterRegistry registry) {
            this.metrics = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /** Adds a folder whose jars are loaded as plugins, each in a module layer of its own. */
        public Builder pluginPath(Path folder) {
            pluginPaths.add(Objects.requireNonNull(folder, "folder"));
            return this;
        }

        public Builder pluginPaths(Collection<Path> folders) {
            Objects.requireNonNull(folders, "folders").forEach(this::pluginPath);
            return this;
        }

        /** Chooses the model of a wall by id, when several plugins provide one. */
        public Builder wallModel(Wall wall, String modelId) {
            selectedModels.put(Objects.requireNonNull(wall, "wall"), Objects.requireNonNull(modelId, "modelId"));
            return this;
        }

        /** Loads the plugins and wires them. @throws InputException for a missing plugin folder or unknown model */
        public Walls build() {
            Catalog catalog = Injection.catalog(PluginLoader.load(pluginPaths));
            Map<Wall, WallModel> chosen = choose(catalog.wallModels(), selectedModels);
            // A plugin's wall model is called through a guard, so that its faults name it (as a kernel's do).
            chosen.replaceAll((wall, m) -> guarded(m, catalog.plugins().loaded()));
            for (Assumed o : overrides) {
                Assumptions.apply(chosen, o.wallAndPath(), o.value());
            }
            return new Walls(catalog, chosen, metrics);
        }

        /** A wall model as walls calls it: a plugin's behind a guard that names it; walls' own as it is. */
        private static WallModel guarded(WallModel m, List<LoadedPlugin> plugins) {
            for (LoadedPlugin p : plugins) {
                boolean own = p.origin().equals("built-in") && m.getClass().getName().startsWith("dev.walls.");
                if (!own && p.wallModels().contains(m.wall() + ":" + m.id())) {
                    return new PluginWallModel(m, "wall model '" + m.id() + "' of plugin '" + p.id() + "' ("
                            + p.origin() + ")");
                }
            }
            return m;
        }

        private static Map<Wall, WallModel> choose(List<WallModel> models, Map<Wall, String> selected) {
            Map<Wall, WallModel> chosen = new EnumMap<>(Wall.class);
            for (Map.Entry<Wall, String> e : selected.entrySet()) {
                WallModel m = models.stream().filter(x -> x.wall() == e.getKey() && x.id().equals(e.getValue()))
                        .findFirst().orElseThrow(() -> new InputException("no " + e.getKey() + " wall model '" + e.getValue()
                                + "'; loaded: " + models.stream().filter(x -> x.wall() == e.getKey()).map(WallModel::id)
                                .collect(Collectors.joining(", "))));
                chosen.put(e.getKey(), m);
            }
            for (WallModel m : models) {
                chosen.putIfAbsent(m.wall(), m);
            }
            return chosen;
        }
    }

    /** Returns the plugins that loaded, built-in first. */
    public List<LoadedPlugin> plugins() {
        return catalog.plugins().loaded();
    }

    /** Returns the plugins that failed to load, with the reason. */
    public List<PluginFailure> pluginFailures() {
        return catalog.plugins().failures();
    }

    /** Returns every known system at its default size, sorted by id. */
    public List<SystemSpec> systems() {
        return catalog.systems();
    }

    /** Returns every known workload, sorted by id. */
    public List<Workload> workloads() {
        return catalog.workloads();
    }

    /** Returns the wall model in use for each wall (a plugin's as the plugin made it). */
    public Map<Wall, WallModel> wallModels() {
        Map<Wall, WallModel> models = new LinkedHashMap<>(wallModels);
        models.replaceAll((wall, m) -> m instanceof PluginWallModel p ? p.unwrapped() : m);
        return models;
    }

    /** Returns every wall model's overridable defaults, as {@code wall.path} → figure, in wall order. */
    public Map<String, Figure> assumptions() {
        return Assumptions.list(wallModels);
    }

    /**
     * Returns the id of the plugin that defines a system or workload, or {@code "spec file"} for a path to a spec
     * file (which {@link #system(String)} and {@link #workload(String)} accept in place of an id).
     *
     * @throws InputException for an id no plugin defines, with the nearest known ids
     */
    public String providerOf(String id) {
        Objects.requireNonNull(id, "id");
        if (catalog.system(id).isPresent() || catalog.workload(id).isPresent()) {
            return catalog.providerOf(id);
        }
        if (SpecParser.looksLikeSpecFile(id)) {
            return "spec file";
        }
        List<String> known = new ArrayList<>();
        catalog.systems().forEach(s -> known.add(s.id()));
        catalog.workloads().forEach(w -> known.add(w.id()));
        throw unknown("system or workload", id, known);
    }

    /**
     * Returns a system by id or spec file, at its default size.
     *
     * @throws InputException for an unknown id (with the nearest known ids) or a bad spec file
     */
    public SystemSpec system(String idOrSpecFile) {
        Objects.requireNonNull(idOrSpecFile, "idOrSpecFile");
        if (catalog.system(idOrSpecFile).isPresent()) {
            return catalog.system(idOrSpecFile).get();
        }
        if (SpecParser.looksLikeSpecFile(idOrSpecFile)) {
            return SpecLoader.system(Path.of(idOrSpecFile));
        }
        throw unknown("system", idOrSpecFile, catalog.systems().stream().map(SystemSpec::id).collect(Collectors.toList()));
    }

    /** Returns a system by id or spec file, resized; {@code accelerators <= 0} keeps its default size. */
    public SystemSpec system(String idOrSpecFile, int accelerators) {
        SystemSpec s = system(idOrSpecFile);
        if (accelerators <= 0) {
            return s;
        }
        try {
            return s.withAccelerators(accelerators);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }

    /**
     * Returns a system by id or spec file with {@code accelerators} of it in use, as {@code evaluate}, {@code search} and
     * {@code compare} take a size: one it is built in, or part of one (any count from 1 up to the largest it scales to,
     * the levels it touches counted whole; see {@link Subsystem}). {@code accelerators <= 0} keeps its default size.
     * {@link #system(String, int)} takes only the sizes it is built in.
     *
     * @throws InputException for a count beyond its largest size, naming the sizes it scales over
     */
    public SystemSpec systemInUse(String idOrSpecFile, int accelerators) {
        return inUse(system(idOrSpecFile), accelerators);
    }

    /** The system with {@code accelerators} of it in use; {@code accelerators <= 0} keeps it as it is. */
    static SystemSpec inUse(SystemSpec system, int accelerators) {
        if (accelerators <= 0) {
            return system;
        }
        // A job may use part of a system: any count up to the largest the system scales to.
        try {
            return Subsystem.of(system, accelerators);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage() + " (it scales from " + system.scaling().minAccelerators() + " to "
                    + system.scaling().maxAccelerators() + " accelerators)");
        }
    }

    /** Returns a workload by id or spec file. */
    public Workload workload(String idOrSpecFile) {
        Objects.requireNonNull(idOrSpecFile, "idOrSpecFile");
        if (catalog.workload(idOrSpecFile).isPresent()) {
            return catalog.workload(idOrSpecFile).get();
        }
        if (SpecParser.looksLikeSpecFile(idOrSpecFile)) {
            return SpecLoader.workload(Path.of(idOrSpecFile));
        }
        throw unknown("workload", idOrSpecFile, catalog.workloads().stream().map(Workload::id).collect(Collectors.toList()));
    }

    private InputException unknown(String what, String id, List<String> known) {
        if (known.isEmpty()) {
            // walls-core alone has no plugins: "unknown workload" would send the user looking for a typo
            return new InputException("unknown " + what + " '" + id + "': " + (plugins().isEmpty()
                    ? "no plugins are loaded, so walls knows no systems or workloads; the built-in plugins"
                    + " (walls-model-zoo, walls-reference-gpus, walls-standard-walls, ...) are missing from the"
                    + " class or module path"
                    : "none of the " + plugins().size() + " loaded plugins defines one")
                    + " (a path to a .yaml or .json spec is accepted too)");
        }
        List<String> near = Suggestions.nearest(id, known, 3);
        String listing = what.contains(" or ") ? "`walls systems` and `walls workloads` list them"
                : "`walls " + what + "s` lists them";
        return new InputException("unknown " + what + " '" + id + "'"
                + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?")
                + " (" + listing + "; a path to a .yaml or .json spec is accepted too)");
    }

    /** Returns the system's hierarchy and totals, each with provenance. */
    public SystemDescription describe(SystemSpec system) {
        Objects.requireNonNull(system, "system");
        return Describer.describe(system);
    }

    /**
     * Evaluates one layout through every wall.
     *
     * @throws InputException when the layout does not suit the system or workload, saying which constraint fails
     */
    public Evaluation evaluate(SystemSpec system, Workload workload, Strategy strategy) {
        Timer.Sample sample = Timer.start(metrics);
        try {
            return evaluator().evaluate(system, workload, strategy);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage(), e);
        } finally {
            sample.stop(metrics.timer("walls.evaluation.duration"));
        }
    }

    /**
     * Predicts every published run of a validation CSV (the schema of {@code shared/validation/public.csv}) and
     * compares it with the measured step time.
     *
     * @throws InputException for a missing file or a malformed row, naming file, line and column
     */
    public ValidationReport validate(Path csv) {
        return validate(csv, null);
    }

    /**
     * Predicts every published run of a validation CSV as {@link #validate(Path)} does, searching the dimensions a
     * row leaves open with the kernel {@code kernelId} ({@link #defaultKernelId()} when null).
     *
     * @throws InputException for an unknown kernel, a missing file or a malformed row
     */
    public ValidationReport validate(Path csv, String kernelId) {
        Objects.requireNonNull(csv, "csv");
        StrategySearch search = searchWith(kernelOrDefault(kernelId));
        if (csv.toString().isEmpty()) {
            throw new InputException("--cases: empty path; name a CSV file");
        }
        if (Files.isDirectory(csv)) {
            throw new InputException("--cases " + csv + ": is a folder; name a CSV file");
        }
        // not only regular files: --cases <(grep ... runs.csv) is a pipe
        if (!Files.exists(csv)) {
            throw new InputException("--cases " + csv + ": no such file");
        }
        ValidationReport report;
        try {
            report = new Validator(evaluator(), search, this::system, KnownModels.of(catalog.workloads())).validate(csv);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            throw new InputException("--cases " + csv + ": cannot be read: " + e.getCause().getMessage(), e);
        }
        // A measured time of 1e-320 s makes an error no double holds: refuse it rather than report "Infinity%".
        for (ValidationCase c : report.cases()) {
            FiniteResults.firstNonFinite(c).ifPresent(f -> {
                throw new NonFiniteResultException("validation row " + c.id() + ": " + f.path() + " is not finite: "
                        + f.value(), "the row's measured step_time_s and its prediction (--cases " + csv + ")");
            });
        }
        FiniteResults.firstNonFinite(report).ifPresent(f -> {
            throw new NonFiniteResultException("validation " + f.path() + " is not finite: " + f.value(),
                    "the rows' errors (--cases " + csv + ")");
        });
        return report;
    }

    /** Returns the evaluator wired with the chosen wall models. */
    public Evaluator evaluator() {
        if (evaluator == null) {
            List<String> missing = new ArrayList<>();
            for (Wall w : Wall.values()) {
                if (!wallModels.containsKey(w)) {
                    missing.add(w.id());
                }
            }
            throw new InputException("no model is loaded for the " + String.join(", ", missing)
                    + " wall(s); the built-in plugins are missing from the module path");
        }
        return evaluator;
    }

    /** Returns the registry that counts evaluations and searches. */
    public MeterRegistry metrics() {
        return metrics;
    }

    /** Returns the ids of the evaluation kernels: {@code reference} (the core's oracle) and those plugins provide. */
    public List<String> kernelIds() {
        List<String> ids = new ArrayList<>();
        ids.add(REFERENCE_KERNEL);
        catalog.kernels().forEach(k -> ids.add(k.id()));
        return ids;
    }

    /** Returns the kernel searches use by default: {@code fast} when a plugin provides it, else the reference. */
    public String defaultKernelId() {
        return kernelIds().contains("fast") ? "fast" : REFERENCE_KERNEL;
    }

    /**
     * Returns a kernel by id, or the default one ({@link #defaultKernelId()}) when the id is null, as
     * {@link #search} and {@link TrainingJob#kernel} take it.
     *
     * @throws InputException naming the kernels there are
     */
    public EvaluationKernel kernel(String id) {
        if (id == null) {
            id = defaultKernelId();
        }
        if (REFERENCE_KERNEL.equals(id)) {
            return new ReferenceKernel();
        }
        String wanted = id;
        return catalog.kernels().stream().filter(k -> k.id().equals(wanted)).findFirst()
                .orElseThrow(() -> new InputException("unknown kernel '" + wanted + "'; loaded: " + String.join(", ", kernelIds())));
    }

    /** A kernel by id, or the default one when the id is null (no {@code --kernel} given). */
    private EvaluationKernel kernelOrDefault(String id) {
        return kernel(id);
    }

    /**
     * Sweeps every valid layout of a workload on a system and evaluates the best in full.
     *
     * @param system    the system; its size is the most the search may use (all of it with {@code exact})
     * @param template  dimensions the caller pinned ({@link Template#OPEN} for none)
     * @param objective what to minimize
     * @param top       how many layouts to return
     * @param exact     use exactly the system's accelerators
     * @param kernelId  the kernel that sweeps ({@link #defaultKernelId()} when null)
     * @param progress  told how far the sweep has come
     * @return the result; when no layout is feasible, {@code strategiesFeasible} is 0 and {@code best} is the layout
     *         that comes closest, evaluated in full ({@code fits} false), so that the walls say by how much it misses;
     *         every layout with its {@link SearchResult#figures(Evaluation) figures}
     * @throws InputException when no layout exists at all (the pins or the system rule every one out), saying why
     * @throws dev.walls.core.error.PluginFaultException when the economics wall's model reports no run cost
     *         ({@code runCostUsd}), naming the model
     */
    public SearchResult search(SystemSpec system, Workload workload, Template template, Objective objective, int top,
                               boolean exact, String kernelId, SearchProgress progress) {
        return search(system, workload, template, objective, top, exact, null, kernelId, progress);
    }

    /**
     * {@link #search(SystemSpec, Workload, Template, Objective, int, boolean, String, SearchProgress)} for the best
     * layouts whose run takes at most {@code maxDays} ({@code walls search --max-days}); when no layout that can run
     * meets it, the result gives the fastest ones and says so ({@link SearchResult#withinMaxDays()}).
     *
     * @param maxDays the deadline in days, more than 0; null for none
     */
    public SearchResult search(SystemSpec system, Workload workload, Template template, Objective objective, int top,
                               boolean exact, Double maxDays, String kernelId, SearchProgress progress) {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(progress, "progress");
        StrategySearch search = searchWith(kernelOrDefault(kernelId));
        SearchResult found;
        try {
            found = search.search(system, workload, template, objective, top, exact, maxDays, progress);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage(), e);
        }
        // each layout with the figures compare gives it: days, cost, capital, power, MFU at the 16-bit peak
        String economics = evaluator().economicsModelId();
        return found.withFigures(e -> RunFigures.of(system, workload, e, economics));
    }

    /** A search with a kernel on every core, counted in this instance's registry. */
    private StrategySearch searchWith(EvaluationKernel kernel) {
        return new StrategySearch(evaluator(), kernel, kernelName(kernel.id()), metrics,
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * A plugin's kernel as a fault of its own names it: with the plugin and jar it comes from, whose author must fix
     * it; null for walls' own.
     */
    private String kernelName(String id) {
        for (LoadedPlugin p : catalog.plugins().loaded()) {
            if (p.kernels().contains(id)) {
                return "kernel '" + id + "' of plugin '" + p.id() + "' (" + p.origin() + ")";
            }
        }
        return null;
    }

    /**
     * Puts systems side by side on one workload: each sized as asked, searched for its best layout, evaluated
     * through every wall, with time and cost across the inputs' ranges.
     *
     * @param systems       the systems at their requested sizes (their most, when normalizing)
     * @param normalization how to size them against each other
     * @param target        the budget (USD), power (W) or peak (FLOP/s); NaN to take the first system's
     * @return one row per system, in the order given; unmodifiable
     * @throws InputException when a system cannot run the workload at all
     */
    public List<Comparison> compare(List<SystemSpec> systems, Workload workload, Normalization normalization, double target,
                                    Objective objective, SearchProgress progress) {
        Sizing sizing;
        try {
            sizing = normalization == Normalization.NONE ? Sizing.AS_GIVEN : new Sizing(normalization, target);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage(), e);
        }
        return compare(systems, workload, sizing, new SearchOptions(objective, 1, false, null, progress));
    }

    /**
     * Compares as {@link #compare(List, Workload, Normalization, double, Objective, SearchProgress)} does, each
     * system's search run with {@code search}'s objective, deadline, kernel and progress listener (its top and exact do not
     * apply: a comparison keeps each system's best layout, on any size up to the one it was given). The rows are
     * unmodifiable, as every result is.
     */
    public List<Comparison> compare(List<SystemSpec> systems, Workload workload, Sizing sizing, SearchOptions search) {
        Objects.requireNonNull(systems, "systems").forEach(s -> Objects.requireNonNull(s, "a system"));
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(sizing, "sizing");
        Objects.requireNonNull(search, "search");
        if (systems.isEmpty()) {
            throw new InputException("name at least one system to compare");
        }
        StrategySearch sweep = searchWith(kernelOrDefault(search.kernelId()));
        try {
            return List.copyOf(new Comparer(evaluator(), sweep).compare(systems, workload, sizing.normalization(),
                    sizing.target(), search.objective(), search.maxDays(), search.progress()));
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage(), e);
        }
    }

    /**
     * Sweeps systems over sizes as {@code walls sweep} does: at each size (and each value of a varied assumption),
     * each system is searched for its best layout on exactly that many accelerators and the layout is reported as a
     * comparison reports it; see {@link Sweeper} for what a point says when no such layout can run.
     *
     * @param systems the systems, at any size (each point sets it)
     * @param search  the searches' objective, deadline, kernel and progress (told of points, not layouts; its top and
     *                exact do not apply: a point keeps one layout, on exactly its size). With a deadline each point is
     *                the best run within it at its size, or the fastest there, marked, when none meets it
     *                ({@link dev.walls.core.sweep.SweepPoint#withinMaxDays()})
     * @param options ranges, fewer, and the varied assumption
     * @throws InputException for a size a system does not scale to, pins that rule out every layout of a system, or a
     *                        varied value the assumption cannot take
     */
    public Sweep sweep(List<SystemSpec> systems, Workload workload, Sizes sizes, Template template, SearchOptions search,
                       SweepOptions options) {
        // the systems, workload, sizes and template are checked by the sweeper, before its first search
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(options, "options");
        EvaluationKernel kernel = kernelOrDefault(search.kernelId());
        List<Sweeper.Arm> arms = new ArrayList<>();
        Variation v = options.variation();
        if (v == null) {
            arms.add(new Sweeper.Arm(null, evaluator(), searchWith(kernel)));
        } else {
            // every value is checked before the first search, so that a bad one is refused at once
            for (double value : v.values()) {
                Walls assumed = assume(v.path(), value, "--vary");
                arms.add(new Sweeper.Arm(value, assumed.evaluator(), assumed.searchWith(kernel)));
            }
        }
        try {
            return new Sweeper(arms).sweep(systems, workload, sizes, template, search.objective(), search.maxDays(),
                    options, search.progress());
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage(), e);
        }
    }

    /**
     * Returns walls whose wall models take {@code value} at {@code wallAndPath}, as {@link Builder#assume} would set
     * it, with this instance's plugins, other assumptions and metrics; this instance is unchanged. A what-if over one
     * assumption runs on these, without loading the plugins again.
     *
     * @throws InputException for an unknown wall or path, or a value the figure cannot take
     */
    public Walls assume(String wallAndPath, double value) {
        Objects.requireNonNull(wallAndPath, "wallAndPath");
        return assume(wallAndPath, value, "--assume");
    }

    private Walls assume(String wallAndPath, double value, String flag) {
        Map<Wall, WallModel> models = new EnumMap<>(Wall.class);
        models.putAll(wallModels);
        Assumptions.apply(models, wallAndPath, value, flag);
        return new Walls(catalog, models, metrics);
    }

    /** Starts a fluent description of a training job. */
    public TrainingJob train(String workloadIdOrSpecFile) {
        Objects.requireNonNull(workloadIdOrSpecFile, "workload");
        return new TrainingJob(this, workload(workloadIdOrSpecFile), null, 0, Strategy.DEFAULT);
    }

    public TrainingJob train(Workload workload) {
        Objects.requireNonNull(workload, "workload");
        return new TrainingJob(this, workload, null, 0, Strategy.DEFAULT);
    }
}
