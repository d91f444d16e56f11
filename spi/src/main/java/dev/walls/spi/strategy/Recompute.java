package dev.walls.spi.strategy;

import java.util.Locale;

/** Activation recomputation in the backward pass (Korthikanti et al. 2022). */
public enum Recompute {
    /** Keep every activation. */
    NONE,
    /** Recompute only the attention core. */
    SELECTIVE,
    /** Keep only each layer's input and re-run the whole forward. */
    FULL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Recompute parse(String text) {
        for (Recompute r : values()) {
            if (r.id().equalsIgnoreCase(text.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown recompute '" + text + "'; expected one of: none, selective, full");
    }

    @Override
    public String toString() {
        return id();
    }
}
