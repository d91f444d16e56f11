package dev.walls.spi.figure;

/** A point of a {@link Figure}'s range at which an evaluation is run. */
public enum RangePoint {
    LOW, NOMINAL, HIGH
}
