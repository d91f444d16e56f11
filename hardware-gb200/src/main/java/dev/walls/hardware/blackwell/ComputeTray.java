package dev.walls.hardware.blackwell;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.LevelKind;
import dev.walls.spi.system.MemoryKind;
import dev.walls.spi.system.MemoryTier;
import java.util.List;
import java.util.Optional;

/**
 * A 1U Grace Blackwell compute tray: two superchips, i.e. 4 GPUs and 2 Grace CPUs. The Graces' LPDDR5X is
 * the tray's shared slower tier; the GPUs reach it over NVLink-C2C. The tray has no GPU-to-GPU fabric of
 * its own: its four GPUs talk through the rack's NVLink switches.
 */
final class ComputeTray {

    /** GPUs per compute tray (hardware-facts B.2 / N8, N9). */
    static final int GPUS = 4;
    /** Grace CPUs per compute tray (hardware-facts B.2 / N8). */
    static final int GRACES = 2;
    /** LPDDR5X per Grace, bytes (hardware-facts B.2 / N10, N15: up to 480 GB). */
    static final double LPDDR_BYTES_PER_GRACE = 480e9;
    /** NVLink-C2C per Grace, bidirectional, bytes per second (hardware-facts B.2 / N8: 900 GB/s). */
    static final double C2C_BYTES_PER_SECOND_BIDIRECTIONAL = 900e9;

    private ComputeTray() {
    }

    static Level level(Figure lpddrBandwidthPerTray, Figure powerBeyondGpus) {
        Figure capacity = Figure.of(GRACES * LPDDR_BYTES_PER_GRACE, Provenance.vendor(
                "hardware-facts B.2 / N10, N15: 2 Grace x up to 480 GB LPDDR5X (~17 TB per rack)"));
        MemoryTier lpddr = new MemoryTier("Grace LPDDR5X (via NVLink-C2C)", MemoryKind.DRAM, capacity,
                lpddrBandwidthPerTray);
        return new Level("compute tray", GPUS, Optional.empty(), List.of(lpddr), powerBeyondGpus,
                Figure.of(0, Provenance.derived("inside the per-GPU slot price (rack price / 72)")),
                        LevelKind.OTHER, Optional.empty());
    }
}
