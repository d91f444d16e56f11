/**
 * Scaling curves: each system searched for its best layout at each of several sizes, optionally across the values of
 * one wall assumption, each point reported as a comparison row is, or marked missing with the reason.
 */
package dev.walls.core.sweep;
