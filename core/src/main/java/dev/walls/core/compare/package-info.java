/** Systems side by side on one workload: sized alike, each at its best layout, with the wall that binds it. */
package dev.walls.core.compare;
