package dev.walls.standard;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.kernel.CostKey;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.model.WallContext;
import dev.walls.spi.model.WallModel;
import dev.walls.spi.result.StepBreakdown;
import dev.walls.spi.result.StepPart;
import dev.walls.spi.system.SoftwareStack;
import dev.walls.spi.system.StackFeature;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.wall.Si;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import dev.walls.spi.wall.WallStatus;
import dev.walls.spi.workload.Workload;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The software wall: what fraction of the hardware's peaks the stack reaches. It stages the GEMM shape model
 * (tile and wave quantization on the accelerator's concurrent tiles), the FP8 and attention kernel efficiencies,
 * the optimizer's memory traffic and host overheads; the kernel charges GEMMs below peak, attention kernels,
 * memory-bound kernels, FP8 conversions, the pipeline bubble and imbalance, the optimizer step and host work to it.
 *
 * <p>Status: STRAINED when the software losses exceed {@code stackStrainedLossFraction} of the step (the stack,
 * not the hardware, then decides the speed); OK otherwise. It is never BLOCKED: layouts the stack cannot run are
 * rejected before evaluation.
 */
public final class SoftwareWall implements WallModel {

    private final SoftwareAssumptions assumptions;

    public SoftwareWall() {
        this(SoftwareAssumptions.defaults());
    }

    public SoftwareWall(SoftwareAssumptions assumptions) {
        this.assumptions = Objects.requireNonNull(assumptions, "assumptions");
    }

    @Override
    public String id() {
        return "standard-software";
    }

    @Override
    public Wall wall() {
        return Wall.SOFTWARE;
    }

    @Override
    public Optional<Record> assumptionSet() {
        return Optional.of(assumptions);
    }

    @Override
    public WallModel withAssumptionSet(Record replacement) {
        return new SoftwareWall(WallModel.assumptionsOf(this, replacement, SoftwareAssumptions.class));
    }

    public SoftwareAssumptions assumptions() {
        return assumptions;
    }

    @Override
    public void stage(SystemSpec system, Workload workload, CostTable.Builder table) {
        GemmProfile profile = assumptions.profileOf(system.accelerator());
        table.set(CostKey.GEMM_CONCURRENT_TILES, table.at(profile.concurrentTiles()));
        table.set(CostKey.GEMM_TILE_ROWS, table.at(profile.tileRows()));
        table.set(CostKey.GEMM_TILE_COLUMNS, table.at(profile.tileColumns()));
        table.set(CostKey.GEMM_TILE_OVERHEAD_INNER_ELEMENTS, table.at(profile.tileOverheadInner()));
        table.set(CostKey.FP8_MATMUL_EFFICIENCY, fp8MatmulEfficiency(system, profile, table));
        table.set(CostKey.ATTENTION_FORWARD_EFFICIENCY, table.at(profile.flashForward()));
        table.set(CostKey.ATTENTION_BACKWARD_EFFICIENCY, table.at(profile.flashBackward()));
        table.set(CostKey.UNFUSED_ATTENTION_EFFICIENCY, table.at(profile.unfusedAttention()));
        table.set(CostKey.OPTIMIZER_TRAFFIC_BYTES_PER_PARAMETER, table.at(assumptions.optimizerTrafficBytesPerParameter()));
        table.set(CostKey.HOST_SECONDS_PER_STEP, table.at(assumptions.hostSecondsPerStep()));
        table.set(CostKey.DATA_SECONDS_PER_MICROBATCH, table.at(assumptions.dataSecondsPerMicrobatch()));
        table.set(CostKey.LOSS_BYTES_PER_LOGIT, table.at(assumptions.lossBytesPerLogit()));
        table.set(CostKey.MEMORY_BOUND_BACKWARD_TRAFFIC, table.at(assumptions.memoryBoundBackwardTraffic()));
    }

    /**
     * The fraction of the FP8 peak FP8 GEMMs reach: the stack's own when it states one, else the accelerator family's
     * measured one, else the generic one of a chip of no family, which is kept at or below the stack's 16-bit
     * matmulEfficiency (no measured chip reaches more of its FP8 peak than of its 16-bit one).
     */
    static double fp8MatmulEfficiency(SystemSpec system, GemmProfile profile, CostTable.Builder table) {
        SoftwareStack stack = system.software();
        if (stack.fp8MatmulEfficiency().isPresent()) {
            return table.at(stack.fp8MatmulEfficiency().get());
        }
        double fraction = table.at(profile.fp8GemmFraction());
        if (profile.family().isEmpty() && fraction > 0) {
            return Math.min(fraction, table.at(stack.matmulEfficiency()));
        }
        return fraction;
    }

    /**
     * The FP8 GEMM fraction a chip without measured FP8 figures is timed at, nominal with its range and where it comes
     * from: "55% (45%–82%) of the fp8 peak, a generic fraction: the chip has no family whose FP8 GEMMs are measured ...".
     */
    private static String fp8Description(SystemSpec system, GemmProfile profile, String precision) {
        SoftwareStack stack = system.software();
        String peak = " of the " + precision + " peak";
        if (stack.fp8MatmulEfficiency().isPresent()) {
            return range(stack.fp8MatmulEfficiency().get()) + peak + ", as the stack states (fp8MatmulEfficiency)";
        }
        Figure generic = profile.fp8GemmFraction();
        double matmul = stack.matmulEfficiency().nominal();
        String fraction = generic.nominal() > matmul
                ? Si.percent(matmul) + peak + " (the stack's matmulEfficiency, below the generic " + range(generic) + ")"
                : range(generic) + peak;
        return fraction + ", a generic fraction: the chip has no family whose FP8 GEMMs are measured (a spec states its "
                + "own as software.fp8MatmulEfficiency)";
    }

    private static String range(Figure f) {
        return f.low() == f.high() ? Si.percent(f.nominal())
                : Si.percent(f.nominal()) + " (" + Si.percent(f.low()) + "–" + Si.percent(f.high()) + ")";
    }

    @Override
    public WallAssessment assess(WallContext context) {
        StepBreakdown step = context.step();
        double stepSeconds = step.stepTimeSeconds();
        double loss = step.lossSeconds(Wall.SOFTWARE);
        Map<String, Double> metrics = new LinkedHashMap<>();
        StepPart largest = null;
        for (StepPart p : step.parts()) {
            if (p.wall() == Wall.SOFTWARE) {
                metrics.put(p.name() + "Seconds", p.seconds());
                if (largest == null || p.seconds() > largest.seconds()) {
                    largest = p;
                }
            }
        }
        SoftwareStack stack = context.system().software();
        metrics.put("lossFractionOfStep", loss / stepSeconds);
        metrics.put("idealFractionOfStep", step.idealComputeSeconds() / stepSeconds);
        metrics.put("stackMatmulEfficiency", stack.matmulEfficiency().nominal());
        metrics.put("stackMemoryBoundEfficiency", stack.memoryBoundEfficiency().nominal());
        metrics.put("stackFeatureCount", (double) stack.features().size());
        metrics.put("flashAttention", stack.supports(StackFeature.FLASH_ATTENTION) ? 1.0 : 0.0);
        WallStatus status = loss > assumptions.stackStrainedLossFraction() * stepSeconds ? WallStatus.STRAINED : WallStatus.OK;
        String finding = "the software (" + stack.name() + ") costs " + Format.seconds(loss) + " ("
                + Si.percent(loss / stepSeconds) + " of the step)"
                + (largest == null ? "" : ", most in " + largest.name() + " (" + Format.seconds(largest.seconds()) + ")");
        SystemSpec system = context.system();
        GemmProfile profile = assumptions.profileOf(system.accelerator());
        if (context.strategy().precision().bytesPerElement() < 2
                && (stack.fp8MatmulEfficiency().isPresent() || profile.family().isEmpty())) {
            // no measured FP8 figures of this chip: say which fraction of its FP8 peak its FP8 GEMMs are timed at
            String p = context.strategy().precision().id();
            finding += "; its " + p + " GEMMs run at " + fp8Description(system, profile, p);
        }
        return new WallAssessment(Wall.SOFTWARE, status, loss, 0, finding, metrics);
    }
}
