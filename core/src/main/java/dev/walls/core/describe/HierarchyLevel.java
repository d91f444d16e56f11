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
 * @param kind                what the level is where the walls care ({@code rack}, {@code tile}), else {@code other};
 *                            {@code accelerator} for the accelerator's row
 * @param powerLimitWatts     the most one unit may draw, as the spec states it; 0 when it states none (a rack is then
 *                            held to the packaging wall's rack envelope)
 */
public record HierarchyLevel(String level, int acceleratorsPerUnit, int units, double powerWattsPerUnit,
                             double costUsdPerUnit, boolean perAccelerator, String kind, double powerLimitWatts) {
}
