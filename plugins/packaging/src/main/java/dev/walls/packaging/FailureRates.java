package dev.walls.packaging;

import dev.walls.spi.figure.Confidence;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import java.util.Objects;

/**
 * How often each kind of component interrupts a synchronous training job, in failures per hour of one component.
 *
 * <p>The defaults come from the one large public failure log: Meta's Llama 3 405B pre-training, 419 unexpected
 * interruptions in 54 days on 16,384 H100 in 2,048 eight-GPU hosts (21.2 M GPU-hours). Each count is divided by
 * the exposure of the component it names. The range (×0.5 to ×2) says that other silicon, other hosts and other
 * operators will differ; the nominal is H100-class hardware run by a mature operator.
 *
 * @param computeDieFailuresPerHour  one compute die: logic, SRAM, on-chip processors, silent data corruption
 * @param hbmStackFailuresPerHour    one HBM stack
 * @param repairUnitFailuresPerHour  one unit of the innermost level (host, tray, tile): CPU, DRAM, NIC, SSD, power,
 *                                   chassis, host maintenance
 * @param networkFailuresPerAcceleratorHour switches and cables, per accelerator they serve
 * @param softwareFailuresPerAcceleratorHour software bugs, collective watchdogs, dependencies, per accelerator
 */
public record FailureRates(Figure computeDieFailuresPerHour, Figure hbmStackFailuresPerHour,
                           Figure repairUnitFailuresPerHour, Figure networkFailuresPerAcceleratorHour,
                           Figure softwareFailuresPerAcceleratorHour) {

    /** Where the default counts come from. */
    public static final String LLAMA3_SOURCE = "Meta, 'The Llama 3 Herd of Models' (2024), Table 5: 419 unexpected"
            + " interruptions in 54 days on 16,384 H100 (via DatacenterDynamics 2024-07); not in hardware-facts.md";

    private static final double GPUS = 16_384;
    private static final double HOURS = 54 * 24;
    private static final double GPU_HOURS = GPUS * HOURS;
    private static final double HBM_STACKS_PER_GPU = 5; // H100 SXM: 80 GB in 5 active HBM3 stacks (B.1)
    private static final double GPUS_PER_HOST = 8;

    public FailureRates {
        Objects.requireNonNull(computeDieFailuresPerHour, "computeDieFailuresPerHour").requireNonNegative("computeDieFailuresPerHour");
        Objects.requireNonNull(hbmStackFailuresPerHour, "hbmStackFailuresPerHour").requireNonNegative("hbmStackFailuresPerHour");
        Objects.requireNonNull(repairUnitFailuresPerHour, "repairUnitFailuresPerHour").requireNonNegative("repairUnitFailuresPerHour");
        Objects.requireNonNull(networkFailuresPerAcceleratorHour, "networkFailuresPerAcceleratorHour")
                .requireNonNegative("networkFailuresPerAcceleratorHour");
        Objects.requireNonNull(softwareFailuresPerAcceleratorHour, "softwareFailuresPerAcceleratorHour")
                .requireNonNegative("softwareFailuresPerAcceleratorHour");
    }

    /** Rates derived from the Llama 3 failure log (see the class comment). */
    public static FailureRates defaults() {
        // faulty GPU 148, GPU SRAM 19, GPU system processor 17, silent data corruption 6, GPU thermal/sensor 6
        double die = (148 + 19 + 17 + 6 + 6) / GPU_HOURS;
        double hbm = 72 / (GPU_HOURS * HBM_STACKS_PER_GPU);
        // host maintenance 32, NIC 7, SSD 3, power supply 3, chassis 2, IO expansion 2, CPU 2, system memory 2
        double host = (32 + 7 + 3 + 3 + 2 + 2 + 2 + 2) / (GPU_HOURS / GPUS_PER_HOST);
        double network = 35 / GPU_HOURS; // network switch and cable
        double software = (54 + 7 + 2) / GPU_HOURS; // software bug, NCCL watchdog, dependency
        return new FailureRates(
                measured(die, "196 GPU-die interruptions / 21.2 M GPU-hours"),
                measured(hbm, "72 HBM3 interruptions / (21.2 M GPU-hours × 5 stacks)"),
                measured(host, "53 host interruptions / (2,048 hosts × 1,296 h)"),
                measured(network, "35 switch and cable interruptions / 21.2 M GPU-hours"),
                measured(software, "63 software interruptions / 21.2 M GPU-hours; a young stack fails more"));
    }

    private static Figure measured(double perHour, String arithmetic) {
        return Figure.range(perHour / 2, perHour, perHour * 2, new Provenance(LLAMA3_SOURCE, Confidence.MEASURED,
                arithmetic + "; the range ×0.5-×2 for other hardware and operators is an analyst estimate"));
    }

    /** Returns these rates with every figure scaled, e.g. 2 for a less mature operator. */
    public FailureRates times(double factor) {
        return new FailureRates(computeDieFailuresPerHour.times(factor), hbmStackFailuresPerHour.times(factor),
                repairUnitFailuresPerHour.times(factor), networkFailuresPerAcceleratorHour.times(factor),
                softwareFailuresPerAcceleratorHour.times(factor));
    }
}
