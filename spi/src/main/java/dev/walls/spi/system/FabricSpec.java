package dev.walls.spi.system;

import dev.walls.spi.figure.Figure;
import java.util.Objects;

/**
 * The network that joins the members of one unit of a level: NVLink inside a node, InfiniBand across
 * nodes, the 2D mesh across Dojo dies.
 *
 * @param name                                  e.g. {@code "NVLink4 + NVSwitch"}; never blank
 * @param topology                              how it is wired
 * @param bandwidthBytesPerSecondPerAccelerator what one accelerator can inject, per direction, in bytes
 *                                              per second; positive. Datasheets often give bidirectional
 *                                              totals: halve them.
 * @param latencySeconds                        one hop's end-to-end latency, in seconds; not negative
 */
public record FabricSpec(String name, Topology topology, Figure bandwidthBytesPerSecondPerAccelerator,
                         Figure latencySeconds) {

    public FabricSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topology, "topology");
        if (name.isBlank()) {
            throw new IllegalArgumentException("fabric name must not be blank");
        }
        Objects.requireNonNull(bandwidthBytesPerSecondPerAccelerator, "bandwidthBytesPerSecondPerAccelerator")
                .requirePositive("bandwidthBytesPerSecondPerAccelerator");
        Objects.requireNonNull(latencySeconds, "latencySeconds").requireNonNegative("latencySeconds");
    }
}
