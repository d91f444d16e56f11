/** The plugin entry point and the SPI version. */
package dev.walls.spi;
