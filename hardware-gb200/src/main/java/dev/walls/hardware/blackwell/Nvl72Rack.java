package dev.walls.hardware.blackwell;

import dev.walls.spi.figure.Confidence;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.FabricSpec;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.Topology;
import java.util.List;
import java.util.Optional;

/**
 * The NVL72 rack: 18 compute trays and 9 NVLink switch trays, one 72-GPU NVLink5 domain.
 *
 * <p>Its per-unit power and cost also carry the rack's share of the scale-out network, because the open-ended
 * cluster level above it has a single unit whatever the size and so cannot carry costs that grow with it.
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
        return new Level("NVL72 rack", GPUS, Optional.of(nvlink()), List.of(), powerBeyondTrays, costBeyondGpus);
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
     * 18 × tray overhead) plus the rack's share of the scalable unit's non-rack power (network, storage,
     * management: 1.2 MW / 8 − rack total).
     *
     * @param rackTotal        the rack's own power range, watts
     * @param gpuWatts         one GPU's power, watts
     * @param trayBeyondGpus   one compute tray's power beyond its GPUs, watts
     * @param source           the source of {@code rackTotal}
     */
    static Figure power(Figure rackTotal, double gpuWatts, Figure trayBeyondGpus, String source) {
        double fixed = GPUS * gpuWatts + COMPUTE_TRAYS * trayBeyondGpus.nominal();
        double suShareLow = SU_WATTS / RACKS_PER_SU - 132_000;
        double suShare = SU_WATTS / RACKS_PER_SU - 120_000;
        return Figure.range(rackTotal.low() - fixed + suShareLow, rackTotal.nominal() - fixed + suShare,
                rackTotal.high() - fixed + suShare, Provenance.derived(
                        "rack total " + source + " - 72 x " + (int) gpuWatts + " W - 18 x tray overhead; + scale-out share "
                                + "1.2 MW / 8 racks (hardware-facts B.3 / N12) - 120 kW (132 kW low) per GB200 rack")
                        .withNote("the scale-out share is carried per rack so that it grows with the cluster"));
    }

    /**
     * Rack cost beyond its 72 GPU slots: the rack's share of the scale-out network. Cluster interconnect is
     * 19% of cluster cost per Epoch (E16, high) and 9-13% of frontier-run cost (E17, low and nominal); the
     * NVL72's own NVLink switches are already in the slot price. share / (1 − share) × rack price.
     */
    static Figure cost(double rackLow, double rackNominal, double rackHigh, String rackSource) {
        return Figure.range(0.09 / 0.91 * rackLow, 0.13 / 0.87 * rackNominal, 0.19 / 0.81 * rackHigh,
                Provenance.estimate("scale-out network share 9% / 13% / 19% of cluster cost (hardware-facts D.5, D.6 / "
                        + "E17, E16) x rack price (" + rackSource + ") / (1 - share)")
                        .withNote("NICs are already inside the rack price; the share is mostly switches and optics"));
    }
}
