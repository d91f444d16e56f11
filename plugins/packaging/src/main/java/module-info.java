/**
 * The packaging wall: dies per wafer, yield, known-good-die assembly, reticle and interposer limits, power density,
 * units of repair and goodput.
 *
 * @provides dev.walls.spi.WallsPlugin the {@code PackagingPlugin}, contributing the {@code standard-packaging} model
 */
module dev.walls.packaging {
    // transitive: the exported assumption records and walls speak in SPI types (Figure, SystemSpec)
    requires transitive dev.walls.spi;

    // the wall model and its assumption records, so that a host can construct it with overrides
    exports dev.walls.packaging;

    provides dev.walls.spi.WallsPlugin with dev.walls.packaging.PackagingPlugin;
}
