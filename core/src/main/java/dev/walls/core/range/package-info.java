/** Uncertain inputs: the figures of a system and of the walls' assumptions that carry a range, moved to their ends. */
package dev.walls.core.range;
