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
 * The open-ended cluster of NVL72 racks: one NIC per GPU into a rail-optimized InfiniBand or Spectrum-X
 * fabric (DGX SuperPOD: 8-rack scalable units, up to 128 racks). Its switch power and cost are per GPU: the
 * open-ended level's figures grow with the cluster.
 */
final class ScaleOut {

    /** Largest DGX SuperPOD of NVL72 racks: 128 racks, 9,216 GPUs (hardware-facts B.3 / N12). */
    static final int MAX_GPUS = 9_216;

    private ScaleOut() {
    }

    static Level level(String nic, double bitsPerSecondPerGpu, String source, Figure powerPerGpu, Figure costPerGpu) {
        Figure bandwidth = Figure.of(bitsPerSecondPerGpu / 8, Provenance.vendor(source + ": " + nic + ", "
                + (int) (bitsPerSecondPerGpu / 1e9) + " Gb/s per GPU per direction"));
        Figure latency = Figure.range(2e-6, 5e-6, 10e-6, new Provenance(
                "walls estimate: NIC + leaf/spine switch hops, RDMA", Confidence.ANALYST_ESTIMATE,
                "not in hardware-facts"));
        FabricSpec fabric = new FabricSpec(nic + " rail-optimized scale-out", Topology.RAIL_OPTIMIZED, bandwidth,
                latency);
        return new Level("cluster", 0, Optional.of(fabric), List.of(), powerPerGpu, costPerGpu,
                LevelKind.OTHER, Optional.empty());
    }
}
