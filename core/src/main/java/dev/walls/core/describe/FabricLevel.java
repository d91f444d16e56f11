package dev.walls.core.describe;

/**
 * The fabric of one level of the hierarchy.
 *
 * @param level                                 the level it joins, e.g. {@code node}
 * @param name                                  e.g. {@code NVLink4 + NVSwitch}
 * @param topology                              how it is wired
 * @param groupSize                             accelerators one unit of the level joins
 * @param bandwidthBytesPerSecondPerAccelerator injection bandwidth per accelerator and direction, in bytes/s
 * @param aggregateBandwidthBytesPerSecond      summed over the system's accelerators, per direction, in bytes/s
 * @param latencySeconds                        per hop, in seconds
 * @param bandwidth                             the per-accelerator bandwidth with its range and source
 */
public record FabricLevel(String level, String name, String topology, int groupSize,
                          double bandwidthBytesPerSecondPerAccelerator, double aggregateBandwidthBytesPerSecond,
                          double latencySeconds, SourcedValue bandwidth) {
}
