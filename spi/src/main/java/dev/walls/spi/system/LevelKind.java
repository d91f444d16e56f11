package dev.walls.spi.system;

import java.util.Locale;

/**
 * What a level of a system's hierarchy is, where the walls judge it by that rather than by its size alone. A level's
 * name is a label: the walls never read a kind from it (except for a plugin built before SPI 1.8, see
 * {@link Level}).
 */
public enum LevelKind {
    /** Nothing the walls treat specially: a node, a tray, a board, a pod, a cluster. */
    OTHER,
    /** A rack: the packaging wall holds one unit's power to the rack envelope (its {@code maxRackWatts}). */
    RACK,
    /** A wafer-scale tile: its accelerators (dies) share one package, whose carrier the packaging wall sizes. */
    TILE;

    /** Returns the id a spec file writes: {@code other}, {@code rack}, {@code tile}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a kind as a spec file writes it, case-insensitively. */
    public static LevelKind parse(String text) {
        for (LevelKind k : values()) {
            if (k.id().equalsIgnoreCase(text.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown level kind '" + text + "'; expected one of: rack, tile, other");
    }

    /**
     * The kind a plugin built before SPI 1.8 meant by its level's name, which the walls then read: a name containing
     * "rack" was a rack and one containing "tile" a tile. Only {@link Level}'s constructor of that SPI uses it.
     */
    static LevelKind fromLegacyName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("rack")) {
            return RACK;
        }
        if (n.contains("tile")) {
            return TILE;
        }
        return OTHER;
    }

    @Override
    public String toString() {
        return id();
    }
}
