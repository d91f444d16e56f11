package dev.walls.core.describe;

/**
 * One memory tier summed over the system.
 *
 * @param name                    e.g. {@code HBM3e}
 * @param kind                    sram, hbm or dram
 * @param level                   where it is attached: {@code accelerator} or a level name
 * @param units                   how many units of that level the system has
 * @param unitsShare              how many units' worth the system's accelerators get: {@code units}, or less when the
 *                                system uses part of a unit (the unit's other accelerators keep their share)
 * @param capacityBytes           total capacity, in bytes
 * @param bandwidthBytesPerSecond total bandwidth, in bytes per second
 * @param capacity                the total capacity with its range and source
 * @param bandwidth               the total bandwidth with its range and source
 * @param stacksPerUnit           HBM stacks in one unit of the tier (one accelerator's, one tray's); 0 for SRAM and DRAM
 * @param stacksGiven             true when the spec states the stacks, false when walls infers them from the capacity
 *                                (the smallest standard stack, 8 to 64 GB, that needs at most 8 of them)
 */
public record TierTotal(String name, String kind, String level, int units, double unitsShare, double capacityBytes,
                        double bandwidthBytesPerSecond, SourcedValue capacity, SourcedValue bandwidth, int stacksPerUnit,
                        boolean stacksGiven) {
}
