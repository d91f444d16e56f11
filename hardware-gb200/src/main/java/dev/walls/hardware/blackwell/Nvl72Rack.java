package dev.walls.hardware.blackwell;

import dev.walls.spi.figure.Confidence;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.FabricSpec;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.LevelKind;
import dev.walls.spi.system.Topology;
import java.util.List;
import java.util.Optional;

/**
 * The NVL72 rack: 18 compute trays and 9 NVLink switch trays, one 72-GPU NVLink5 domain.
 *
 * <p>The scale-out network's switches, optics and power are not in the rack: the open-ended cluster level
 * carries them per GPU ({@link ScaleOut}).
 */
final class Nvl72Rack {

    /** GPUs per rack (hardware-facts B.2 / N6, N15). */
    static final int GPUS = 72;
    /** Compute trays per rack (hardware-facts B.2 / N8, N9). */
    static final int COMPUTE_TRAYS = 18;
    /** DGX SuperPOD GB200 scalable unit: 8 racks at 1.2 MW (hardware-facts B.3 / N12). */
    static final int RACKS_PER_SU = 8;
    static final double SU_WATTS = 1.2e6;

    private Nvl72Rack() {
    }

    static Level level(Figure powerBeyondTrays, Figure costBeyondGpus) {
        return new Level("NVL72 rack", GPUS, Optional.of(nvlink()), List.of(), powerBeyondTrays, costBeyondGpus,
                LevelKind.RACK, Optional.empty());
    }

    /** NVLink5 through the NVLink switch trays: 1.8 TB/s bidirectional per GPU = 900 GB/s per direction. */
    static FabricSpec nvlink() {
        Figure bandwidth = Figure.of(900e9, Provenance.vendor(
                "hardware-facts B.1, B.2 / N2, N6, N8: NVLink5 1.8 TB/s bidirectional per GPU = 900 GB/s per direction"));
        Figure latency = Figure.range(0.5e-6, 1e-6, 3e-6, new Provenance(
                "walls estimate: one NVLink switch hop plus collective launch overhead", Confidence.ANALYST_ESTIMATE,
                "not in hardware-facts"));
        return new FabricSpec("NVLink5 + NVLink Switch (72-GPU domain)", Topology.SWITCHED, bandwidth, latency);
    }

    /**
     * Rack power beyond its compute trays: NVLink switch trays, power-shelf losses, fans (rack total − GPUs −
     * 18 × tray overhead).
     *
     * @param rackTotal      the rack's own power range, watts
     * @param gpuWatts       one GPU's power, watts
     * @param trayBeyondGpus one compute tray's power beyond its GPUs, watts
     * @param source         the source of {@code rackTotal}
     */
    static Figure power(Figure rackTotal, double gpuWatts, Figure trayBeyondGpus, String source) {
        double fixed = GPUS * gpuWatts + COMPUTE_TRAYS * trayBeyondGpus.nominal();
        return Figure.range(rackTotal.low() - fixed, rackTotal.nominal() - fixed, rackTotal.high() - fixed,
                Provenance.derived("rack total " + source + " - 72 x " + (int) gpuWatts + " W - 18 x tray overhead (hardware-facts B.2)"));
    }

    /** The rack's NVLink switch trays, power shelves and chassis are inside the GPU slot price (rack price / 72). */
    static Figure cost() {
        return Figure.of(0, Provenance.derived("NVLink switch trays and chassis are inside the rack price, carried by the"
                + " 72 GPU slots (hardware-facts B.2 / N23, N21)"));
    }

    /**
     * Scale-out power per GPU: the scalable unit's power not in its racks (network, storage, management),
     * (1.2 MW − 8 × rack total) / (8 × 72) (hardware-facts B.3 / N12).
     */
    static Figure scaleOutPowerPerGpu(Figure rackTotal) {
        double perRack = SU_WATTS / RACKS_PER_SU;
        double nominal = Math.max(0, perRack - rackTotal.nominal()) / GPUS;
        double low = Math.max(0, perRack - rackTotal.high()) / GPUS;
        double high = Math.max(0, perRack - rackTotal.low()) / GPUS;
        return Figure.range(low, nominal, high, Provenance.derived("(1.2 MW / 8 racks - rack total) / 72 GPUs, DGX SuperPOD"
                + " GB200 scalable unit (hardware-facts B.3 / N12)"));
    }

    /**
     * Scale-out network cost per GPU: cluster interconnect is 19% of cluster cost per Epoch (E16, high) and 9-13% of
     * frontier-run cost (E17, low and nominal); share / (1 − share) × rack price / 72.
     */
    static Figure scaleOutCostPerGpu(double rackLow, double rackNominal, double rackHigh, String rackSource) {
        return Figure.range(0.09 / 0.91 * rackLow / GPUS, 0.13 / 0.87 * rackNominal / GPUS, 0.19 / 0.81 * rackHigh / GPUS,
                Provenance.estimate("scale-out network share 9% / 13% / 19% of cluster cost (hardware-facts D.5, D.6 / "
                        + "E17, E16) x rack price (" + rackSource + ") / (1 - share) / 72 GPUs")
                        .withNote("NICs are already inside the rack price; the share is mostly switches and optics"));
    }
}
