/** The Java API of walls: {@link dev.walls.core.Walls} loads plugins and evaluates systems. */
package dev.walls.core;
