/**
 * Tesla Dojo: the D1 die, the training tile, system tray, cabinet and ExaPOD. Systems {@code dojo-tile} and
 * {@code dojo-exapod}; every figure cites hardware-facts section A (source ids D1..D25) or says it is a walls
 * estimate.
 *
 * @provides dev.walls.spi.WallsPlugin the {@code DojoPlugin} plugin
 */
module dev.walls.hardware.dojo {
    requires dev.walls.spi;

    provides dev.walls.spi.WallsPlugin with dev.walls.hardware.dojo.DojoPlugin;
}
