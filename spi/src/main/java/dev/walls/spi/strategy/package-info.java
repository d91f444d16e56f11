/** Layouts of a training job: parallel degrees, recomputation, optimizer sharding, precision. */
package dev.walls.spi.strategy;
