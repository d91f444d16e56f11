package dev.walls.core.compare;

/**
 * The low and high ends of a result when the inputs move across their ranges.
 *
 * @param low  the smallest value
 * @param high the largest value
 */
public record Bounds(double low, double high) {
}
