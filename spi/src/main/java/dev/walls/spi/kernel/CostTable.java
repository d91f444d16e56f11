package dev.walls.spi.kernel;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.NonFiniteException;
import dev.walls.spi.figure.RangePoint;
import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.FabricSpec;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.MemoryTier;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.SoftwareStack;
import dev.walls.spi.system.StackFeature;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.system.Topology;
import dev.walls.spi.workload.FfnKind;
import dev.walls.spi.workload.ModelShape;
import dev.walls.spi.workload.Workload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything the walls know about one system training one workload, staged once into flat arrays so that a
 * kernel can evaluate layouts with plain arithmetic.
 *
 * <p>Four parts: scalars by {@link CostKey}; dense peak FLOP/s by {@link Precision} ordinal (0 where the
 * accelerator does not compute natively); the memory tiers one rank sees, fastest first (per-rank share of a
 * level's shared memory); and the network levels, innermost first, each with the accelerators of one unit, the
 * per-accelerator bandwidth per direction of the fabric joining the unit's members, its latency and the
 * efficiency collectives reach on it. The table is immutable; accessors are trivial so a JIT inlines them.
 */
public final class CostTable {

    private final double[] scalars;
    private final double[] peakFlops;
    private final double[] tierCapacityBytes;
    private final double[] tierBandwidthBytesPerSecond;
    private final int[] tierKind;
    private final String[] tierName;
    private final int[] levelAccelerators;
    private final double[] levelBandwidthBytesPerSecond;
    private final double[] levelLatencySeconds;
    private final double[] levelEfficiency;
    private final String[] levelName;
    private final int scaleUpLevel;
    private final long features;

    private CostTable(Builder b) {
        this.scalars = b.scalars.clone();
        this.peakFlops = b.peakFlops.clone();
        int tiers = b.tiers.size();
        this.tierCapacityBytes = new double[tiers];
        this.tierBandwidthBytesPerSecond = new double[tiers];
        this.tierKind = new int[tiers];
        this.tierName = new String[tiers];
        for (int i = 0; i < tiers; i++) {
            Tier t = b.tiers.get(i);
            tierCapacityBytes[i] = t.capacityBytes;
            tierBandwidthBytesPerSecond[i] = t.bandwidthBytesPerSecond;
            tierKind[i] = t.kindOrdinal;
            tierName[i] = t.name;
        }
        int levels = b.levels.size();
        this.levelAccelerators = new int[levels];
        this.levelBandwidthBytesPerSecond = new double[levels];
        this.levelLatencySeconds = new double[levels];
        this.levelEfficiency = new double[levels];
        this.levelName = new String[levels];
        for (int i = 0; i < levels; i++) {
            NetLevel l = b.levels.get(i);
            levelAccelerators[i] = l.accelerators;
            levelBandwidthBytesPerSecond[i] = l.bandwidthBytesPerSecond;
            levelLatencySeconds[i] = l.latencySeconds;
            levelEfficiency[i] = l.efficiency;
            levelName[i] = l.name;
        }
        this.scaleUpLevel = b.scaleUpLevel;
        this.features = b.features;
    }

    /** Returns a scalar. */
    public double get(CostKey key) {
        return scalars[key.ordinal()];
    }

    /** Returns the dense peak in FLOP/s at a precision, 0 when the accelerator has none. */
    public double peakFlopsPerSecond(Precision precision) {
        return peakFlops[precision.ordinal()];
    }

    /** Returns the dense peak in FLOP/s by {@link Precision} ordinal, 0 when the accelerator has none. */
    public double peakFlopsPerSecond(int precisionOrdinal) {
        return peakFlops[precisionOrdinal];
    }

    /** Returns the memory tiers one rank sees. */
    public int tierCount() {
        return tierCapacityBytes.length;
    }

    /** Returns one rank's share of a tier's capacity, in bytes. */
    public double tierCapacityBytes(int tier) {
        return tierCapacityBytes[tier];
    }

    /** Returns one rank's share of a tier's bandwidth, in bytes per second. */
    public double tierBandwidthBytesPerSecond(int tier) {
        return tierBandwidthBytesPerSecond[tier];
    }

    /** Returns the {@link dev.walls.spi.system.MemoryKind} ordinal of a tier. */
    public int tierKind(int tier) {
        return tierKind[tier];
    }

    /** Returns a tier's name, for reports. */
    public String tierName(int tier) {
        return tierName[tier];
    }

    /** Returns the network levels, innermost first. */
    public int levelCount() {
        return levelAccelerators.length;
    }

    /** Returns the accelerators of one unit of a level (the outermost level: the whole system). */
    public int levelAccelerators(int level) {
        return levelAccelerators[level];
    }

    /** Returns what one accelerator injects into a level's fabric, per direction, in bytes per second. */
    public double levelBandwidthBytesPerSecond(int level) {
        return levelBandwidthBytesPerSecond[level];
    }

    /** Returns one hop's latency on a level's fabric, in seconds. */
    public double levelLatencySeconds(int level) {
        return levelLatencySeconds[level];
    }

    /** Returns the fraction of a level's bandwidth large collectives reach. */
    public double levelEfficiency(int level) {
        return levelEfficiency[level];
    }

    /** Returns a level's name, for reports. */
    public String levelName(int level) {
        return levelName[level];
    }

    /**
     * The outermost network level of the scale-up domain ({@link SystemSpec#scaleUpLevel}), or -1 when there is none;
     * a table's levels are its system's, one for one.
     */
    public int scaleUpLevel() {
        return scaleUpLevel;
    }

    /** Returns true when the software stack supports a feature. */
    public boolean has(StackFeature feature) {
        return (features & (1L << feature.ordinal())) != 0;
    }

    /** Returns the stack's features as a bit set by {@link StackFeature} ordinal. */
    public long features() {
        return features;
    }

    /** Returns a builder seeded from a system and a workload at the nominal point of every figure. */
    public static Builder builder(SystemSpec system, Workload workload) {
        return builder(system, workload, RangePoint.NOMINAL);
    }

    /**
     * Returns a builder seeded from a system and a workload: the shape, the accelerator count, the peaks, the
     * per-rank memory tiers, the network levels and the stack's efficiencies and features, every figure read
     * at {@code point} of its range. Wall models then refine it.
     */
    public static Builder builder(SystemSpec system, Workload workload, RangePoint point) {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(point, "point");
        Builder b = new Builder(point);
        ModelShape m = workload.model();
        b.set(CostKey.LAYERS, m.layers());
        b.set(CostKey.HIDDEN, m.hidden());
        b.set(CostKey.HEADS, m.heads());
        b.set(CostKey.KV_HEADS, m.kvHeads());
        b.set(CostKey.FFN_HIDDEN, m.ffnHidden());
        b.set(CostKey.FFN_MATRICES, m.ffnKind().matrices());
        b.set(CostKey.FFN_GATED, m.ffnKind() == FfnKind.SWIGLU ? 1 : 0);
        b.set(CostKey.VOCAB, m.vocab());
        b.set(CostKey.EMBEDDING_MATRICES, m.embeddingMatrices());
        b.set(CostKey.DROPOUT, m.dropout() ? 1 : 0);
        b.set(CostKey.SEQUENCE_TOKENS, workload.sequenceLength());
        b.set(CostKey.GLOBAL_BATCH_SEQUENCES, workload.globalBatchSequences());
        b.set(CostKey.ACCELERATORS, system.accelerators());

        AcceleratorSpec acc = system.accelerator();
        acc.peaksInOrder().forEach((p, f) -> b.peak(p, f.at(point)));

        SoftwareStack stack = system.software();
        b.set(CostKey.MATMUL_EFFICIENCY, stack.matmulEfficiency().at(point));
        b.set(CostKey.MEMORY_BOUND_EFFICIENCY, stack.memoryBoundEfficiency().at(point));
        b.set(CostKey.COLLECTIVE_EFFICIENCY, stack.collectiveEfficiency().at(point));
        for (StackFeature f : StackFeature.values()) {
            if (stack.supports(f)) {
                b.features |= 1L << f.ordinal();
            }
        }

        // Memory tiers one rank sees: its own, then each level's shared memory divided among the unit's ranks. A
        // unit a job uses only part of still has all its accelerators, each with its share: one die of a Dojo tray
        // gets 1/150 of the tray's DIP HBM, not all of it.
        List<Tier> tiers = new ArrayList<>();
        int order = 0;
        for (MemoryTier t : acc.memory()) {
            tiers.add(new Tier(t.name(), t.kind().ordinal(), t.capacityBytes().at(point),
                    t.bandwidthBytesPerSecond().at(point), order++));
        }
        for (Level level : system.levels()) {
            int per = Math.max(1, level.isOpenEnded() ? system.accelerators() : level.acceleratorsPerUnit());
            for (MemoryTier t : level.memory()) {
                tiers.add(new Tier(t.name() + " (" + level.name() + ", shared by " + per + ")", t.kind().ordinal(),
                        t.capacityBytes().at(point) / per, t.bandwidthBytesPerSecond().at(point) / per, order++));
            }
        }
        tiers.sort(Comparator.comparingInt((Tier t) -> t.kindOrdinal).thenComparingInt(t -> t.order));
        b.tiers.addAll(tiers);

        // Network levels: each carried by the fabric SystemSpec.fabricLevel names (its own, else the next outer one)
        List<Level> levels = system.levels();
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            int carrier = system.fabricLevel(i);
            if (carrier < 0) {
                continue;
            }
            FabricSpec f = levels.get(carrier).fabric().orElseThrow();
            b.levels.add(new NetLevel(level.name() + ": " + f.name(), f.topology(), system.acceleratorsPerUnit(level),
                    f.bandwidthBytesPerSecondPerAccelerator().at(point), f.latencySeconds().at(point),
                    stack.collectiveEfficiency().at(point)));
        }
        b.scaleUpLevel = system.scaleUpLevel();
        // Units never shrink outwards, and the outermost spans the whole system.
        for (int i = 1; i < b.levels.size(); i++) {
            NetLevel prev = b.levels.get(i - 1);
            NetLevel l = b.levels.get(i);
            if (l.accelerators < prev.accelerators) {
                l.accelerators = prev.accelerators;
            }
        }
        if (!b.levels.isEmpty()) {
            b.levels.get(b.levels.size() - 1).accelerators = system.accelerators();
        } else if (system.accelerators() > 1) {
            throw new IllegalArgumentException("system '" + system.id() + "' has " + system.accelerators()
                    + " accelerators but no level with a fabric joins them; give a level a FabricSpec");
        }
        return b;
    }

    /** A mutable table under construction; wall models write what they know into it. */
    public static final class Builder {
        private final RangePoint point;
        private final double[] scalars = new double[CostKey.values().length];
        private final double[] peakFlops = new double[Precision.values().length];
        private final List<Tier> tiers = new ArrayList<>();
        private final List<NetLevel> levels = new ArrayList<>();
        private int scaleUpLevel = -1;
        private long features;

        private Builder(RangePoint point) {
            this.point = point;
            for (CostKey k : CostKey.values()) {
                scalars[k.ordinal()] = k.neutral();
            }
        }

        /** Returns the point of every figure's range this table is staged at. */
        public RangePoint point() {
            return point;
        }

        /** Returns a figure at this table's range point. */
        public double at(Figure figure) {
            return figure.at(point);
        }

        /** Writes a scalar; it must be finite. */
        public Builder set(CostKey key, double value) {
            if (!Double.isFinite(value)) {
                throw new NonFiniteException("cost table entry " + key + " must be finite, got " + value);
            }
            scalars[key.ordinal()] = value;
            return this;
        }

        /** Reads a scalar written so far (or its neutral default). */
        public double get(CostKey key) {
            return scalars[key.ordinal()];
        }

        /** Writes the dense peak at a precision, in FLOP/s. */
        public Builder peak(Precision precision, double flopsPerSecond) {
            NonFiniteException.requireFiniteNonNegative(flopsPerSecond, "peak " + precision);
            peakFlops[precision.ordinal()] = flopsPerSecond;
            return this;
        }

        /** Returns the number of network levels staged. */
        public int levelCount() {
            return levels.size();
        }

        /** Returns the accelerators of one unit of a network level. */
        public int levelAccelerators(int level) {
            return levels.get(level).accelerators;
        }

        /** Returns the topology of a network level's fabric. */
        public Topology levelTopology(int level) {
            return levels.get(level).topology;
        }

        /** Sets the efficiency collectives reach on a network level. */
        public Builder levelEfficiency(int level, double efficiency) {
            if (!(efficiency > 0 && efficiency <= 1)) {
                throw new IllegalArgumentException("level efficiency must be in (0, 1], got " + efficiency);
            }
            levels.get(level).efficiency = efficiency;
            return this;
        }

        /** Returns true when the software stack supports a feature. */
        public boolean has(StackFeature feature) {
            return (features & (1L << feature.ordinal())) != 0;
        }

        /** Returns the staged per-rank tier capacities, fastest first (a copy). */
        public double[] tierCapacitiesBytes() {
            return tiers.stream().mapToDouble(t -> t.capacityBytes).toArray();
        }

        /** Builds the immutable table. */
        public CostTable build() {
            return new CostTable(this);
        }
    }

    private static final class Tier {
        final String name;
        final int kindOrdinal;
        final double capacityBytes;
        final double bandwidthBytesPerSecond;
        final int order;

        Tier(String name, int kindOrdinal, double capacityBytes, double bandwidthBytesPerSecond, int order) {
            this.name = name;
            this.kindOrdinal = kindOrdinal;
            this.capacityBytes = capacityBytes;
            this.bandwidthBytesPerSecond = bandwidthBytesPerSecond;
            this.order = order;
        }
    }

    private static final class NetLevel {
        final String name;
        final Topology topology;
        int accelerators;
        final double bandwidthBytesPerSecond;
        final double latencySeconds;
        double efficiency;

        NetLevel(String name, Topology topology, int accelerators, double bandwidthBytesPerSecond, double latencySeconds,
                 double efficiency) {
            this.name = name;
            this.topology = topology;
            this.accelerators = accelerators;
            this.bandwidthBytesPerSecond = bandwidthBytesPerSecond;
            this.latencySeconds = latencySeconds;
            this.efficiency = efficiency;
        }
    }

    @Override
    public String toString() {
        return "CostTable" + Arrays.toString(scalars);
    }
}
