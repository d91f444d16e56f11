/** Uncertain inputs: systems pinned to one end of their figures' ranges. */
package dev.walls.core.range;
