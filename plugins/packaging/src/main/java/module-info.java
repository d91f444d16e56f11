/**
 * The packaging wall: dies per wafer, yield, known-good-die assembly, reticle and interposer limits, power density, units of repair and goodput.
 *
 * @provides dev.walls.spi.WallsPlugin the {@code PackagingPlugin} plugin
 */
module dev.walls.packaging {
    requires dev.walls.spi;

    provides dev.walls.spi.WallsPlugin with dev.walls.packaging.PackagingPlugin;
}
