package dev.walls.cli;

/** Starts the {@code walls} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("walls");
    }
}
