package dev.walls.core.describe;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Figures;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.silicon.Assembly;
import dev.walls.spi.silicon.Foundry;
import dev.walls.spi.silicon.NodeTable;
import dev.walls.spi.silicon.PackageContents;
import dev.walls.spi.silicon.PackageTechnology;
import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.FabricSpec;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.LevelKind;
import dev.walls.spi.system.MemoryTier;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.SiliconSpec;
import dev.walls.spi.system.StackFeature;
import dev.walls.spi.system.SystemSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Derives a system's totals from its spec. Every total is arithmetic on sourced inputs, and carries the confidence of
 * its least confident input ({@link Trust}): a total of a vendor's chip power and a derived tile overhead is derived.
 */
public final class Describer {

    private Describer() {
    }

    public static SystemDescription describe(SystemSpec system) {
        AcceleratorSpec acc = system.accelerator();
        int n = system.accelerators();
        List<SourcedValue> totals = new ArrayList<>();
        List<SourcedValue> figures = new ArrayList<>();
        for (Figures.Located f : Figures.in(system)) {
            figures.add(SourcedValue.of(f.path(), f.figure()));
        }

        Map<String, Double> peaks = new LinkedHashMap<>();
        for (Map.Entry<Precision, Figure> e : acc.peaksInOrder().entrySet()) {
            Figure total = e.getValue().times(n);
            peaks.put(e.getKey().id(), total.nominal());
            totals.add(SourcedValue.of("peakFlopsPerSecond." + e.getKey().id(), derived(total, n + " × per-accelerator peak")));
        }

        List<TierTotal> tiers = new ArrayList<>();
        for (MemoryTier t : acc.memory()) {
            tiers.add(tier(t, "accelerator", n, n, totals));
        }
        List<FabricLevel> fabrics = new ArrayList<>();
        List<HierarchyLevel> hierarchy = new ArrayList<>();
        hierarchy.add(new HierarchyLevel("accelerator", 1, n, acc.powerWatts().nominal(), acc.costUsd().nominal(), false,
                "accelerator", 0));
        Figure power = acc.powerWatts().times(n);
        Figure cost = acc.costUsd().times(n);
        // the least confident input of each sum, whose confidence and source the total reports
        Figure weakestPower = acc.powerWatts();
        Figure weakestCost = acc.costUsd();
        for (Level level : system.levels()) {
            int units = system.units(level);
            int per = system.acceleratorsPerUnit(level);
            hierarchy.add(new HierarchyLevel(level.name(), per, units, level.powerWattsPerUnit().nominal(),
                    level.costUsdPerUnit().nominal(), level.isOpenEnded(), level.kind().id(),
                    level.powerLimitWatts().map(Figure::nominal).orElse(0.0)));
            // A unit used only in part still holds its other accelerators: the system gets its accelerators' share.
            int unitAccelerators = level.isOpenEnded() ? n : level.acceleratorsPerUnit();
            double share = Math.min(units, (double) n / unitAccelerators);
            for (MemoryTier t : level.memory()) {
                tiers.add(tier(t, level.name(), units, share, totals));
            }
            if (level.fabric().isPresent()) {
                FabricSpec f = level.fabric().get();
                Figure bw = f.bandwidthBytesPerSecondPerAccelerator();
                fabrics.add(new FabricLevel(level.name(), f.name(), f.topology().id(), per, bw.nominal(), bw.nominal() * n,
                        f.latencySeconds().nominal(), SourcedValue.of(level.name() + ".fabric.bandwidthBytesPerSecondPerAccelerator", bw)));
            }
            power = add(power, system.levelPowerWatts(level));
            cost = add(cost, system.levelCostUsd(level));
            weakestPower = Trust.leastConfident(weakestPower, level.powerWattsPerUnit());
            weakestCost = Trust.leastConfident(weakestCost, level.costUsdPerUnit());
        }
        totals.add(SourcedValue.of("powerWatts", sum(power, weakestPower, "accelerators plus every level's overhead")));
        totals.add(SourcedValue.of("capexUsd", sum(cost, weakestCost, "accelerators plus every level's cost")));
        return new SystemDescription(system.id(), system.name(), system.description(), n, acc.name(), peaks, tiers, fabrics,
                power.nominal(), cost.nominal(), hierarchy, system.software().name(), totals, figures,
                system.provenance().source() + " (" + system.provenance().confidence().label() + ")",
                features(system, true), features(system, false), acc.family(), notes(system), scaleUpDomain(system));
    }

    /** The levels of the scale-up domain and one unit's accelerators, or null when there is none. */
    static String scaleUpDomain(SystemSpec system) {
        int last = system.scaleUpLevel();
        if (last < 0) {
            return null;
        }
        List<String> names = system.levels().subList(0, last + 1).stream().map(Level::name).toList();
        return String.join(", ", names) + " (" + system.acceleratorsPerUnit(system.levels().get(last)) + " accelerators)";
    }

    /** What {@link SystemDescription#notes} says of a system. */
    static List<String> notes(SystemSpec system) {
        List<String> notes = new ArrayList<>();
        AcceleratorSpec acc = system.accelerator();
        if (acc.silicon().isPresent()) {
            SiliconSpec silicon = acc.silicon().get();
            NodeTable d0 = Foundry.defectsPerCm2();
            if (!d0.knows(silicon.processNode())) {
                Figure fallback = d0.forNode(silicon.processNode());
                notes.add(String.format(Locale.ROOT, "process '%s' is no node walls has figures for (%s): the packaging "
                                + "and economics walls use their fallback defect density (%.2f/cm², %.2f–%.2f) and wafer "
                                + "price (see `walls assumptions`)", silicon.processNode(),
                        String.join(", ", d0.byNode().keySet()), fallback.nominal(), fallback.low(), fallback.high()));
            }
            if (PackageTechnology.recognize(silicon.packaging()).isEmpty()) {
                notes.add("packaging '" + silicon.packaging() + "' is no technology walls models ("
                        + PackageTechnology.KNOWN + "): the walls assess it as "
                        + PackageTechnology.of(silicon.packaging()).label());
            }
        }
        List<Level> levels = system.levels();
        for (int i = 1; i < levels.size(); i++) {
            int carrier = system.fabricLevel(i);
            if (levels.get(i).fabric().isEmpty() && carrier > i) {
                // a level above another, without links of its own: the user may have meant the inner fabric
                notes.add("level '" + levels.get(i).name() + "' has no fabric of its own: its units are joined through"
                        + " the fabric of level '" + levels.get(carrier).name() + "' ("
                        + levels.get(carrier).fabric().orElseThrow().name() + "), not through that of '"
                        + levels.get(i - 1).name() + "'");
            }
        }
        for (Level level : system.levels()) {
            String name = level.name().toLowerCase(Locale.ROOT);
            if (level.kind() == LevelKind.OTHER && !level.isOpenEnded()
                    && (name.contains("rack") || name.contains("tile"))) {
                String like = name.contains("rack") ? "rack" : "tile";
                notes.add("level '" + level.name() + "' is named like a " + like + " but not said to be one: a name is a "
                        + "label, so " + (like.equals("rack") ? "no power envelope holds it (add kind: rack, or a "
                        + "powerLimit)" : "its accelerators are not one wafer-scale package (add kind: tile)"));
            }
        }
        return notes;
    }

    /** The stack's features it supports ({@code true}) or lacks, in the enum's order. */
    private static List<String> features(SystemSpec system, boolean supported) {
        List<String> ids = new ArrayList<>();
        for (StackFeature f : StackFeature.values()) {
            if (system.software().supports(f) == supported) {
                ids.add(f.id());
            }
        }
        return ids;
    }

    private static TierTotal tier(MemoryTier t, String level, int units, double share, List<SourcedValue> totals) {
        PackageContents.HbmStacks stacks = level.equals("accelerator")
                ? PackageContents.of(t, (int) Math.round(Assembly.maxHbmStacksPerPackage().nominal()))
                // a level's HBM (Dojo's interface processors) is not in one package: only a stated count is known
                : t.statesStacks() ? PackageContents.of(t, 0) : PackageContents.HbmStacks.NONE;
        String times = share == units ? Integer.toString(units) : String.format(java.util.Locale.ROOT, "%.4g", share);
        Figure cap = derived(t.capacityBytes().times(share), times + " × " + t.name() + " per " + level);
        Figure bw = derived(t.bandwidthBytesPerSecond().times(share), times + " × " + t.name() + " bandwidth per " + level);
        SourcedValue capacity = SourcedValue.of("memoryTiers." + t.name() + ".capacityBytes", cap);
        SourcedValue bandwidth = SourcedValue.of("memoryTiers." + t.name() + ".bandwidthBytesPerSecond", bw);
        totals.add(capacity);
        totals.add(bandwidth);
        return new TierTotal(t.name(), t.kind().id(), level, units, share, cap.nominal(), bw.nominal(), capacity,
                bandwidth, stacks.count(), stacks.given());
    }

    /** A total is derived, and never more trustworthy than its inputs: keep the inputs' confidence in the note. */
    private static Figure derived(Figure f, String how) {
        Provenance p = f.provenance();
        return new Figure(f.nominal(), f.low(), f.high(), new Provenance(how, p.confidence(), "inputs: " + p.source()));
    }

    /** A sum of several inputs, with the confidence and source of the least confident of them. */
    private static Figure sum(Figure total, Figure leastConfident, String how) {
        Provenance p = leastConfident.provenance();
        return new Figure(total.nominal(), total.low(), total.high(), new Provenance(how, p.confidence(),
                "least confident input (" + p.confidence().label() + "): " + p.source()));
    }

    private static Figure add(Figure a, Figure b) {
        return Figure.range(a.low() + b.low(), a.nominal() + b.nominal(), a.high() + b.high(), a.provenance());
    }
}
