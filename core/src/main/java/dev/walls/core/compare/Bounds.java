package dev.walls.core.compare;

/**
 * The low and high ends of a result when the inputs move across their ranges.
 *
 * @param low  the smallest value
 * @param high the largest value
 */
public record Bounds(double low, double high) {

    static Bounds of(double a, double b, double nominal) {
        return new Bounds(Math.min(nominal, Math.min(a, b)), Math.max(nominal, Math.max(a, b)));
    }
}
