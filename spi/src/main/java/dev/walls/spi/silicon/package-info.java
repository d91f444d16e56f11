/**
 * How silicon is made, for the wall models that judge it: foundry nodes as spec files name them, package families,
 * dies per wafer and defect yield (hardware-facts D.2). Shared here because plugins may not depend on each other.
 */
package dev.walls.spi.silicon;
