package dev.walls.spi.system;

import java.util.Locale;

/** How the units of a level are wired together; decides how collectives map onto links. */
public enum Topology {
    /** A non-blocking switch: every member reaches every other at full injection bandwidth (NVLink switch). */
    SWITCHED,
    /** A fat tree of switches, full bisection in the ideal case (InfiniBand, RoCE). */
    FAT_TREE,
    /** Rail-optimized leaf/spine: GPU k of every node shares a rail switch. */
    RAIL_OPTIMIZED,
    /** A two-dimensional mesh of nearest-neighbour links (Dojo dies and tiles). */
    MESH_2D,
    /** A torus (wrap-around mesh) in two or three dimensions (TPU-style). */
    TORUS,
    /** A ring. */
    RING;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Topology parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Topology k : values()) {
            if (k.id().equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown topology '" + text
                + "'; expected one of: switched, fat-tree, rail-optimized, mesh-2d, torus, ring");
    }

    @Override
    public String toString() {
        return id();
    }
}
