package dev.walls.hardware.dojo;

import dev.walls.spi.system.Scaling;
import dev.walls.spi.system.SystemSpec;

/** System {@code dojo-tile}: one training tile (25 D1), resizable in whole tiles up to an ExaPOD. */
public final class DojoTileSystem {

    /** The system id. */
    public static final String ID = "dojo-tile";

    private DojoTileSystem() {
    }

    /** Returns the system at its default size, one tile. */
    public static SystemSpec spec() {
        return new SystemSpec(ID, "Tesla Dojo training tile",
                "One InFO_SoW training tile of 25 D1 dies (9 PFLOPS BF16, 11 GB SRAM, 15 kW); the DIP HBM of a "
                        + "system tray is its only large memory. Resizable in tiles up to one ExaPOD.",
                D1Die.accelerator(), DojoHierarchy.levels(), TrainingTile.D1_PER_TILE,
                new Scaling(TrainingTile.D1_PER_TILE, TrainingTile.D1_PER_TILE, ExaPod.D1_PER_EXAPOD),
                DojoSoftware.stack(), DojoHierarchy.provenance());
    }
}
