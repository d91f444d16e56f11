/**
 * The economics wall ({@link dev.walls.economics.EconomicsWall}, id {@code standard-economics}) and the sourced
 * assumptions it runs on ({@link dev.walls.economics.EconomicsAssumptions} and its parts), exported so that a host can
 * construct the wall with overrides.
 */
package dev.walls.economics;
