/**
 * The evaluation kernel SPI: what the walls know about one system training one workload is staged once into a
 * flat {@link dev.walls.spi.kernel.CostTable}; an {@link dev.walls.spi.kernel.EvaluationKernel} then evaluates
 * layouts against it with plain arithmetic, writing a fixed set of numbers ({@link dev.walls.spi.kernel.KernelOutput})
 * into a caller-owned {@code double[]}, so that a search can sweep millions of layouts without allocating.
 */
package dev.walls.spi.kernel;
