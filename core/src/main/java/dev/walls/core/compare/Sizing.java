package dev.walls.core.compare;

import dev.walls.core.error.InputException;
import dev.walls.core.spec.Dimension;
import dev.walls.core.spec.PlausibleRange;
import dev.walls.core.spec.Quantities;
import java.util.Objects;

/**
 * How systems are sized against each other before they are compared, as {@code walls compare} takes it in flags:
 * each as given, like the first ({@code --normalize}), or to a stated budget, power or peak ({@code --budget},
 * {@code --power}, {@code --peak}).
 *
 * @param normalization what is held equal
 * @param target        the budget (USD), power (W) or dense 16-bit peak (FLOP/s) held equal; NaN for the first
 *                      system's (and always NaN as given)
 */
public record Sizing(Normalization normalization, double target) {

    /** Every system at the size given, or its default size. */
    public static final Sizing AS_GIVEN = new Sizing(Normalization.NONE, Double.NaN);

    public Sizing {
        if (normalization == null) {
            throw new NullPointerException("normalization");
        }
        if (!Double.isNaN(target) && (normalization == Normalization.NONE || !(target > 0) || Double.isInfinite(target))) {
            throw new IllegalArgumentException("a target is a positive budget, power or peak, and only for those; got "
                    + target + " for " + normalization);
        }
    }

    /**
     * Sizes every system to the first one's capital (hardware, facility and any design cost, as the economics wall
     * stages it), power or dense 16-bit peak ({@code --normalize}).
     */
    public static Sizing likeTheFirst(Normalization normalization) {
        return normalization == Normalization.NONE ? AS_GIVEN : new Sizing(normalization, Double.NaN);
    }

    /**
     * Sizes every system to what a capital budget buys (hardware, facility and any design cost), e.g. {@code USD 50M}
     * ({@code --budget}).
     */
    public static Sizing budget(String usd) {
        return stated(Normalization.BUDGET, "--budget", usd, Dimension.USD);
    }

    /** Sizes every system to a power, e.g. {@code 2 MW} ({@code --power}). */
    public static Sizing power(String watts) {
        return stated(Normalization.POWER, "--power", watts, Dimension.WATTS);
    }

    /** Sizes every system to a dense 16-bit peak, e.g. {@code 1 EFLOPS} ({@code --peak}). */
    public static Sizing peak(String flopsPerSecond) {
        return stated(Normalization.PEAK, "--peak", flopsPerSecond, Dimension.FLOPS_PER_SECOND);
    }

    private static Sizing stated(Normalization normalization, String flag, String text, Dimension dimension) {
        Objects.requireNonNull(text, flag.substring(2));
        double v;
        try {
            v = Quantities.parse(text, dimension);
        } catch (IllegalArgumentException e) {
            throw new InputException(flag + ": " + e.getMessage());
        }
        if (!(v > 0)) {
            throw new InputException(flag + ": must be positive, got '" + text + "'");
        }
        try {
            return new Sizing(normalization, PlausibleRange.of(dimension).require(v, text));
        } catch (IllegalArgumentException e) {
            throw new InputException(flag + ": " + e.getMessage());
        }
    }
}
