package dev.walls.hardware.dojo;

import dev.walls.spi.system.Scaling;
import dev.walls.spi.system.SystemSpec;

/**
 * System {@code dojo-exapod}: 3,000 D1 in 120 tiles, 20 trays, 10 cabinets; resizable in tiles, up to the
 * seven ExaPODs Tesla planned.
 */
public final class DojoExaPodSystem {

    /** The system id. */
    public static final String ID = "dojo-exapod";

    private DojoExaPodSystem() {
    }

    /** Returns the system at its default size, one ExaPOD. */
    public static SystemSpec spec() {
        return new SystemSpec(ID, "Tesla Dojo ExaPOD",
                "Tesla's D1-based training system: 3,000 D1 in 120 InFO_SoW tiles, 2D mesh within and across tiles, "
                        + "Ethernet Z-plane through the Dojo Interface Processors, 1.09 EFLOPS BF16, 1.33 TB SRAM, "
                        + "12.8 TB DIP HBM, ~2 MW.",
                D1Die.accelerator(), DojoHierarchy.levels(), ExaPod.D1_PER_EXAPOD,
                new Scaling(TrainingTile.D1_PER_TILE, TrainingTile.D1_PER_TILE,
                        DojoHierarchy.PLANNED_EXAPODS * ExaPod.D1_PER_EXAPOD),
                DojoSoftware.stack(), DojoHierarchy.provenance());
    }
}
