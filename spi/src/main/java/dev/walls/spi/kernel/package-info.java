/**
 * The evaluation kernel SPI: what the walls know about one system training one workload is staged once into a
 * flat {@link dev.walls.spi.kernel.CostTable}; an {@link dev.walls.spi.kernel.EvaluationKernel} then evaluates
 * layouts against it with plain arithmetic, writing a fixed set of numbers ({@link dev.walls.spi.kernel.KernelOutput})
 * into a caller-owned {@code double[]}, so that a search can sweep millions of layouts without allocating. A search
 * hands a kernel whole {@link dev.walls.spi.kernel.LayoutGrid}s (a product of slot values) and reads back
 * {@link dev.walls.spi.kernel.LayoutScores}, so that a kernel can derive what a grid's layouts share once.
 * {@link dev.walls.spi.kernel.Collectives} prices collectives on the table's network levels for every kernel alike.
 */
package dev.walls.spi.kernel;
