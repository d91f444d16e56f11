package dev.walls.core.compare;

import java.util.Locale;

/** How systems are sized against each other before they are compared. */
public enum Normalization {
    /** Each system at the size given (or its default size). */
    NONE,
    /** Each system as large as the same capital budget buys. */
    BUDGET,
    /** Each system as large as the same power allows. */
    POWER,
    /** Each system as large as the same dense 16-bit peak. */
    PEAK;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Normalization parse(String text) {
        for (Normalization n : values()) {
            if (n.id().equalsIgnoreCase(text.trim())) {
                return n;
            }
        }
        throw new IllegalArgumentException("expected none, budget, power or peak, got '" + text + "'");
    }

    @Override
    public String toString() {
        return id();
    }
}
