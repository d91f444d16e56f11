/**
 * The standard models of the five walls for transformer training.
 *
 * @provides dev.walls.spi.WallsPlugin the {@code StandardWallsPlugin} plugin
 */
module dev.walls.standard {
    requires dev.walls.spi;

    provides dev.walls.spi.WallsPlugin with dev.walls.standard.StandardWallsPlugin;
}
