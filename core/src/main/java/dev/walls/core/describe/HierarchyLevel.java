package dev.walls.core.describe;

/**
 * One level of the system's hierarchy, from the accelerator up.
 *
 * @param level               e.g. {@code accelerator}, {@code tile}, {@code rack}
 * @param acceleratorsPerUnit accelerators in one unit
 * @param units               units in this system
 * @param powerWattsPerUnit   power of one unit beyond the accelerators it holds (per accelerator when
 *                            {@code perAccelerator})
 * @param costUsdPerUnit      cost of one unit beyond the accelerators it holds (per accelerator when
 *                            {@code perAccelerator})
 * @param perAccelerator      true for the open-ended outermost level, whose figures grow with the system
 */
public record HierarchyLevel(String level, int acceleratorsPerUnit, int units, double powerWattsPerUnit,
                             double costUsdPerUnit, boolean perAccelerator) {
}
