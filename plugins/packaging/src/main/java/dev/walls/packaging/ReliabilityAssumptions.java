package dev.walls.packaging;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import java.util.Objects;
import java.util.Optional;

/**
 * What goodput is computed from: how often parts fail, what a checkpoint and a restart cost.
 *
 * @param failureRates                         failures per component-hour
 * @param restartSeconds                       from a failure to training again: detect, drain, reschedule onto spares,
 *                                             load the checkpoint, warm up; in seconds
 * @param checkpointBytesPerParameter          bytes a checkpoint writes per model parameter
 * @param storageWriteBytesPerSecondPerAccelerator checkpoint write bandwidth the storage gives each accelerator, in B/s
 * @param checkpointIntervalSeconds            a fixed interval between checkpoints, in seconds; empty to use the
 *                                             optimum of Daly (2006) for the failure rate at hand
 * @param repairSeconds                        from a failure until the unit is back in service, in seconds; sizes the
 *                                             spare pool, not the step time
 */
public record ReliabilityAssumptions(FailureRates failureRates, Figure restartSeconds, Figure checkpointBytesPerParameter,
                                     Figure storageWriteBytesPerSecondPerAccelerator,
                                     Optional<Figure> checkpointIntervalSeconds, Figure repairSeconds) {

    public ReliabilityAssumptions {
        Objects.requireNonNull(failureRates, "failureRates");
        Objects.requireNonNull(restartSeconds, "restartSeconds").requireNonNegative("restartSeconds");
        Objects.requireNonNull(checkpointBytesPerParameter, "checkpointBytesPerParameter").requireNonNegative("checkpointBytesPerParameter");
        Objects.requireNonNull(storageWriteBytesPerSecondPerAccelerator, "storageWriteBytesPerSecondPerAccelerator")
                .requirePositive("storageWriteBytesPerSecondPerAccelerator");
        Objects.requireNonNull(checkpointIntervalSeconds, "checkpointIntervalSeconds")
                .ifPresent(f -> f.requirePositive("checkpointIntervalSeconds"));
        Objects.requireNonNull(repairSeconds, "repairSeconds").requireNonNegative("repairSeconds");
    }

    /** Defaults: Llama 3 failure rates and storage, Daly's optimal interval, estimated restart and repair times. */
    public static ReliabilityAssumptions defaults() {
        return new ReliabilityAssumptions(
                FailureRates.defaults(),
                Figure.range(300, 600, 1800, Provenance.estimate("walls estimate: automated restart onto spares")
                        .withNote("not in hardware-facts.md; cross-check: at Meta's failure rate and storage this gives"
                                + " the >90 % effective training time Meta reports for Llama 3")),
                Figure.of(14, Provenance.derived("modeling-notes, memory per rank: 2 B bf16 weights + 12 B fp32 master"
                        + " weights and Adam moments per parameter")),
                Figure.range(6.1e7, 1.22e8, 4.27e8, Provenance.vendor("Meta, Llama 3 report, Sec. 3.3.1: Tectonic storage"
                        + " sustains 2 TB/s, peaks at 7 TB/s for 16,384 GPUs").withNote("not in hardware-facts.md;"
                        + " 2 TB/s / 16,384 = 122 MB/s nominal, 7 TB/s / 16,384 = 427 MB/s high, half sustained low")),
                Optional.empty(),
                Figure.range(4 * 3600, 24 * 3600, 72 * 3600, Provenance.estimate("walls estimate: swap or RMA of a unit")
                        .withNote("not in hardware-facts.md")));
    }

    public ReliabilityAssumptions withFailureRates(FailureRates rates) {
        return new ReliabilityAssumptions(rates, restartSeconds, checkpointBytesPerParameter,
                storageWriteBytesPerSecondPerAccelerator, checkpointIntervalSeconds, repairSeconds);
    }

    public ReliabilityAssumptions withCheckpointInterval(Figure seconds) {
        return new ReliabilityAssumptions(failureRates, restartSeconds, checkpointBytesPerParameter,
                storageWriteBytesPerSecondPerAccelerator, Optional.of(seconds), repairSeconds);
    }

    public ReliabilityAssumptions withRestartSeconds(Figure seconds) {
        return new ReliabilityAssumptions(failureRates, seconds, checkpointBytesPerParameter,
                storageWriteBytesPerSecondPerAccelerator, checkpointIntervalSeconds, repairSeconds);
    }
}
