package dev.walls.core;

/** The entry point of the Java API. */
public final class Walls {
    private Walls() {
    }
}
