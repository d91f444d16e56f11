package dev.walls.spi.system;

import dev.walls.spi.figure.Figure;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One level of a system's hierarchy above the accelerator: a node, a tile, a rack, a cluster.
 *
 * @param name                a short name, e.g. {@code "node"}, {@code "tile"}, {@code "rack"}; never blank
 * @param acceleratorsPerUnit accelerators in one unit of this level; {@code 0} for the outermost level
 *                            when it grows with the system (a cluster of nodes)
 * @param fabric              the network joining the members of one unit, if this level has its own
 * @param memory              memory attached to one unit and shared by its accelerators (a Grace CPU's
 *                            LPDDR5X, Dojo Interface Processors' HBM); empty when none
 * @param powerWattsPerUnit   power of one unit beyond its accelerators (switches, CPUs, VRMs, fans); not
 *                            negative. For the open-ended level, per accelerator of the system: a scale-out
 *                            network grows with what it joins
 * @param costUsdPerUnit      capital cost of one unit beyond its accelerators (chassis, switches, cables);
 *                            not negative. For the open-ended level, per accelerator of the system
 */
public record Level(String name, int acceleratorsPerUnit, Optional<FabricSpec> fabric, List<MemoryTier> memory,
                    Figure powerWattsPerUnit, Figure costUsdPerUnit) {

    public Level {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fabric, "fabric");
        memory = List.copyOf(Objects.requireNonNull(memory, "memory"));
        if (name.isBlank()) {
            throw new IllegalArgumentException("level name must not be blank");
        }
        if (acceleratorsPerUnit < 0) {
            throw new IllegalArgumentException("level '" + name + "': acceleratorsPerUnit must not be negative, got "
                    + acceleratorsPerUnit);
        }
        Objects.requireNonNull(powerWattsPerUnit, "powerWattsPerUnit").requireNonNegative("powerWattsPerUnit");
        Objects.requireNonNull(costUsdPerUnit, "costUsdPerUnit").requireNonNegative("costUsdPerUnit");
    }

    /** Returns true for the outermost level whose size grows with the system. */
    public boolean isOpenEnded() {
        return acceleratorsPerUnit == 0;
    }
}
