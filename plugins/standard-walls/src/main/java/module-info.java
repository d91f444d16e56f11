/**
 * The standard memory, interconnect and software wall models for transformer training.
 *
 * @provides dev.walls.spi.WallsPlugin the {@code StandardWallsPlugin} plugin
 */
module dev.walls.standard {
    requires dev.walls.spi;

    // The wall models and their assumption records are public API: callers construct them with overrides.
    exports dev.walls.standard;

    provides dev.walls.spi.WallsPlugin with dev.walls.standard.StandardWallsPlugin;
}
