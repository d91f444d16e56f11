package dev.walls.standard;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.kernel.CostKey;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.model.WallContext;
import dev.walls.spi.model.WallModel;
import dev.walls.spi.result.StepBreakdown;
import dev.walls.spi.result.StepPart;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.Topology;
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
 * The interconnect wall: every collective of every parallel dimension on the level it lands on. It stages the
 * widths of the data-parallel traffic, the overlap the stack achieves (bucketed data-parallel overlap where the
 * stack has a distributed optimizer, tensor-parallel overlap where it has userbuffers) and what overlap costs the
 * compute beneath; the kernel charges the exposed TP, CP, PP and DP time and the overlap penalty to it.
 *
 * <p>Status: STRAINED when the interconnect loss exceeds {@code strainedLossFraction} of the step; OK otherwise.
 */
public final class InterconnectWall implements WallModel {

    private final InterconnectAssumptions assumptions;

    public InterconnectWall() {
        this(InterconnectAssumptions.defaults());
    }

    public InterconnectWall(InterconnectAssumptions assumptions) {
        this.assumptions = Objects.requireNonNull(assumptions, "assumptions");
    }

    @Override
    public String id() {
        return "standard-interconnect";
    }

    @Override
    public Wall wall() {
        return Wall.INTERCONNECT;
    }

    @Override
    public Optional<Record> assumptionSet() {
        return Optional.of(assumptions);
    }

    @Override
    public WallModel withAssumptionSet(Record replacement) {
        return new InterconnectWall(WallModel.assumptionsOf(this, replacement, InterconnectAssumptions.class));
    }

    public InterconnectAssumptions assumptions() {
        return assumptions;
    }

    @Override
    public void stage(SystemSpec system, Workload workload, CostTable.Builder table) {
        table.set(CostKey.GRADIENT_COMMUNICATION_BYTES, table.at(assumptions.gradientCommunicationBytes()));
        table.set(CostKey.PARAMETER_GATHER_BYTES, table.at(assumptions.parameterGatherBytes()));
        table.set(CostKey.DATA_PARALLEL_BUCKET_PARAMETERS, table.at(assumptions.bucketParameters()));
        // Stacks with a distributed optimizer (Megatron-Core, NeMo) bucket the gradient reduce-scatter and the
        // parameter all-gather and overlap them with backward and forward; Megatron-LM of 2021-22 reduced after
        // the pipeline flush (Korthikanti et al. 2022, Sec. 6.3).
        table.set(CostKey.DATA_PARALLEL_OVERLAP, table.has(StackFeature.DISTRIBUTED_OPTIMIZER) ? 1 : 0);
        table.set(CostKey.TP_OVERLAP_COMPUTE_PENALTY, table.at(assumptions.tpOverlapComputePenalty()));
        table.set(CostKey.COLLECTIVE_OVERLAP_COMPUTE_PENALTY, table.at(assumptions.collectiveOverlapComputePenalty()));
        table.set(CostKey.PIPELINE_P2P_EXPOSED_FRACTION, table.at(assumptions.pipelineP2pExposedFraction()));
        table.set(CostKey.PIPELINE_BUBBLE_HIDING_FRACTION, table.at(assumptions.pipelineBubbleHidingFraction()));
        // Collective efficiency by the topology of each level's fabric; other topologies keep the stack's figure.
        for (int i = 0; i < table.levelCount(); i++) {
            Topology topology = table.levelTopology(i);
            if (topology == Topology.SWITCHED) {
                table.levelEfficiency(i, table.at(assumptions.switchedEfficiency()));
            } else if (topology == Topology.FAT_TREE || topology == Topology.RAIL_OPTIMIZED) {
                table.levelEfficiency(i, table.at(assumptions.scaleOutEfficiency()));
            }
        }
    }

    @Override
    public WallAssessment assess(WallContext context) {
        StepBreakdown step = context.step();
        double stepSeconds = step.stepTimeSeconds();
        double loss = step.lossSeconds(Wall.INTERCONNECT);
        Map<String, Double> metrics = new LinkedHashMap<>();
        StepPart largest = null;
        for (StepPart p : step.parts()) {
            if (p.wall() == Wall.INTERCONNECT) {
                metrics.put(p.name() + "Seconds", p.seconds());
                if (largest == null || p.seconds() > largest.seconds()) {
                    largest = p;
                }
            }
        }
        metrics.put("lossFractionOfStep", loss / stepSeconds);
        // Off-package I/O per FLOP at each level: what one accelerator can inject per FLOP of its peak.
        SystemSpec system = context.system();
        double peak = system.accelerator().peak(context.strategy().precision()).map(Figure::nominal).orElse(0.0);
        for (Level level : system.levels()) {
            level.fabric().ifPresent(f -> {
                metrics.put("bytesPerSecondPerAccelerator." + level.name(), f.bandwidthBytesPerSecondPerAccelerator().nominal());
                if (peak > 0) {
                    metrics.put("ioBytesPerFlop." + level.name(), f.bandwidthBytesPerSecondPerAccelerator().nominal() / peak);
                }
            });
        }
        WallStatus status = loss > assumptions.strainedLossFraction() * stepSeconds ? WallStatus.STRAINED : WallStatus.OK;
        String finding = "exposed communication costs " + Format.seconds(loss) + " (" + Si.percent(loss / stepSeconds)
                + " of the step)" + (largest == null ? "" : ", most in " + largest.name() + " ("
                + Format.seconds(largest.seconds()) + ")");
        return new WallAssessment(Wall.INTERCONNECT, status, loss, 0, finding, metrics);
    }
}
