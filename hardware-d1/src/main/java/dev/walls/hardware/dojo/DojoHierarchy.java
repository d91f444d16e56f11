package dev.walls.hardware.dojo;

import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.Level;
import java.util.List;

/** The Dojo V1 hierarchy shared by every Dojo system: tile, system tray, cabinet, ExaPOD. */
final class DojoHierarchy {

    /** Tesla's AI Day 2022 build-out plan: 7 ExaPODs in Palo Alto (hardware-facts A.4 / D10, D17). */
    static final int PLANNED_EXAPODS = 7;

    private DojoHierarchy() {
    }

    static List<Level> levels() {
        return List.of(TrainingTile.level(), SystemTray.level(), Cabinet.level(), ExaPod.level());
    }

    static Provenance provenance() {
        return Provenance.vendor("hardware-facts A.2-A.4 / D2, D4, D5, D6, D10, D11: 25 D1 per tile, 6 tiles per "
                + "tray, 2 trays per cabinet, 10 cabinets per ExaPOD (120 tiles, 3,000 D1)");
    }
}
