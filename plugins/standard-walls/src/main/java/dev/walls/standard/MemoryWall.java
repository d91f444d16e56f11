package dev.walls.standard;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.kernel.CostKey;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.kernel.StepComponent;
import dev.walls.spi.model.WallContext;
import dev.walls.spi.model.WallModel;
import dev.walls.spi.result.MemoryBreakdown;
import dev.walls.spi.result.MemoryPart;
import dev.walls.spi.result.PipelineStage;
import dev.walls.spi.result.StepBreakdown;
import dev.walls.spi.result.StepPart;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.MemoryTier;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.wall.Si;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import dev.walls.spi.wall.WallStatus;
import dev.walls.spi.workload.Workload;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The memory wall: the per-rank training footprint against the memory tiers, and the time memory shortage
 * costs (activation recomputation, streaming state spilled to a slower tier). It stages the bytes per parameter
 * of weights, gradients and optimizer state, fragmentation slack and the runtime's reserve.
 *
 * <p>Status: BLOCKED when the footprint exceeds every tier the rank can use; STRAINED when it fills more than
 * {@code strainedUtilization} of the capacity it is judged against or the memory loss exceeds
 * {@code strainedLossFraction} of the step; OK otherwise. A footprint within the fastest tier is judged against that
 * tier: the slower tiers behind it (GB200's Grace LPDDR) are room to spill into at a cost, not slack for the
 * allocator. One that spills is judged against every tier, and its streaming is charged as a loss.
 *
 * <p>The kernels time every memory-bound kernel at the fastest tier's bandwidth, whatever share of the footprint that
 * tier holds: the model of an SRAM-first design such as Dojo's. When a slower tier stands behind a fastest tier that
 * holds less than {@link #SMALL_FASTEST_TIER_SHARE} of the footprint, the finding says so (metric
 * {@code fastestTierSmallShare} 1), for on a chip whose SRAM is a cache that timing is far too fast.
 */
public final class MemoryWall implements WallModel {

    /**
     * A fastest tier holding less than this share of the footprint gets the note above: walls' policy, not a fact
     * (10 %: a tenth of the state can hold a layer's working set on a large rank, not the rest of the step's traffic).
     */
    public static final double SMALL_FASTEST_TIER_SHARE = 0.10;

    private final MemoryAssumptions assumptions;

    public MemoryWall() {
        this(MemoryAssumptions.defaults());
    }

    public MemoryWall(MemoryAssumptions assumptions) {
        this.assumptions = Objects.requireNonNull(assumptions, "assumptions");
    }

    @Override
    public String id() {
        return "standard-memory";
    }

    @Override
    public Wall wall() {
        return Wall.MEMORY;
    }

    @Override
    public Optional<Record> assumptionSet() {
        return Optional.of(assumptions);
    }

    @Override
    public WallModel withAssumptionSet(Record replacement) {
        return new MemoryWall(WallModel.assumptionsOf(this, replacement, MemoryAssumptions.class));
    }

    public MemoryAssumptions assumptions() {
        return assumptions;
    }

    @Override
    public void stage(SystemSpec system, Workload workload, CostTable.Builder table) {
        table.set(CostKey.WEIGHT_BYTES_PER_PARAMETER, table.at(assumptions.weightBytesPerParameter()));
        table.set(CostKey.GRADIENT_BYTES_PER_PARAMETER, table.at(assumptions.gradientBytesPerParameter()));
        table.set(CostKey.OPTIMIZER_BYTES_PER_PARAMETER, table.at(assumptions.optimizerBytesPerParameter()));
        table.set(CostKey.FRAGMENTATION_FRACTION, table.at(assumptions.fragmentationFraction()));
        // The runtime reserve was measured on 80 GB GPUs; a rank with less memory runs a smaller runtime, so it
        // keeps the same share of its capacity, never more than the GPU figure.
        double capacity = 0;
        for (double c : table.tierCapacitiesBytes()) {
            capacity += c;
        }
        double runtime = table.at(assumptions.runtimeBytesPerRank());
        double reference = table.at(assumptions.runtimeReferenceRankBytes());
        table.set(CostKey.RUNTIME_BYTES_PER_RANK, Math.min(runtime, runtime / reference * capacity));
    }

    @Override
    public WallAssessment assess(WallContext context) {
        MemoryBreakdown memory = context.memory();
        StepBreakdown step = context.step();
        double total = memory.totalBytes();
        double capacity = memory.capacityBytes();
        double fastest = memory.fastestTierBytes();
        boolean fits = total <= capacity;
        // Within the fastest tier, the rank computes out of that tier alone, and how full it is decides whether the
        // allocator has its slack; the tiers behind it do not help until the footprint spills into them.
        boolean slowerTiers = capacity > fastest;
        boolean withinFastest = fits && total <= fastest;
        double judgedCapacity = withinFastest ? fastest : capacity;
        double loss = step.lossSeconds(Wall.MEMORY);
        double stepSeconds = step.stepTimeSeconds();
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("footprintBytes", total);
        metrics.put("capacityBytes", capacity);
        metrics.put("fastestTierBytes", fastest);
        metrics.put("footprintToCapacity", capacity > 0 ? total / capacity : Double.POSITIVE_INFINITY);
        metrics.put("footprintToFastestTier", fastest > 0 ? total / fastest : Double.POSITIVE_INFINITY);
        metrics.put("spilledBytes", memory.spilledBytes());
        double fastestShare = total > 0 ? Math.min(1, fastest / total) : 1;
        boolean smallFastest = slowerTiers && fastestShare < SMALL_FASTEST_TIER_SHARE;
        metrics.put("fastestTierShareOfFootprint", fastestShare);
        metrics.put("fastestTierSmallShare", smallFastest ? 1.0 : 0.0);
        for (MemoryPart p : memory.parts()) {
            metrics.put(camel(p.name()) + "Bytes", p.bytes());
        }
        metrics.put("lossSeconds", loss);
        metrics.put("lossFractionOfStep", loss / stepSeconds);
        // Bytes of each tier per FLOP/s of the accelerator's peak at the layout's precision: the memory-per-compute
        // ratio that decides what an accelerator can hold per unit of compute.
        SystemSpec system = context.system();
        double peak = system.accelerator().peak(context.strategy().precision()).map(Figure::nominal).orElse(0.0);
        if (peak > 0) {
            for (MemoryTier t : system.accelerator().memory()) {
                metrics.put("bytesPerFlopPerSecond." + t.kind().id() + "." + t.name(), t.capacityBytes().nominal() / peak);
            }
            for (Level level : system.levels()) {
                // each accelerator's share of a whole unit, as the cost table divides it
                int per = Math.max(1, level.isOpenEnded() ? system.accelerators() : level.acceleratorsPerUnit());
                for (MemoryTier t : level.memory()) {
                    metrics.put("bytesPerFlopPerSecond." + t.kind().id() + "." + level.name() + "." + t.name(),
                            t.capacityBytes().nominal() / per / peak);
                }
            }
        }
        WallStatus status;
        if (!fits) {
            status = WallStatus.BLOCKED;
        } else if (total > assumptions.strainedUtilization() * judgedCapacity
                || loss > assumptions.strainedLossFraction() * stepSeconds) {
            status = WallStatus.STRAINED;
        } else {
            status = WallStatus.OK;
        }
        MemoryPart largest = memory.parts().stream().max(java.util.Comparator.comparingDouble(MemoryPart::bytes)).orElse(null);
        String rank = memory.busiestStage() == PipelineStage.LAST
                ? "the busiest rank, on the last pipeline stage (output layer and logits),"
                : "the busiest rank";
        String need = rank + " needs " + Format.gigabytes(total) + " of " + Format.gigabytes(judgedCapacity)
                + " (" + Si.percent(judgedCapacity > 0 ? total / judgedCapacity : 1) + ")";
        String placement = "";
        if (fits && slowerTiers) {
            String tier = memory.tiers().isEmpty() ? "its fastest tier" : "its fastest tier, " + memory.tiers().get(0).name();
            placement = withinFastest
                    ? " in " + tier + "; nothing spills to the slower tiers (" + Format.gigabytes(capacity) + " in all)"
                    : " across its tiers: " + Format.gigabytes(memory.spilledBytes()) + " spills beyond " + tier + " ("
                    + Format.gigabytes(fastest) + ")" + streamed(step);
        }
        String finding = need + placement
                + (fits ? "" : ": it does not fit")
                + (largest == null || fits ? "" : ", " + alone(largest) + " " + Format.gigabytes(largest.bytes()))
                + (loss > 0 ? "; memory costs " + Format.seconds(loss) + " (" + Si.percent(loss / stepSeconds)
                + " of the step) in recompute and streaming" : "")
                + (fits && smallFastest ? smallFastestTier(system, fastestShare) : "");
        return new WallAssessment(Wall.MEMORY, status, loss, 0, finding, metrics);
    }

    /**
     * "; its fastest tier, on-die SRAM (256 MB), holds 0.2% of the footprint, yet every memory-bound kernel is timed
     * at its 60 TB/s ...": a fastest tier too small for the SRAM-first timing the kernels give it to be credible.
     */
    private static String smallFastestTier(SystemSpec system, double share) {
        // the fastest tier as the cost table orders a rank's tiers: by kind (SRAM, HBM, DRAM), then as listed, the
        // accelerator's own before each level's share
        String name = null;
        double capacity = 0;
        double bandwidth = 0;
        int kind = Integer.MAX_VALUE;
        for (MemoryTier t : system.accelerator().memory()) {
            if (t.kind().ordinal() < kind) {
                kind = t.kind().ordinal();
                name = t.name();
                capacity = t.capacityBytes().nominal();
                bandwidth = t.bandwidthBytesPerSecond().nominal();
            }
        }
        for (Level level : system.levels()) {
            int per = Math.max(1, level.isOpenEnded() ? system.accelerators() : level.acceleratorsPerUnit());
            for (MemoryTier t : level.memory()) {
                if (t.kind().ordinal() < kind) {
                    kind = t.kind().ordinal();
                    name = t.name() + " (" + level.name() + ")";
                    capacity = t.capacityBytes().nominal() / per;
                    bandwidth = t.bandwidthBytesPerSecond().nominal() / per;
                }
            }
        }
        return "; its fastest tier, " + name + " (" + bytes(capacity) + "), holds " + Si.percent(share)
                + " of the footprint, yet every memory-bound kernel is timed at its "
                + String.format(Locale.US, "%.3g TB/s", bandwidth / 1e12)
                + ", as in an SRAM-first design (Dojo); for an SRAM that works as a cache, leave it out of the tiers";
    }

    /** "256 MB", "1.5 GB": a tier's capacity at the scale it is written in. */
    private static String bytes(double b) {
        return b < 1e9 ? String.format(Locale.US, "%.3g MB", b / 1e6) : Format.gigabytes(b);
    }

    /** ", streamed from the slower tiers in 1.2 s per step": the step's tier-streaming part, when it has one. */
    private static String streamed(StepBreakdown step) {
        double seconds = 0;
        for (StepPart p : step.parts()) {
            if (p.name().equals(StepComponent.TIER_STREAMING.key())) {
                seconds += p.seconds();
            }
        }
        return seconds > 0 ? ", streamed from the slower tiers in " + Format.seconds(seconds) + " per step" : "";
    }

    /** "activations alone take", "the optimizer state alone takes": the part's name read as words. */
    private static String alone(MemoryPart part) {
        String words = part.name().replace('-', ' ');
        return words.endsWith("s") ? words + " alone take" : "the " + words + " alone takes";
    }

    private static String camel(String key) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : key.toCharArray()) {
            if (c == '-') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : Character.toLowerCase(c));
                up = false;
            }
        }
        return b.toString().toLowerCase(Locale.ROOT).isEmpty() ? key : b.toString();
    }
}
