package dev.walls.economics;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.kernel.CostKey;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.model.WallContext;
import dev.walls.spi.model.WallModel;
import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.wall.Money;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import dev.walls.spi.wall.WallStatus;
import dev.walls.spi.workload.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The economics wall: what the system costs to own, what the training run costs on it, and how that compares with
 * buying merchant GPUs.
 *
 * <p>Capital: accelerators (market price from the spec, else the bottom-up {@link ManufacturingCost}; a custom
 * program's NRE over its volume on top), every level's units at their cost (or Epoch's server and network overheads
 * when the spec's levels carry none), and the facility by the watt. Running: depreciation over the lifetimes plus
 * energy at the PUE and price, as TCO per hour. The run: {@code workload.steps()} × the step time of the breakdown
 * (ideal compute plus the losses charged so far) at that TCO.
 *
 * <p>{@code lossUsd} is what the other walls' lost time costs over the run (run cost − run cost at ideal compute time)
 * plus the premium of this hardware over the default path for the same ideal compute; {@code lossSeconds} is 0:
 * economics costs money, not time. The status compares the run cost with the default path's
 * ({@link EconomicsThresholds}): the run's model FLOPs on merchant GPUs at the median published MFU of their 16-bit
 * (bf16) peak, whatever this run's precision, since published MFUs are against that peak. A custom program breaks even at the volume built at which this run costs what it
 * costs on the default path, or never, when it costs more even without NRE.
 */
public final class EconomicsWall implements WallModel {

    /** Numbers in findings: US separators, which the JDK formats without new DecimalFormatSymbols per call. */
    private static final Locale NUMBERS = Locale.US;

    /** The id of this model. */
    public static final String ID = "standard-economics";

    private static final double SECONDS_PER_HOUR = 3600;
    private static final double FLOPS_PER_EXAFLOP = 1e18;

    private final EconomicsAssumptions assumptions;
    private final EconomicsThresholds thresholds;

    /** A wall with the sourced defaults. */
    public EconomicsWall() {
        this(EconomicsAssumptions.defaults(), EconomicsThresholds.defaults());
    }

    /** A wall with overridden assumptions and the default thresholds. */
    public EconomicsWall(EconomicsAssumptions assumptions) {
        this(assumptions, EconomicsThresholds.defaults());
    }

    public EconomicsWall(EconomicsAssumptions assumptions, EconomicsThresholds thresholds) {
        this.assumptions = Objects.requireNonNull(assumptions, "assumptions");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    @Override
    public Optional<Record> assumptionSet() {
        return Optional.of(assumptions);
    }

    @Override
    public WallModel withAssumptionSet(Record replacement) {
        return new EconomicsWall(WallModel.assumptionsOf(this, replacement, EconomicsAssumptions.class), thresholds);
    }

    public EconomicsAssumptions assumptions() {
        return assumptions;
    }

    public EconomicsThresholds thresholds() {
        return thresholds;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Wall wall() {
        return Wall.ECONOMICS;
    }

    /**
     * Stages the system's cost per second, so that a search can rank layouts by the money a step costs, and its
     * capital, so that a comparison can size systems to a budget of the capital it reports.
     */
    @Override
    public void stage(SystemSpec system, Workload workload, CostTable.Builder table) {
        SystemCapital capital = SystemCapital.of(system, assumptions, ManufacturingCost.of(system, assumptions));
        table.set(CostKey.SYSTEM_USD_PER_SECOND, capital.tcoUsdPerHour() / SECONDS_PER_HOUR);
        table.set(CostKey.SYSTEM_CAPITAL_USD, capital.capexUsd());
    }

    @Override
    public WallAssessment assess(WallContext context) {
        SystemSpec system = context.system();
        AcceleratorSpec accelerator = system.accelerator();
        OperatingAssumptions op = assumptions.operating();
        Map<String, Double> m = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        int n = system.accelerators();

        // --- what one accelerator costs
        Optional<ManufacturingCost> made = ManufacturingCost.of(system, assumptions);
        made.ifPresent(c -> {
            m.put("dieYield", c.dieYield());
            m.put("goodDiesPerWafer", c.goodDiesPerWafer());
            m.put("costPerGoodDieUsd", c.costPerGoodDieUsd());
            m.put("memoryUsdPerAccelerator", c.memoryUsdPerAccelerator());
            m.put("packageYield", c.packageYield());
            if (c.packageYield() > 0) {
                m.put("costPerPackageUsd", c.costPerPackageUsd());
                m.put("manufacturingCostUsdPerAccelerator", c.unitCostUsd());
            } else {
                notes.add("no package assembles good (known-good-die yield 0 %): it has no manufacturing cost");
            }
        });
        SystemCapital capital = SystemCapital.of(system, assumptions, made);
        notes.addAll(capital.notes());
        Optional<CustomProgram> program = capital.program();
        double nrePerAccelerator = capital.nreUsdPerAccelerator();
        m.put("unitCostUsdPerAccelerator", capital.unitCostUsd());
        program.ifPresent(p -> {
            m.put("nreUsd", p.nreUsd().nominal());
            m.put("nreVolumeAccelerators", p.volumeAccelerators().nominal());
            m.put("nreUsdPerAccelerator", nrePerAccelerator);
        });
        double hardwareCapex = capital.hardwareCapexUsd();
        double capex = capital.capexUsd();
        double itWatts = capital.itPowerWatts();
        double tcoUsdPerHour = capital.tcoUsdPerHour();
        m.put("acceleratorCapexUsd", capital.acceleratorCapexUsd());
        m.put("levelsCapexUsd", capital.levelsCapexUsd());
        m.put("hardwareCapexUsd", hardwareCapex);
        m.put("facilityCapexUsd", capital.facilityCapexUsd());
        m.put("capexUsd", capex);
        m.put("itPowerWatts", itWatts);
        m.put("depreciationUsdPerHour", capital.depreciationUsdPerHour());
        m.put("energyUsdPerHour", capital.energyUsdPerHour());
        m.put("tcoUsdPerHour", tcoUsdPerHour);

        // --- the run
        double steps = context.workload().steps();
        double stepSeconds = context.step().stepTimeSeconds();
        double idealSeconds = context.step().idealComputeSeconds();
        double runHours = steps * stepSeconds / SECONDS_PER_HOUR;
        double runCost = tcoUsdPerHour * runHours;
        double idealRunCost = tcoUsdPerHour * steps * idealSeconds / SECONDS_PER_HOUR;
        double energyKwh = itWatts * op.averagePowerFraction().nominal() * op.pue().nominal() * runHours / 1000;
        double peak = accelerator.peak(context.strategy().precision())
                .or(() -> accelerator.peaksInOrder().values().stream().max((a, b) -> Double.compare(a.nominal(), b.nominal())))
                .map(Figure::nominal).orElseThrow();
        double usefulFlops = steps * idealSeconds * n * peak;
        m.put("runHours", runHours);
        m.put("runCostUsd", runCost);
        m.put("idealRunCostUsd", idealRunCost);
        m.put("lostTimeCostUsd", Math.max(0, runCost - idealRunCost));
        m.put("energyKwhPerRun", energyKwh);
        m.put("usefulExaflopsPerRun", usefulFlops / FLOPS_PER_EXAFLOP);
        m.put("usdPerUsefulExaflop", runCost / (usefulFlops / FLOPS_PER_EXAFLOP));

        // --- against the default path: merchant GPUs at market price, at the median published utilization. Published
        // MFUs are against the 16-bit peak, so the default path runs at that fraction of its 16-bit peak whatever this
        // run's precision: an FP8 run is compared with what the merchant path achieves as reported, not with an H100 at
        // the median MFU of its FP8 peak (twice the 16-bit one), which no published run reaches.
        DefaultPath dp = assumptions.defaultPath();
        double dpPeak = dp.sixteenBitPeakFlopsPerSecond();
        double dpItWatts = dp.itWattsPerGpu();
        double dpTcoPerGpuHour = dp.capexUsdPerGpu() / op.lifetimeHours()
                + dpItWatts * op.facilityUsdPerWatt().nominal() / op.facilityLifetimeHours()
                + dpItWatts * op.averagePowerFraction().nominal() * op.pue().nominal() / 1000 * op.electricityUsdPerKwh().nominal();
        double dpIdealRunCost = usefulFlops / dpPeak / SECONDS_PER_HOUR * dpTcoPerGpuHour;
        double dpRunCost = dpIdealRunCost / dp.medianMfu().nominal();
        double ratio = runCost / dpRunCost;
        double premium = Math.max(0, idealRunCost - dpIdealRunCost);
        m.put("defaultPathTcoUsdPerGpuHour", dpTcoPerGpuHour);
        m.put("defaultPathIdealRunCostUsd", dpIdealRunCost);
        m.put("defaultPathRunCostUsd", dpRunCost);
        m.put("costRatioVsDefaultPath", ratio);
        m.put("premiumOverMarketUsd", premium);

        String breakEven = "";
        if (program.isPresent()) {
            // capital parity is peak for peak at the run's own precision: no utilization enters it
            breakEven = breakEven(program.get(), m, n, nrePerAccelerator, hardwareCapex, runHours, runCost, dpRunCost,
                    peak / dp.peakFlopsPerSecond(context.strategy().precision()) * dp.capexUsdPerGpu(),
                    op.lifetimeHours());
        }

        double lossUsd = Math.max(0, runCost - idealRunCost) + premium;
        WallStatus status = ratio > thresholds.blockedCostRatio() ? WallStatus.BLOCKED
                : ratio > thresholds.strainedCostRatio() ? WallStatus.STRAINED : WallStatus.OK;
        // A run can be cheap per hour and still never finish in time: the hardware is written off, and the model
        // obsolete, long before.
        double lifetimeFraction = runHours / op.lifetimeHours();
        m.put("runFractionOfLifetime", lifetimeFraction);
        WallStatus byLifetime = lifetimeFraction > thresholds.blockedLifetimeFraction() ? WallStatus.BLOCKED
                : lifetimeFraction > thresholds.strainedLifetimeFraction() ? WallStatus.STRAINED : WallStatus.OK;
        String finding = fmt("the run costs %s (%,.0f h at %s/h on %s of capital), %.2f× the default path (%s at %.1f %% MFU"
                        + " of its bf16 peak%s); lost time costs %s, the premium over market %s",
                Money.usd(runCost), runHours, Money.usd(tcoUsdPerHour), Money.usd(capex), ratio, dp.name(),
                dp.medianMfu().nominal() * 100, sixteenBit(context.strategy().precision()) ? ""
                        : ", the basis published MFUs use, against this " + context.strategy().precision().id() + " run",
                Money.usd(Math.max(0, runCost - idealRunCost)), Money.usd(premium))
                + breakEven
                + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")");
        if (status != WallStatus.OK) {
            // the ratio itself follows in the finding: say only which threshold it passes
            finding = fmt("above the %.2f× %s threshold of the default path's cost — ",
                    status == WallStatus.BLOCKED ? thresholds.blockedCostRatio() : thresholds.strainedCostRatio(),
                    status == WallStatus.BLOCKED ? "blocked" : "strained") + finding;
        }
        if (byLifetime != WallStatus.OK) {
            double years = runHours / (365.25 * 24);
            double lifeYears = op.lifetimeYears().nominal();
            finding = fmt("the run takes %s years, %.0f %% of the hardware's %s-year life (%s above %.0f %%) — ",
                    years >= 100 ? fmt("%,.0f", years) : fmt("%.1f", years), lifetimeFraction * 100,
                    fmt(lifeYears == Math.rint(lifeYears) ? "%.0f" : "%.1f", lifeYears),
                    byLifetime == WallStatus.BLOCKED ? "blocked" : "strained",
                    (byLifetime == WallStatus.BLOCKED ? thresholds.blockedLifetimeFraction()
                            : thresholds.strainedLifetimeFraction()) * 100) + finding;
            status = status.worst(byLifetime);
        }
        return new WallAssessment(Wall.ECONOMICS, status, 0, lossUsd, finding, m);
    }

    /**
     * When a custom program's NRE pays back on this run: the volume built at which the run costs what it costs on the
     * default path, under the same cost model as the cost ratio (this run's hours, MFU and lost time, power, facility
     * and depreciation). NRE enters that cost only as capital: {@code n} accelerators each carrying NRE / volume,
     * written off over the hardware's life for the run's hours. So the run without NRE is the cheapest any volume can
     * make it, and when that is not below the default path's, no volume pays back for this workload.
     *
     * <p>Metrics: {@code breakEvenVolume} (present only when it pays back) and {@code breaksEven} (1 or 0) answer that;
     * {@code runCostWithoutNreUsd} and {@code costRatioWithoutNre} are the run at an infinite volume, and
     * {@code breakEvenNreUsdPerAccelerator} the NRE share at parity (negative when even none reaches it).
     * {@code parityCapexUsdPerAccelerator} and {@code peakFlopCapexParityVolume} are capital alone: the default path's
     * capital per accelerator for the same peak FLOP/s, and the volume at which this one's capital with its NRE share
     * matches it. They ignore utilization, power and the facility, so they are not a break-even: at Dojo's
     * capital-parity volume its GPT-3 run still costs several times the default path's.
     *
     * @param capexParityUsd the default path's capital per GPU scaled to this accelerator's peak
     */
    private static String breakEven(CustomProgram program, Map<String, Double> m, int n, double nrePerAccelerator,
                                    double hardwareCapex, double runHours, double runCost, double dpRunCost,
                                    double capexParityUsd, double lifetimeHours) {
        double nre = program.nreUsd().nominal();
        double runCostWithoutNre = runCost - n * nrePerAccelerator / lifetimeHours * runHours;
        // The NRE per accelerator that would bring the run exactly to the default path's cost.
        double parityNrePerAccelerator = (dpRunCost - runCostWithoutNre) * lifetimeHours / (n * runHours);
        m.put("runCostWithoutNreUsd", runCostWithoutNre);
        m.put("costRatioWithoutNre", runCostWithoutNre / dpRunCost);
        m.put("breakEvenNreUsdPerAccelerator", parityNrePerAccelerator);

        double withoutNreCapex = (hardwareCapex - n * nrePerAccelerator) / n;
        m.put("parityCapexUsdPerAccelerator", capexParityUsd);
        if (capexParityUsd > withoutNreCapex && nre > 0) {
            m.put("peakFlopCapexParityVolume", nre / (capexParityUsd - withoutNreCapex));
        }

        if (nre == 0) {
            // nothing to pay back: the run is at parity or not whatever the volume
            m.put("breaksEven", runCostWithoutNre <= dpRunCost ? 1.0 : 0.0);
            return "";
        }
        if (parityNrePerAccelerator > 0) {
            double volume = nre / parityNrePerAccelerator;
            m.put("breakEvenVolume", volume);
            m.put("breaksEven", 1.0);
            return fmt("; on this run its NRE of %s pays back at %,.0f accelerators built (%,.0f planned), where the run"
                            + " costs what the default path's does", Money.usd(nre), volume,
                    program.volumeAccelerators().nominal());
        }
        m.put("breaksEven", 0.0);
        return fmt("; it never pays back its NRE of %s for this workload: even without NRE the run costs %s, %.2f× the"
                + " default path's %s", Money.usd(nre), Money.usd(runCostWithoutNre), runCostWithoutNre / dpRunCost,
                Money.usd(dpRunCost));
    }

    private static boolean sixteenBit(Precision precision) {
        return precision == Precision.BF16 || precision == Precision.FP16;
    }

    private static String fmt(String format, Object... args) {
        return String.format(NUMBERS, format, args);
    }

}
