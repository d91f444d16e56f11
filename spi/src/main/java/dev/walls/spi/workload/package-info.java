/** Training workloads: transformer shapes and the recipe they train with. */
package dev.walls.spi.workload;
