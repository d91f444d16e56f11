package dev.walls.core.compare;

import dev.walls.core.describe.Describer;
import dev.walls.core.describe.SystemDescription;
import dev.walls.core.evaluation.Evaluator;
import dev.walls.core.output.Formats;
import dev.walls.core.search.Objective;
import dev.walls.core.search.RunFigures;
import dev.walls.core.search.SearchProgress;
import dev.walls.core.search.SearchResult;
import dev.walls.core.search.StrategySearch;
import dev.walls.core.search.Subsystem;
import dev.walls.core.search.Template;
import dev.walls.spi.kernel.CostKey;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.Scaling;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.wall.Money;
import dev.walls.spi.wall.Si;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import dev.walls.spi.workload.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Puts systems side by side on one workload: sizes each to the same budget, power or peak when asked, searches
 * each for its best layout, evaluates it through every wall, and says in one sentence what binds.
 */
public final class Comparer {

    private final Evaluator evaluator;
    private final StrategySearch search;
    private final RangeSweep ranges;

    public Comparer(Evaluator evaluator, StrategySearch search) {
        this.evaluator = evaluator;
        this.search = search;
        this.ranges = new RangeSweep(evaluator.wallModels());
    }

    /**
     * Compares systems on a workload.
     *
     * @param systems       the systems, each at the size asked for (their most, when normalizing)
     * @param workload      the training job
     * @param normalization how to size them against each other
     * @param target        the budget (USD), power (W) or peak (FLOP/s) to size to; NaN to take the first system's
     * @param objective     what each system's search minimizes
     * @param progress      told how far each search has come
     * @throws IllegalArgumentException when a system has no feasible layout of the workload
     */
    public List<Comparison> compare(List<SystemSpec> systems, Workload workload, Normalization normalization, double target,
                                    Objective objective, SearchProgress progress) {
        return compare(systems, workload, normalization, target, objective, null, progress);
    }

    /**
     * Compares systems on a workload, each at its best run within a deadline ({@code --max-days}): with the cost
     * objective, each system's cheapest run that trains in time. A system none of whose runs meets it is shown at its
     * fastest and marked ({@link Comparison#withinMaxDays()} false).
     *
     * @param maxDays the deadline in days, more than 0; null for none
     */
    public List<Comparison> compare(List<SystemSpec> systems, Workload workload, Normalization normalization, double target,
                                    Objective objective, Double maxDays, SearchProgress progress) {
        double goal = target;
        if (normalization != Normalization.NONE && Double.isNaN(goal)) {
            goal = measure(systems.get(0), workload, normalization);
        }
        List<Comparison> rows = new ArrayList<>();
        String economicsModel = evaluator.economicsModelId();
        for (SystemSpec requested : systems) {
            SystemSpec sized = requested;
            String sizedBy = "as given: " + requested.accelerators() + " accelerators";
            SizingOutcome outcome = SizingOutcome.AS_GIVEN;
            if (normalization != Normalization.NONE) {
                sized = size(requested, workload, normalization, goal);
                outcome = outcome(sized, workload, normalization, goal);
                sizedBy = describe(normalization, goal) + ": " + sized.accelerators() + " accelerators"
                        + (outcome.aboveTarget() ? " (its smallest size already exceeds it: "
                        + amount(normalization, outcome.reached()) + ")" : "")
                        + (outcome.capped() ? ", capped at its largest size: it takes " + amount(normalization,
                        outcome.reached()) + " of the " + amount(normalization, goal) : "");
            }
            SearchResult found = search.search(sized, workload, Template.OPEN, objective, 1, false, maxDays, progress);
            if (found.best().accelerators() != sized.accelerators()) {
                sizedBy += ", of which the best layout uses " + found.best().accelerators();
            }
            rows.add(row(sized, workload, found, sizedBy, outcome, economicsModel));
        }
        return rows;
    }

    /**
     * A sentence for an MFU against the 16-bit peak above 100 %. It is not an error: an FP8 layout's model FLOPs are
     * counted against the 16-bit peak, and FP8 GEMMs at more than half of an FP8 peak twice the 16-bit one outrun it.
     * It rests on the spec's FP8 peak and FP8 GEMM efficiency, the figures a typo or an optimistic estimate moves
     * most, so it is said, not printed silently.
     */
    static String above16BitPeak(SystemSpec system, Evaluation best, double mfu16) {
        if (!(mfu16 > 1)) {
            return "";
        }
        Precision p = best.strategy().precision();
        double ratio = RunFigures.peakOver16Bit(system.accelerator(), p);
        return String.format(Locale.ROOT, " Its MFU against the 16-bit peak is %.0f%%, above 100%%: its %s GEMMs outrun "
                        + "the 16-bit peak, as its %s peak (%.2gx the 16-bit one) and %s GEMM efficiency say; check both.",
                mfu16 * 100, p.id(), p.id(), ratio, p.id());
    }

    /**
     * How a system sized to a target came out against it.
     *
     * @param normalization what it was sized by
     * @param capped        it stopped at its largest size though the target would take at least one more step of it
     * @param aboveTarget   even its smallest size exceeds the target
     * @param target        the budget (USD), power (W) or peak (FLOP/s) it was sized to; NaN as given
     * @param reached       the sized system's capital, power or peak, in the target's unit; NaN as given
     */
    record SizingOutcome(Normalization normalization, boolean capped, boolean aboveTarget, double target,
                         double reached) {
        static final SizingOutcome AS_GIVEN = new SizingOutcome(Normalization.NONE, false, false, Double.NaN,
                Double.NaN);
    }

    /** How the size {@link #size} chose compares with the goal: capped by the system's largest size, or above it. */
    SizingOutcome outcome(SystemSpec sized, Workload workload, Normalization normalization, double goal) {
        double reached = measure(sized, workload, normalization);
        if (reached > goal * (1 + 1e-9)) {
            return new SizingOutcome(normalization, false, true, goal, reached);
        }
        Scaling s = sized.scaling();
        int largest = s.minAccelerators() + (s.maxAccelerators() - s.minAccelerators()) / s.stepAccelerators()
                * s.stepAccelerators();
        if (sized.accelerators() != largest) {
            return new SizingOutcome(normalization, false, false, goal, reached);
        }
        // What one more step would take: as much as the last one did, or a proportional share with one size only.
        int below = largest - s.stepAccelerators();
        double step = below >= s.minAccelerators()
                ? reached - measure(sized.withAccelerators(below), workload, normalization)
                : reached * s.stepAccelerators() / largest;
        return new SizingOutcome(normalization, goal - reached >= step * (1 - 1e-9), false, goal, reached);
    }

    private Comparison row(SystemSpec sized, Workload workload, SearchResult found, String sizedBy,
                           SizingOutcome outcome, String economicsModel) {
        Evaluation best = found.best();
        RunFigures f = RunFigures.of(sized, workload, best, economicsModel);
        SystemSpec used = Subsystem.of(sized, best.accelerators());
        ComparisonRange range = ranges.of(used, workload, best);
        boolean budget = outcome.normalization() == Normalization.BUDGET;
        return new Comparison(sized.id(), sized.name(), best.accelerators(), sizedBy, f.timeToTrainDays(), f.costUsd(),
                f.capexUsd(), f.powerWatts(), best.mfu(), f.mfuAt16BitPeak(), best.stepTimeSeconds(), best.strategy(),
                best.bindingWall(), best.walls(), range,
                verdict(sized, workload, best, f) + above16BitPeak(sized, best, f.mfuAt16BitPeak())
                        + late(found.maxDays(), best, f),
                best, outcome.capped(), outcome.aboveTarget(),
                budget ? OptionalDouble.of(outcome.target()) : OptionalDouble.empty(),
                budget ? OptionalDouble.of(outcome.reached()) : OptionalDouble.empty(), Describer.describe(used),
                sized.accelerators(), found.maxDays());
    }

    /**
     * A sentence for a system that misses the deadline: its row is then its fastest run (as
     * {@link Comparison#withinMaxDays()} tells it).
     */
    private static String late(Double maxDays, Evaluation best, RunFigures f) {
        boolean late = maxDays != null && RunFigures.runs(best) && f.timeToTrainDays() > maxDays;
        return late ? String.format(Locale.ROOT, " It misses the %s: its fastest run takes %.1f days.",
                Formats.deadline(maxDays), f.timeToTrainDays()) : "";
    }

    /** Returns the largest size the system scales to whose measure stays within the goal (its smallest if none). */
    SystemSpec size(SystemSpec system, Workload workload, Normalization normalization, double goal) {
        Scaling s = system.scaling();
        int lo = 0;
        int hi = (s.maxAccelerators() - s.minAccelerators()) / s.stepAccelerators();
        // Capital, power and peak only grow with size: bisect over the sizes the system can take.
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            SystemSpec candidate = system.withAccelerators(s.minAccelerators() + mid * s.stepAccelerators());
            if (measure(candidate, workload, normalization) <= goal * (1 + 1e-9)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return system.withAccelerators(s.minAccelerators() + lo * s.stepAccelerators());
    }

    /**
     * What a size is measured by against the goal. A budget is of the capital the comparison reports (hardware,
     * facility and any design cost, as the economics wall stages it); without an economics wall, of the hardware at
     * list price.
     */
    double measure(SystemSpec system, Workload workload, Normalization normalization) {
        if (normalization == Normalization.BUDGET) {
            double capital = evaluator.table(system, workload).get(CostKey.SYSTEM_CAPITAL_USD);
            if (capital > 0) {
                return capital;
            }
        }
        SystemDescription d = Describer.describe(system);
        return switch (normalization) {
            case NONE -> 0;
            case BUDGET -> d.capexUsd();
            case POWER -> d.powerWatts();
            case PEAK -> d.peakFlopsPerSecond().getOrDefault("bf16", d.peakFlopsPerSecond().getOrDefault("fp16", 0.0));
        };
    }

    private static String describe(Normalization n, double goal) {
        return switch (n) {
            case NONE -> "as given";
            case BUDGET -> "sized to a capital budget of " + usd(goal);
            case POWER -> "sized to " + Si.format(goal, "W");
            case PEAK -> "sized to " + Si.format(goal, "FLOP/s") + " dense 16-bit peak";
        };
    }

    /** An amount in the target's unit: dollars, watts or FLOP/s. */
    private static String amount(Normalization n, double v) {
        return switch (n) {
            case NONE, BUDGET -> usd(v);
            case POWER -> Si.format(v, "W");
            case PEAK -> Si.format(v, "FLOP/s");
        };
    }

    private static String usd(double v) {
        return Double.isNaN(v) ? "an unknown cost" : Money.usd(v);
    }

    /** One sentence: what stops or binds the system, with the finding behind it. */
    static String verdict(SystemSpec system, Workload workload, Evaluation best, RunFigures f) {
        Optional<Wall> blocking = best.blockingWall();
        if (blocking.isPresent()) {
            return String.format(Locale.ROOT, "%s: the %s wall blocks — %s.", system.name(), blocking.get().id(),
                    best.walls().get(blocking.get()).finding());
        }
        WallAssessment binding = best.walls().get(best.bindingWall());
        // MFU against the layout's peak; an FP8 layout's says so, and gives the 16-bit one that reports compare on
        Precision p = f.precision();
        String mfu = String.format(Locale.ROOT, "%.0f%% MFU", best.mfu() * 100)
                + (p == Precision.BF16 || p == Precision.FP16 ? "" : String.format(Locale.ROOT,
                " of its %s peak (%.0f%% of its 16-bit)", p.id(), f.mfuAt16BitPeak() * 100));
        return String.format(Locale.ROOT, "%s: %s binds — %s; %s trains in %.1f days for %s at %s on %,d accelerators.",
                system.name(), best.bindingWall().id(), binding.finding(), workload.name(), f.timeToTrainDays(),
                usd(f.costUsd()), mfu, best.accelerators());
    }
}
