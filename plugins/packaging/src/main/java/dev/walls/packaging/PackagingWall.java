package dev.walls.packaging;

import dev.walls.spi.model.WallContext;
import dev.walls.spi.model.WallModel;
import dev.walls.spi.silicon.DefectYield;
import dev.walls.spi.silicon.PackageContents;
import dev.walls.spi.silicon.PackageTechnology;
import dev.walls.spi.silicon.Wafer;
import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.FabricSpec;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.LevelKind;
import dev.walls.spi.system.MemoryKind;
import dev.walls.spi.system.MemoryTier;
import dev.walls.spi.system.SiliconSpec;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.system.Topology;
import dev.walls.spi.wall.Si;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import dev.walls.spi.wall.WallStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The packaging wall: can the system be built, cooled and kept running at this size.
 *
 * <p>It judges the die (reticle, dies per wafer, negative-binomial yield at the node's defect density), the
 * package (interposer or wafer-scale carrier size, known-good-die assembly yield), the heat (W/mm² of silicon
 * against the cold plate, kW per rack against the rack envelope or a level's own power limit) and reliability:
 * failures per hour of every component at this cluster size, what one failure takes down, and the goodput left after
 * checkpoints and restarts (Daly's model). The time goodput loses per step is its {@code lossSeconds}; yield costs
 * money, which the economics wall prices, so {@code lossUsd} is 0.
 *
 * <p>Status: BLOCKED when a die exceeds the reticle, a package its interposer or carrier, silicon the cooling
 * limit, a rack its power envelope (or a level its stated power limit), or goodput falls below the runnable floor;
 * STRAINED when a {@link PackagingThresholds} threshold is crossed; OK otherwise.
 */
public final class PackagingWall implements WallModel {

    /** Numbers in findings: US separators, which the JDK formats without new DecimalFormatSymbols per call. */
    private static final Locale NUMBERS = Locale.US;

    /** The id of this model. */
    public static final String ID = "standard-packaging";

    private static final double SECONDS_PER_HOUR = 3600;

    private final PackagingAssumptions assumptions;
    private final PackagingThresholds thresholds;

    /** A wall with the sourced defaults. */
    public PackagingWall() {
        this(PackagingAssumptions.defaults(), PackagingThresholds.defaults());
    }

    /** A wall with overridden assumptions and the default thresholds. */
    public PackagingWall(PackagingAssumptions assumptions) {
        this(assumptions, PackagingThresholds.defaults());
    }

    public PackagingWall(PackagingAssumptions assumptions, PackagingThresholds thresholds) {
        this.assumptions = Objects.requireNonNull(assumptions, "assumptions");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    @Override
    public Optional<Record> assumptionSet() {
        return Optional.of(assumptions);
    }

    @Override
    public WallModel withAssumptionSet(Record replacement) {
        return new PackagingWall(WallModel.assumptionsOf(this, replacement, PackagingAssumptions.class), thresholds);
    }

    public PackagingAssumptions assumptions() {
        return assumptions;
    }

    public PackagingThresholds thresholds() {
        return thresholds;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Wall wall() {
        return Wall.PACKAGING;
    }

    @Override
    public WallAssessment assess(WallContext context) {
        Verdict v = new Verdict();
        SystemSpec system = context.system();
        Optional<SiliconSpec> silicon = system.accelerator().silicon();
        PackageLayout layout = null;
        if (silicon.isPresent()) {
            assessDie(silicon.get(), v);
            layout = PackageLayout.of(system, assumptions.silicon(), assumptions.assembly());
            assessPackage(layout, system.accelerator(), silicon.get().packaging(), v);
            assessHeat(system, layout, v);
        } else {
            v.summary.add("no silicon spec: die, yield and package not assessed");
        }
        assessPower(system, v);
        double lossSeconds = assessReliability(context, layout, v);
        WallStatus status = !v.blocked.isEmpty() ? WallStatus.BLOCKED
                : !v.strained.isEmpty() ? WallStatus.STRAINED : WallStatus.OK;
        return new WallAssessment(Wall.PACKAGING, status, lossSeconds, 0, v.finding(status), v.metrics);
    }

    private void assessDie(SiliconSpec silicon, Verdict v) {
        SiliconAssumptions s = assumptions.silicon();
        double area = silicon.dieAreaMm2().nominal();
        double reticle = s.reticleLimitMm2().nominal();
        double wafer = s.waferDiameterMm().nominal();
        var d0 = s.defectDensity().forNode(silicon.processNode());
        double alpha = s.clusteringAlpha().nominal();
        double dpw = Wafer.diesPerWafer(wafer, area);
        double yield = DefectYield.negativeBinomial(area, d0.nominal(), alpha);
        v.metrics.put("dieAreaMm2", area);
        v.metrics.put("reticleLimitMm2", reticle);
        v.metrics.put("defectDensityPerCm2", d0.nominal());
        v.metrics.put("clusteringAlpha", alpha);
        v.metrics.put("grossDiesPerWafer", Wafer.grossDiesPerWafer(wafer, area));
        v.metrics.put("diesPerWafer", dpw);
        v.metrics.put("dieYield", yield);
        v.metrics.put("dieYieldPoisson", DefectYield.poisson(area, d0.nominal()));
        // how far the verdict moves across the ranges of die area and defect density
        v.metrics.put("dieYieldLow", DefectYield.negativeBinomial(silicon.dieAreaMm2().high(), d0.high(), alpha));
        v.metrics.put("dieYieldHigh", DefectYield.negativeBinomial(silicon.dieAreaMm2().low(), d0.low(), alpha));
        v.metrics.put("goodDiesPerWafer", dpw * yield);
        if (area > reticle) {
            v.blocked.add(fmt("a %.0f mm² die exceeds the %.0f mm² reticle", area, reticle));
        } else if (silicon.dieAreaMm2().high() > reticle) {
            v.summary.add(fmt("the die's high estimate (%.0f mm²) would exceed the reticle", silicon.dieAreaMm2().high()));
        }
        if (yield < thresholds.minDieYield()) {
            v.strained.add(fmt("die yield %s is below %s", Si.percent(yield), Si.percent(thresholds.minDieYield())));
        }
        v.summary.add(fmt("%.0f mm² die on %s: %.0f per wafer, %s defect-free (D0 %.2f/cm², α %.1f)",
                area, silicon.processNode(), dpw, Si.percent(yield), d0.nominal(), alpha));
        if (!s.defectDensity().knows(silicon.processNode())) {
            v.metrics.put("processNodeUnknown", 1.0);
            v.summary.add(fmt("'%s' is no node in the defect-density table (%s), so D0 is the fallback %.2f/cm² "
                    + "(%.2f–%.2f; --assume packaging.silicon.defectDensity.fallback=…), and the economics wall prices "
                    + "its wafers at its own fallback", silicon.processNode(), String.join(", ",
                    s.defectDensity().byNode().keySet()), d0.nominal(), d0.low(), d0.high()));
        }
    }

    private int maxStacks() {
        return (int) Math.round(assumptions.assembly().maxHbmStacksPerPackage().nominal());
    }

    private void assessPackage(PackageLayout layout, AcceleratorSpec accelerator, String packaging, Verdict v) {
        AssemblyAssumptions a = assumptions.assembly();
        double carrier = switch (layout.technology()) {
            case COWOS_S, COWOS_L -> a.interposerYield().nominal();
            case INFO_SOW -> a.waferScaleCarrierYield().nominal();
            case FLIP_CHIP -> 1.0;
        };
        double packageYield = carrier * Math.pow(a.attachYieldPerComponent().nominal(), layout.componentsPerPackage());
        v.metrics.put("acceleratorsPerPackage", (double) layout.acceleratorsPerPackage());
        v.metrics.put("computeDiesPerPackage", (double) layout.computeDiesPerPackage());
        v.metrics.put("ioDiesPerPackage", (double) layout.ioDiesPerPackage());
        v.metrics.put("hbmStacksPerPackage", (double) layout.hbmStacksPerPackage());
        v.metrics.put("packageAreaMm2", layout.packageAreaMm2());
        if (Double.isFinite(layout.packageLimitMm2())) {
            v.metrics.put("packageLimitMm2", layout.packageLimitMm2());
        }
        v.metrics.put("packageYield", packageYield);
        String name = layout.technology().label();
        if (layout.packageAreaMm2() > layout.packageLimitMm2()) {
            v.blocked.add(fmt("the %s package needs %.0f mm², above its %.0f mm² limit", name,
                    layout.packageAreaMm2(), layout.packageLimitMm2()));
        }
        if (packageYield == 0) {
            // the product of the parts' attach yields underflows: not one package in any volume assembles good
            v.blocked.add(fmt("known-good-die assembly of %d parts yields no good package", layout.componentsPerPackage()));
        } else if (packageYield < thresholds.minPackageYield()) {
            v.strained.add(fmt("known-good-die assembly of %d parts yields %s, below %s", layout.componentsPerPackage(),
                    Si.percent(packageYield), Si.percent(thresholds.minPackageYield())));
        }
        boolean given = PackageContents.hbmStacksGiven(accelerator);
        String parts = layout.technology().isWaferScale()
                ? fmt("%d dies + %d I/O dies", layout.computeDiesPerPackage(), layout.ioDiesPerPackage())
                : fmt("%d die%s + %d HBM%s", layout.computeDiesPerPackage(), layout.computeDiesPerPackage() == 1 ? "" : "s",
                        layout.hbmStacksPerPackage(), layout.hbmStacksPerPackage() == 0 ? ""
                                : given ? ", stacks as the spec gives" : " inferred from the capacity");
        v.summary.add(fmt("%s package (%s) assembles at %s", name, parts, Si.percent(packageYield)));
        if (layout.hbmStacksPerAccelerator() > 0) {
            v.metrics.put("hbmStacksGiven", given ? 1.0 : 0.0);
            for (MemoryTier tier : accelerator.memory()) {
                PackageContents.HbmStacks stacks = PackageContents.of(tier, maxStacks());
                if (stacks.aboveLargestKnownStack()) {
                    v.summary.add(fmt("%s: %.0f GB per stack is above the largest stack walls has a source for "
                            + "(%.0f GB, HBM4 16-high)", tier.name(), stacks.stackBytes() / 1e9,
                            PackageContents.largestStackBytes() / 1e9));
                }
            }
        }
        if (PackageTechnology.recognize(packaging).isEmpty()) {
            v.metrics.put("packagingUnknown", 1.0);
            v.summary.add(fmt("'%s' is no package technology walls models (%s): assessed as %s", packaging,
                    PackageTechnology.KNOWN, name));
        }
    }

    private void assessHeat(SystemSpec system, PackageLayout layout, Verdict v) {
        double watts = system.accelerator().powerWatts().nominal();
        double flux = watts / layout.acceleratorSiliconMm2();
        double limit = assumptions.cooling().maxHeatFluxWattsPerMm2().nominal();
        v.metrics.put("wattsPerMm2", flux);
        v.metrics.put("maxWattsPerMm2", limit);
        v.metrics.put("packageWatts", layout.packageWatts());
        if (flux > limit) {
            v.blocked.add(fmt("%.2f W/mm² of silicon exceeds the %.2f W/mm² cold-plate limit", flux, limit));
        } else if (flux > thresholds.coolingHeadroom() * limit) {
            v.strained.add(fmt("%.2f W/mm² is within %s of the %.2f W/mm² cold-plate limit", flux,
                    Si.percent(1 - thresholds.coolingHeadroom()), limit));
        }
        v.summary.add(fmt("%.2f W/mm² against %.2f", flux, limit));
    }

    /**
     * Holds each unit of a level with a power envelope to it: a level that states its own {@code powerLimitWatts}
     * to that, a rack ({@link LevelKind#RACK}) otherwise to the rack envelope. A level's name is a label and plays no
     * part (a plugin built before SPI 1.8 got its levels' kinds from their names, in {@link Level}'s constructor).
     */
    private void assessPower(SystemSpec system, Verdict v) {
        double rackLimit = assumptions.cooling().maxRackWatts().nominal();
        List<Level> levels = system.levels();
        boolean checked = false;
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            double watts = LevelPower.unitWatts(system, i);
            v.metrics.put("wattsPer" + camel(level.name()), watts);
            if (level.isOpenEnded() || !level.hasPowerEnvelope()) {
                continue;
            }
            checked = true;
            boolean own = level.powerLimitWatts().isPresent();
            double limit = own ? level.powerLimitWatts().get().nominal() : rackLimit;
            String envelope = own ? fmt("the %.0f kW it is rated for (powerLimit)", limit / 1000)
                    : fmt("the %.0f kW rack envelope", limit / 1000);
            if (own) {
                v.metrics.put("maxWattsPer" + camel(level.name()), limit);
            } else {
                v.metrics.put("maxRackWatts", limit);
            }
            if (watts > limit) {
                v.blocked.add(fmt("one %s draws %.0f kW, above %s", level.name(), watts / 1000, envelope));
            } else if (watts > thresholds.coolingHeadroom() * limit) {
                v.strained.add(fmt("one %s draws %.0f kW, within %s of %s", level.name(), watts / 1000,
                        Si.percent(1 - thresholds.coolingHeadroom()), envelope));
            }
        }
        if (!checked && levels.stream().anyMatch(l -> !l.isOpenEnded())) {
            v.summary.add("no level is a rack (kind: rack) or states a powerLimit, so no unit's power is held to an "
                    + "envelope");
        }
        v.metrics.put("systemWatts", LevelPower.systemWatts(system));
    }

    /** Returns the seconds per step goodput costs. */
    private double assessReliability(WallContext context, PackageLayout layout, Verdict v) {
        SystemSpec system = context.system();
        ReliabilityAssumptions r = assumptions.reliability();
        FailureRates rates = r.failureRates();
        int n = system.accelerators();
        int repairUnit = repairUnitAccelerators(system);
        double repairUnits = Math.ceil((double) n / repairUnit);
        int diesPerAccelerator = layout == null ? 1 : layout.diesPerAccelerator();
        int stacksPerAccelerator = layout == null
                ? PackageContents.hbmStacks(system.accelerator(), maxStacks())
                : layout.hbmStacksPerAccelerator();
        double stacks = (double) n * stacksPerAccelerator
                + levelHbmStacks(system, assumptions.assembly().levelHbmStackBytes().nominal());
        double hardwarePerHour = (double) n * diesPerAccelerator * rates.computeDieFailuresPerHour().nominal()
                + stacks * rates.hbmStackFailuresPerHour().nominal()
                + repairUnits * rates.repairUnitFailuresPerHour().nominal()
                + n * rates.networkFailuresPerAcceleratorHour().nominal();
        double perHour = hardwarePerHour + n * rates.softwareFailuresPerAcceleratorHour().nominal();

        double checkpointBytes = context.workload().model().matmulParameters() * r.checkpointBytesPerParameter().nominal();
        double checkpointSeconds = checkpointBytes / (n * r.storageWriteBytesPerSecondPerAccelerator().nominal());
        double stepSeconds = context.step().stepTimeSeconds() - context.step().lossSeconds(Wall.PACKAGING);
        double fixedInterval = r.checkpointIntervalSeconds().map(f -> f.nominal()).orElse(Double.NaN);
        Goodput g = Goodput.of(perHour / SECONDS_PER_HOUR, checkpointSeconds, r.restartSeconds().nominal(),
                fixedInterval, stepSeconds);

        int blast = blastRadiusAccelerators(system, context.strategy().tp() * context.strategy().cp(), repairUnit);
        double spares = Math.min(1, hardwarePerHour * r.repairSeconds().nominal() / SECONDS_PER_HOUR * blast / n);

        v.metrics.put("failuresPerHour", perHour);
        if (perHour > 0) {
            v.metrics.put("mtbfHours", 1 / perHour);
        }
        v.metrics.put("checkpointBytes", checkpointBytes);
        v.metrics.put("checkpointSeconds", checkpointSeconds);
        if (Double.isFinite(g.intervalSeconds())) {
            v.metrics.put("checkpointIntervalSeconds", g.intervalSeconds());
        }
        v.metrics.put("restartSeconds", r.restartSeconds().nominal());
        v.metrics.put("goodputFraction", g.fraction());
        v.metrics.put("repairUnitAccelerators", (double) repairUnit);
        v.metrics.put("blastRadiusAccelerators", (double) blast);
        v.metrics.put("sparesFraction", spares);

        if (g.fraction() < thresholds.minRunnableGoodputFraction()) {
            v.blocked.add(fmt("goodput %s: failures every %s undo the work faster than it is done",
                    Si.percent(g.fraction()), hours(1 / perHour)));
        } else if (g.fraction() < thresholds.minGoodputFraction()) {
            v.strained.add(fmt("goodput %s is below %s (a failure every %s)", Si.percent(g.fraction()),
                    Si.percent(thresholds.minGoodputFraction()), hours(1 / perHour)));
        }
        v.summary.add(fmt("a failure every %s at %,d accelerator%s leaves %s goodput; one takes %d accelerator%s out",
                perHour > 0 ? hours(1 / perHour) : "never", n, n == 1 ? "" : "s", Si.percent(g.fraction()), blast,
                blast == 1 ? "" : "s"));
        return stepSeconds * g.lostSecondsPerUsefulSecond();
    }

    /** The unit pulled for repair: one unit of the innermost level (node, tray, tile), else the accelerator. */
    static int repairUnitAccelerators(SystemSpec system) {
        if (system.levels().isEmpty() || system.levels().get(0).isOpenEnded()) {
            return 1;
        }
        return system.acceleratorsPerUnit(system.levels().get(0));
    }

    /**
     * What one failure takes out of the job until repaired: the repair unit, or, when the layout's tensor/context
     * group needs a fabric domain, the smallest level unit with a fabric that holds the group (an 8-GPU NVLink node,
     * a 25-die tile, a 72-GPU NVLink rack) — the group cannot be re-formed in what is left of that domain. A group
     * wider than every bounded level spans the open-ended scale-out: a switched one (a switch, fat tree or rails)
     * joins any units, so the group is re-formed on spare ones and takes out only its own, the group in whole repair
     * units (16 GPUs of an InfiniBand cluster of 8-GPU nodes: two nodes); a mesh, torus or ring cannot, and loses the
     * whole system.
     */
    static int blastRadiusAccelerators(SystemSpec system, int groupSize, int repairUnit) {
        int n = system.accelerators();
        if (groupSize <= 1) {
            return Math.min(repairUnit, n);
        }
        for (Level level : system.levels()) {
            Optional<FabricSpec> fabric = level.fabric();
            if (fabric.isPresent() && level.isOpenEnded() && joinsAnyUnits(fabric.get().topology())) {
                long units = ((long) groupSize + repairUnit - 1) / repairUnit;
                return (int) Math.min(n, Math.max(repairUnit, units * repairUnit));
            }
            if (fabric.isPresent() && (level.isOpenEnded() || level.acceleratorsPerUnit() >= groupSize)) {
                return Math.min(n, Math.max(repairUnit, system.acceleratorsPerUnit(level)));
            }
        }
        return n;
    }

    /** Whether a fabric joins any of its units to any other, so that a group can be re-formed on spare units. */
    private static boolean joinsAnyUnits(Topology topology) {
        return switch (topology) {
            case SWITCHED, FAT_TREE, RAIL_OPTIMIZED -> true;
            case MESH_2D, TORUS, RING -> false;
        };
    }

    /** HBM stacks on levels (the Dojo Interface Processors' HBM on a tray), over the whole system. */
    private static double levelHbmStacks(SystemSpec system, double stackBytes) {
        double stacks = 0;
        for (Level level : system.levels()) {
            for (MemoryTier tier : level.memory()) {
                if (tier.kind() == MemoryKind.HBM) {
                    // quoted capacities are whole stacks; the tolerance only absorbs rounding in the division
                    double perUnit = tier.statesStacks() ? tier.stacks()
                            : Math.max(1, Math.ceil(tier.capacityBytes().nominal() / stackBytes - 1e-9));
                    stacks += perUnit * system.units(level);
                }
            }
        }
        return stacks;
    }

    private static String camel(String name) {
        StringBuilder b = new StringBuilder();
        boolean upper = true;
        for (char c : name.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return b.toString();
    }

    private static String fmt(String format, Object... args) {
        return String.format(NUMBERS, format, args);
    }


    private static String hours(double h) {
        if (h >= 48) {
            return fmt("%.1f days", h / 24);
        }
        if (h >= 1) {
            return fmt("%.1f h", h);
        }
        return fmt("%.0f min", h * 60);
    }

    /** The findings gathered while assessing, in the order they were found. */
    private static final class Verdict {
        final Map<String, Double> metrics = new LinkedHashMap<>();
        final List<String> blocked = new ArrayList<>();
        final List<String> strained = new ArrayList<>();
        final List<String> summary = new ArrayList<>();

        String finding(WallStatus status) {
            List<String> reasons = status == WallStatus.BLOCKED ? blocked : strained;
            String body = String.join("; ", summary);
            return reasons.isEmpty() ? body : String.join("; ", reasons) + " — " + body;
        }
    }
}
