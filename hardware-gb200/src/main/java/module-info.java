/**
 * NVIDIA Blackwell: B200 in GB200 superchips, the NVL72 rack and clusters of racks; GB300 NVL72. Systems
 * {@code gb200-nvl72} and {@code gb300-nvl72}, one rack by default; figures cite hardware-facts section B.
 *
 * @provides dev.walls.spi.WallsPlugin the {@code BlackwellPlugin} plugin
 */
module dev.walls.hardware.blackwell {
    requires dev.walls.spi;

    provides dev.walls.spi.WallsPlugin with dev.walls.hardware.blackwell.BlackwellPlugin;
}
