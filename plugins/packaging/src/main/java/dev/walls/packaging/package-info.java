/**
 * The packaging wall ({@link dev.walls.packaging.PackagingWall}, id {@code standard-packaging}) and the sourced
 * assumptions it runs on ({@link dev.walls.packaging.PackagingAssumptions} and its parts), exported so that a host can
 * construct the wall with overrides.
 */
package dev.walls.packaging;
