/**
 * The contracts between the walls core and its plugins: spec records with provenance, the wall models, the
 * results. Depends on nothing but the JDK, so that a plugin needs nothing else to compile.
 */
module dev.walls.spi {
    exports dev.walls.spi;
    exports dev.walls.spi.figure;
    exports dev.walls.spi.system;
    exports dev.walls.spi.workload;
    exports dev.walls.spi.strategy;
    exports dev.walls.spi.wall;
    exports dev.walls.spi.model;
    exports dev.walls.spi.result;
    exports dev.walls.spi.silicon;
    exports dev.walls.spi.kernel;
}
