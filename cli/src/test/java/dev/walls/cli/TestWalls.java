package dev.walls.cli;

import dev.walls.core.Walls;

/**
 * Walls as the tests build them. Guice must not generate bytecode on the module path: surefire's {@code argLine}
 * says so, and this says it again for a test run from an IDE.
 */
final class TestWalls {

    private TestWalls() {
    }

    /** Turns Guice's bytecode generation off, before anything is wired. */
    static void withoutBytecodeGeneration() {
        System.setProperty("guice_bytecode_gen_option", "DISABLED");
    }

    /** A fresh instance with the built-in plugins. */
    static Walls create() {
        withoutBytecodeGeneration();
        return Walls.create();
    }
}
