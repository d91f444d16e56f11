/** The five walls and their verdicts. */
package dev.walls.spi.wall;
