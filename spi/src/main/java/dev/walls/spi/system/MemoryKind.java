package dev.walls.spi.system;

import java.util.Locale;

/** The technology of a memory tier, from the fastest and smallest to the largest and slowest. */
public enum MemoryKind {
    SRAM, HBM, DRAM;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MemoryKind parse(String text) {
        for (MemoryKind k : values()) {
            if (k.id().equalsIgnoreCase(text.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown memory kind '" + text + "'; expected one of: sram, hbm, dram");
    }

    @Override
    public String toString() {
        return id();
    }
}
