package dev.walls.standard;

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
        table.set(CostKey.FP8_MATMUL_EFFICIENCY, table.at(profile.fp8GemmFraction()));
        table.set(CostKey.ATTENTION_FORWARD_EFFICIENCY, table.at(profile.flashForward()));
        table.set(CostKey.ATTENTION_BACKWARD_EFFICIENCY, table.at(profile.flashBackward()));
        table.set(CostKey.UNFUSED_ATTENTION_EFFICIENCY, table.at(profile.unfusedAttention()));
        table.set(CostKey.OPTIMIZER_TRAFFIC_BYTES_PER_PARAMETER, table.at(assumptions.optimizerTrafficBytesPerParameter()));
        table.set(CostKey.HOST_SECONDS_PER_STEP, table.at(assumptions.hostSecondsPerStep()));
        table.set(CostKey.DATA_SECONDS_PER_MICROBATCH, table.at(assumptions.dataSecondsPerMicrobatch()));
        table.set(CostKey.LOSS_BYTES_PER_LOGIT, table.at(assumptions.lossBytesPerLogit()));
        table.set(CostKey.MEMORY_BOUND_BACKWARD_TRAFFIC, table.at(assumptions.memoryBoundBackwardTraffic()));
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
        return new WallAssessment(Wall.SOFTWARE, status, loss, 0, finding, metrics);
    }
}
