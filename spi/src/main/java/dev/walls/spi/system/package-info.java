/** Hardware: accelerators, memory tiers, fabrics, the levels of a system's hierarchy and its software stack. */
package dev.walls.spi.system;
