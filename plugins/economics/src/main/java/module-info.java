/**
 * The economics wall: cost per good die and package, system capital cost, NRE, energy, depreciation, cost per run and break-even volume.
 *
 * @provides dev.walls.spi.WallsPlugin the {@code EconomicsPlugin} plugin
 */
module dev.walls.economics {
    requires dev.walls.spi;

    provides dev.walls.spi.WallsPlugin with dev.walls.economics.EconomicsPlugin;
}
