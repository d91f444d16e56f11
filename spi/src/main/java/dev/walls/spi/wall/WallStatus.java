package dev.walls.spi.wall;

/** How hard a wall presses on a system. */
public enum WallStatus {
    /** Not a concern at this layout. */
    OK,
    /** Costs noticeable time or money, but the job runs. */
    STRAINED,
    /** The job cannot run this way (does not fit, not supported, cannot be built). */
    BLOCKED;

    /** Returns the worse of two statuses. */
    public WallStatus worst(WallStatus other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
