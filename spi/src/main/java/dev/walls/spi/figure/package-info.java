/** Figures: numbers with their source, confidence and uncertainty range. */
package dev.walls.spi.figure;
