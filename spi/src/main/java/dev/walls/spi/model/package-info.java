/** Wall models: what a plugin implements to judge a layout on one wall. */
package dev.walls.spi.model;
