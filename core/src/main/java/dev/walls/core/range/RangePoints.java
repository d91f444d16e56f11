package dev.walls.core.range;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Figures;
import dev.walls.spi.figure.RangePoint;
import dev.walls.spi.model.WallModel;
import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.FabricSpec;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.MemoryTier;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.SiliconSpec;
import dev.walls.spi.system.SoftwareStack;
import dev.walls.spi.system.SystemSpec;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A system, or a wall model's assumptions, with every uncertain figure moved to one end of its range, so that an
 * evaluation can show how far its conclusion moves: at {@link RangePoint#LOW} every figure takes its low value, at
 * {@link RangePoint#HIGH} its high value. Figures point different ways (a low peak is slow, a low price cheap), so
 * the two ends bracket the result roughly, not as a worst and a best case.
 */
public final class RangePoints {

    private RangePoints() {
    }

    /** Returns the system with every figure at the given point of its range (unchanged at NOMINAL). */
    public static SystemSpec at(SystemSpec s, RangePoint point) {
        if (point == RangePoint.NOMINAL) {
            return s;
        }
        AcceleratorSpec a = s.accelerator();
        Map<Precision, Figure> peaks = new EnumMap<>(Precision.class);
        a.peakFlopsPerSecond().forEach((p, f) -> peaks.put(p, pin(f, point)));
        AcceleratorSpec accelerator = new AcceleratorSpec(a.name(), peaks, tiers(a.memory(), point), pin(a.powerWatts(), point),
                pin(a.costUsd(), point), a.silicon().map(x -> new SiliconSpec(x.processNode(), pin(x.dieAreaMm2(), point),
                x.computeDiesPerPackage(), x.packaging())));
        List<Level> levels = new ArrayList<>();
        for (Level l : s.levels()) {
            levels.add(new Level(l.name(), l.acceleratorsPerUnit(), l.fabric().map(f -> new FabricSpec(f.name(), f.topology(),
                    pin(f.bandwidthBytesPerSecondPerAccelerator(), point), pin(f.latencySeconds(), point))),
                    tiers(l.memory(), point), pin(l.powerWattsPerUnit(), point), pin(l.costUsdPerUnit(), point)));
        }
        SoftwareStack sw = s.software();
        SoftwareStack software = new SoftwareStack(sw.name(), pin(sw.matmulEfficiency(), point),
                pin(sw.memoryBoundEfficiency(), point), pin(sw.collectiveEfficiency(), point), sw.features());
        return new SystemSpec(s.id(), s.name(), s.description(), accelerator, levels, s.accelerators(), s.scaling(), software,
                s.provenance());
    }

    /**
     * Returns the wall model with every figure of its assumptions (wafer prices, PUE, efficiencies…) at one end of
     * its range; the model itself when it has none, or when its assumptions refuse the end values.
     */
    public static WallModel at(WallModel model, RangePoint point) {
        if (point == RangePoint.NOMINAL || model.assumptionSet().isEmpty()) {
            return model;
        }
        Record set = model.assumptionSet().get();
        try {
            for (Figures.Located f : Figures.in(set)) {
                if (f.figure().isUncertain()) {
                    set = Figures.replace(set, f.path(), Figure.of(f.figure().at(point), f.figure().provenance()));
                }
            }
            return model.withAssumptionSet(set);
        } catch (IllegalArgumentException e) {
            return model;
        }
    }

    /** Returns true when any figure of the system carries a range. */
    public static boolean isUncertain(SystemSpec s) {
        return !at(s, RangePoint.LOW).equals(at(s, RangePoint.HIGH));
    }

    private static List<MemoryTier> tiers(List<MemoryTier> tiers, RangePoint point) {
        List<MemoryTier> out = new ArrayList<>();
        for (MemoryTier t : tiers) {
            out.add(new MemoryTier(t.name(), t.kind(), pin(t.capacityBytes(), point), pin(t.bandwidthBytesPerSecond(), point)));
        }
        return out;
    }

    private static Figure pin(Figure f, RangePoint point) {
        return Figure.of(f.at(point), f.provenance());
    }
}
