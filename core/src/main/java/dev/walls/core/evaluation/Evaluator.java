package dev.walls.core.evaluation;

import dev.walls.core.error.NonFiniteResultException;
import dev.walls.spi.figure.NonFiniteException;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.kernel.EvaluationKernel;
import dev.walls.spi.kernel.KernelOutput;
import dev.walls.spi.kernel.KernelStrategy;
import dev.walls.spi.kernel.MemoryComponent;
import dev.walls.spi.kernel.StepComponent;
import dev.walls.spi.model.WallContext;
import dev.walls.spi.model.WallModel;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.result.MemoryBreakdown;
import dev.walls.spi.result.MemoryPart;
import dev.walls.spi.result.PipelineStage;
import dev.walls.spi.result.StepBreakdown;
import dev.walls.spi.result.StepPart;
import dev.walls.spi.result.TierPlacement;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.system.MemoryKind;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.wall.Si;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import dev.walls.spi.wall.WallStatus;
import dev.walls.spi.workload.Workload;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Evaluates one layout of a workload on a system through every wall: stages the walls' knowledge into a
 * {@link CostTable} (once per system × workload), runs the kernel, builds the step and memory breakdowns, and asks
 * each wall model for its verdict. The step time is ideal compute plus the walls' losses, exactly.
 *
 * <p>Thread-safe: wall models and kernels are stateless, and staged tables are cached under a lock.
 */
public final class Evaluator {

    /** Numbers in findings: US separators, which the JDK formats without new DecimalFormatSymbols per call. */
    private static final Locale NUMBERS = Locale.US;

    /**
     * Tables kept: a search stages one per accelerator count (41 for GPT-3 on up to 4,096 A100s, 59 for Llama 3 405B
     * on up to 4,608 GB200s) and then evaluates its winners with them, so the cache holds a whole search's.
     */
    private static final int TABLE_CACHE_SIZE = 256;

    private final Map<Wall, WallModel> models;
    private final EvaluationKernel kernel;
    private final Map<TableKey, CostTable> tables = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<TableKey, CostTable> eldest) {
            return size() > TABLE_CACHE_SIZE;
        }
    };

    /**
     * Creates an evaluator with the reference kernel.
     *
     * @param wallModels exactly one model per wall
     * @throws IllegalArgumentException when a wall has no model or more than one
     */
    public Evaluator(List<WallModel> wallModels) {
        this(wallModels, new ReferenceKernel());
    }

    /**
     * Creates an evaluator with a given kernel (which must match the reference kernel's numbers).
     *
     * @param wallModels exactly one model per wall
     * @param kernel     the kernel that evaluates layouts
     * @throws IllegalArgumentException when a wall has no model or more than one
     */
    public Evaluator(List<WallModel> wallModels, EvaluationKernel kernel) {
        Objects.requireNonNull(wallModels, "wallModels");
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        EnumMap<Wall, WallModel> byWall = new EnumMap<>(Wall.class);
        for (WallModel m : wallModels) {
            Objects.requireNonNull(m, "wall model");
            WallModel previous = byWall.put(Objects.requireNonNull(m.wall(), "wall of " + m.id()), m);
            if (previous != null) {
                throw new IllegalArgumentException("two models for the " + m.wall() + " wall: '" + previous.id()
                        + "' and '" + m.id() + "'; supply exactly one model per wall");
            }
        }
        List<String> missing = new ArrayList<>();
        for (Wall w : Wall.values()) {
            if (!byWall.containsKey(w)) {
                missing.add(w.id());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no model for the " + String.join(", ", missing)
                    + " wall" + (missing.size() > 1 ? "s" : "") + "; supply exactly one model per wall");
        }
        this.models = byWall;
    }

    /** Returns the kernel's id. */
    public String kernelId() {
        return kernel.id();
    }

    /** Returns the wall models, in wall order. */
    public Collection<WallModel> wallModels() {
        return models.values();
    }

    /**
     * Returns the id of the economics wall's model, which messages name when it reports no run cost (there is always
     * one: an evaluator has exactly one model per wall).
     */
    public String economicsModelId() {
        return models.get(Wall.ECONOMICS).id();
    }

    /**
     * Evaluates one layout.
     *
     * @param system   the system at its size
     * @param workload the training job
     * @param strategy the layout; {@code dp=0} is derived from the accelerator count
     * @return the full verdict; a layout that does not fit memory still evaluates, with {@code fits=false} and
     *         the memory wall BLOCKED
     * @throws IllegalArgumentException naming the key and the constraint when the layout is impossible
     * @throws NonFiniteResultException  when a number of the verdict is NaN or an infinity, naming it and its inputs
     */
    public Evaluation evaluate(SystemSpec system, Workload workload, Strategy strategy) {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(strategy, "strategy");
        Strategy resolved = resolve(system, strategy);
        CostTable table = table(system, workload);
        int[] slots = KernelStrategy.encode(resolved);
        String why = ReferenceKernel.invalidReason(table, slots);
        if (why != null) {
            throw new IllegalArgumentException("layout " + resolved + " is impossible for " + workload.id() + " on "
                    + system.id() + ": " + why);
        }
        double[] out = new double[KernelOutput.SIZE];
        kernel.evaluate(table, slots, out);
        Evaluation e;
        try {
            e = assemble(system, workload, resolved, table, out);
        } catch (NonFiniteException nonFinite) {
            // the kernel's parts of the step or of memory: every wall's staged figures feed them
            throw FiniteGuard.refusal("the evaluation of " + resolved + ": " + nonFinite.getMessage(), system, workload,
                    models.values());
        }
        return FiniteGuard.checked(e, system, workload, models);
    }

    /**
     * Returns the staged cost table of a system × workload (cached).
     *
     * @throws NonFiniteResultException when a wall stages a number that is not finite, naming the wall and its inputs
     */
    public CostTable table(SystemSpec system, Workload workload) {
        TableKey key = new TableKey(system, workload);
        synchronized (tables) {
            CostTable cached = tables.get(key);
            if (cached != null) {
                return cached;
            }
        }
        CostTable.Builder builder = CostTable.builder(system, workload);
        for (WallModel m : models.values()) {
            try {
                m.stage(system, workload, builder);
            } catch (NonFiniteException e) {
                throw FiniteGuard.refusal("the " + m.wall().id() + " wall: " + e.getMessage(), system, workload, List.of(m));
            }
        }
        CostTable built = builder.build();
        synchronized (tables) {
            tables.put(key, built);
        }
        return built;
    }

    private static Strategy resolve(SystemSpec system, Strategy strategy) {
        try {
            return strategy.resolve(system.accelerators());
        } catch (IllegalArgumentException e) {
            int mp = strategy.modelParallelSize();
            String hint = strategy.dp() == 0
                    ? "choose tp, pp and cp whose product divides " + system.accelerators()
                    + ", or size the system to a multiple of " + mp + " with --accelerators"
                    : "leave dp out to derive it, or size the system to " + strategy.accelerators() + " with --accelerators";
            throw new IllegalArgumentException("layout " + strategy + " does not fit " + system.id() + ": "
                    + e.getMessage() + " (" + hint + ")", e);
        }
    }

    private Evaluation assemble(SystemSpec system, Workload workload, Strategy strategy, CostTable table,
                                double[] out) {
        double ideal = out[KernelOutput.IDEAL_SECONDS];
        double kernelStep = out[KernelOutput.STEP_SECONDS];
        StepBreakdown kernelBreakdown = new StepBreakdown(ideal, kernelParts(out, kernelStep));
        List<MemoryPart> memoryParts = new ArrayList<>();
        for (MemoryComponent c : MemoryComponent.values()) {
            memoryParts.add(new MemoryPart(c.key(), out[KernelOutput.of(c)]));
        }
        MemoryBreakdown memory = new MemoryBreakdown(memoryParts, out[KernelOutput.CAPACITY_BYTES],
                out[KernelOutput.FASTEST_TIER_BYTES], busiestStage(out), tierPlacements(table, out),
                out[KernelOutput.SPILLED_BYTES]);
        boolean fits = out[KernelOutput.FITS] != 0;

        WallContext context = new WallContext(system, workload, strategy, kernelBreakdown, memory);
        EnumMap<Wall, WallAssessment> assessed = new EnumMap<>(Wall.class);
        for (WallModel m : models.values()) {
            WallAssessment a = Objects.requireNonNull(assess(m, context), "assessment of " + m.id());
            if (a.wall() != m.wall()) {
                throw new IllegalStateException("wall model '" + m.id() + "' judged the " + a.wall() + " wall, not "
                        + m.wall());
            }
            assessed.put(m.wall(), a);
        }
        // A wall may charge more than the kernel did (e.g. packaging's goodput loss): add the difference as a part.
        List<StepPart> added = new ArrayList<>();
        double addedSeconds = 0;
        for (Wall w : Wall.values()) {
            double charged = kernelBreakdown.lossSeconds(w);
            double extra = assessed.get(w).lossSeconds() - charged;
            if (extra > 0) {
                added.add(new StepPart(w.id() + "-assessed", w, extra, assessed.get(w).finding()));
                addedSeconds += extra;
            }
        }
        boolean extended = !added.isEmpty();
        // The kernel's parts state their share of the step that is reported, the added parts included.
        List<StepPart> parts = extended ? kernelParts(out, kernelStep + addedSeconds)
                : new ArrayList<>(kernelBreakdown.parts());
        parts.addAll(added);
        StepBreakdown step = new StepBreakdown(ideal, parts);
        if (extended) {
            // Judge again on the whole step, so that a wall that prices time (economics) pays for the added parts
            // too; a wall that added a part sees it as already charged and does not add it twice.
            WallContext whole = new WallContext(system, workload, strategy, step, memory);
            for (WallModel m : models.values()) {
                assessed.put(m.wall(), Objects.requireNonNull(assess(m, whole), "assessment of " + m.id()));
            }
        }
        double stepSeconds = ideal;
        for (Wall w : Wall.values()) {
            WallAssessment a = assessed.get(w);
            double loss = step.lossSeconds(w);
            WallStatus status = a.status();
            if (w == Wall.MEMORY && !fits) {
                status = WallStatus.BLOCKED;
            }
            if (loss != a.lossSeconds() || status != a.status()) {
                a = new WallAssessment(w, status, loss, a.lossUsd(), a.finding(), a.metrics());
                assessed.put(w, a);
            }
            stepSeconds += a.lossSeconds();
        }
        double peak = table.peakFlopsPerSecond(strategy.precision());
        double mfu = out[KernelOutput.MODEL_FLOPS] / (stepSeconds * system.accelerators() * peak);
        double tokensPerSecond = workload.tokensPerStep() / stepSeconds;
        return new Evaluation(system.id(), workload.id(), system.accelerators(), strategy, stepSeconds,
                tokensPerSecond, mfu, out[KernelOutput.MEMORY_BYTES], fits, assessed, Evaluation.bindingWallOf(assessed),
                step, memory);
    }

    private static PipelineStage busiestStage(double[] out) {
        return out[KernelOutput.BUSIEST_STAGE] != 0 ? PipelineStage.LAST : PipelineStage.FIRST;
    }

    /** The kernel's bytes per tier, with the tiers' names, fastest first (as many tiers as the kernel reports). */
    private static List<TierPlacement> tierPlacements(CostTable table, double[] out) {
        List<TierPlacement> tiers = new ArrayList<>();
        for (int i = 0; i < table.tierCount() && i < KernelOutput.MAX_TIERS; i++) {
            tiers.add(new TierPlacement(table.tierName(i), MemoryKind.values()[table.tierKind(i)],
                    table.tierCapacityBytes(i), out[KernelOutput.TIER_BYTES + i]));
        }
        return tiers;
    }

    /** Asks a wall for its verdict; a number of its verdict that is not finite is refused naming its inputs. */
    private static WallAssessment assess(WallModel m, WallContext context) {
        try {
            return m.assess(context);
        } catch (NonFiniteException e) {
            throw FiniteGuard.refusal("the " + m.wall().id() + " wall: " + e.getMessage(), context.system(),
                    context.workload(), List.of(m));
        }
    }

    /** The kernel's step components above zero, each described with its share of {@code stepSeconds}. */
    private static List<StepPart> kernelParts(double[] out, double stepSeconds) {
        List<StepPart> parts = new ArrayList<>();
        for (StepComponent c : StepComponent.values()) {
            double seconds = out[KernelOutput.of(c)];
            if (seconds > 0) {
                parts.add(new StepPart(c.key(), c.wall(), seconds, detail(c, seconds, stepSeconds, out)));
            }
        }
        return parts;
    }

    private static String detail(StepComponent c, double seconds, double step, double[] out) {
        double percent = 100 * seconds / step;
        String share = Si.seconds(seconds) + String.format(NUMBERS, percent >= 1 ? ", %.1f%% of the step"
                : ", %.2f%% of the step", percent);
        String extra = "";
        switch (c) {
            case GEMM_EFFICIENCY -> extra = String.format(NUMBERS, "; GEMMs at %.0f%% of peak",
                    100 * out[KernelOutput.GEMM_EFFICIENCY]);
            case PIPELINE_BUBBLE -> extra = String.format(NUMBERS, "; bubble %.1f%% of the pipelined work",
                    100 * out[KernelOutput.BUBBLE_FRACTION]);
            case TP_COMMUNICATION -> extra = "; " + Si.seconds(out[KernelOutput.TP_COMMUNICATION_SECONDS])
                    + " of TP traffic in all";
            case DP_GRADIENT_REDUCTION, DP_PARAMETER_GATHER -> extra = "; "
                    + Si.seconds(out[KernelOutput.DP_COMMUNICATION_SECONDS]) + " of DP traffic in all";
            case TIER_STREAMING -> extra = String.format(NUMBERS, "; %.2f GB spilled beyond the fastest tier",
                    out[KernelOutput.SPILLED_BYTES] / 1e9);
            default -> {
            }
        }
        return c.description() + ": " + share + extra;
    }

    /** Identity of a staged table: the system (at its size) and the workload. */
    private record TableKey(SystemSpec system, Workload workload) {
    }
}
