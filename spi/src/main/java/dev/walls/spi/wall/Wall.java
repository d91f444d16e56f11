package dev.walls.spi.wall;

import java.util.Locale;

/** The five walls that decide whether a system can train a model in production. */
public enum Wall {
    MEMORY, INTERCONNECT, PACKAGING, SOFTWARE, ECONOMICS;

    /** Returns the lower-case key used in JSON and on the command line, e.g. {@code "memory"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Wall parse(String text) {
        for (Wall w : values()) {
            if (w.id().equalsIgnoreCase(text.trim())) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown wall '" + text + "'; expected one of: memory, interconnect, packaging, software, economics");
    }

    @Override
    public String toString() {
        return id();
    }
}
