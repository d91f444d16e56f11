package dev.walls.standard;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.kernel.CostKey;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.model.WallContext;
import dev.walls.spi.model.WallModel;
import dev.walls.spi.result.MemoryBreakdown;
import dev.walls.spi.result.MemoryPart;
import dev.walls.spi.result.StepBreakdown;
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
 * {@code strainedUtilization} of that capacity or the memory loss exceeds {@code strainedLossFraction} of the
 * step; OK otherwise.
 */
public final class MemoryWall implements WallModel {

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
        double loss = step.lossSeconds(Wall.MEMORY);
        double stepSeconds = step.stepTimeSeconds();
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("footprintBytes", total);
        metrics.put("capacityBytes", capacity);
        metrics.put("fastestTierBytes", memory.fastestTierBytes());
        metrics.put("footprintToCapacity", capacity > 0 ? total / capacity : Double.POSITIVE_INFINITY);
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
        boolean fits = total <= capacity;
        WallStatus status;
        if (!fits) {
            status = WallStatus.BLOCKED;
        } else if (total > assumptions.strainedUtilization() * capacity
                || loss > assumptions.strainedLossFraction() * stepSeconds) {
            status = WallStatus.STRAINED;
        } else {
            status = WallStatus.OK;
        }
        MemoryPart largest = memory.parts().stream().max(java.util.Comparator.comparingDouble(MemoryPart::bytes)).orElse(null);
        String finding = "the busiest rank needs " + Format.gigabytes(total) + " of " + Format.gigabytes(capacity)
                + " (" + Si.percent(capacity > 0 ? total / capacity : 1) + ")"
                + (fits ? "" : ": it does not fit")
                + (largest == null || fits ? "" : ", " + alone(largest) + " " + Format.gigabytes(largest.bytes()))
                + (loss > 0 ? "; memory costs " + Format.seconds(loss) + " (" + Si.percent(loss / stepSeconds)
                + " of the step) in recompute and streaming" : "");
        return new WallAssessment(Wall.MEMORY, status, loss, 0, finding, metrics);
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
