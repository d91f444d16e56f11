/**
 * The economics wall: cost per good die and package, system capital cost, NRE, energy, depreciation, cost per run and
 * break-even volume.
 *
 * @provides dev.walls.spi.WallsPlugin the {@code EconomicsPlugin}, contributing the {@code standard-economics} model
 */
module dev.walls.economics {
    // transitive: the exported assumption records and walls speak in SPI types (Figure, SystemSpec)
    requires transitive dev.walls.spi;

    // the wall model and its assumption records, so that a host can construct it with overrides
    exports dev.walls.economics;

    provides dev.walls.spi.WallsPlugin with dev.walls.economics.EconomicsPlugin;
}
