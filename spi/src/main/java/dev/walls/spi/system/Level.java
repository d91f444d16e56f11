package dev.walls.spi.system;

import dev.walls.spi.figure.Figure;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One level of a system's hierarchy above the accelerator: a node, a tile, a rack, a cluster.
 *
 * @param name                a short name, e.g. {@code "node"}, {@code "tile"}, {@code "rack"}; never blank. A label
 *                            only: what the walls treat specially is said by {@code kind}
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
 * @param kind                what the level is, where the walls care: a {@link LevelKind#RACK rack} is held to the
 *                            packaging wall's rack power envelope, a {@link LevelKind#TILE tile} is one wafer-scale
 *                            package; {@link LevelKind#OTHER} for anything else. An open-ended level is neither
 * @param powerLimitWatts     the most one unit may draw, accelerators and every level inside it included, in watts;
 *                            positive. The packaging wall holds the unit to it (a rack to it rather than to its own
 *                            rack envelope). Empty when the spec states none. An open-ended level has no unit to limit
 */
public record Level(String name, int acceleratorsPerUnit, Optional<FabricSpec> fabric, List<MemoryTier> memory,
                    Figure powerWattsPerUnit, Figure costUsdPerUnit, LevelKind kind, Optional<Figure> powerLimitWatts) {

    /**
     * A level as the SPI before 1.8 built it, which had no kind: the walls then read a rack or a tile from the name
     * ({@link LevelKind#fromLegacyName}: "NVL72 rack" is a rack, "training tile" a tile), and this constructor keeps
     * doing so, so that a plugin built against that SPI is judged as it was. Code written for 1.8 or later states
     * {@code kind} with the canonical constructor, and a spec file states it with {@code kind:}, never by its name.
     */
    public Level(String name, int acceleratorsPerUnit, Optional<FabricSpec> fabric, List<MemoryTier> memory,
                 Figure powerWattsPerUnit, Figure costUsdPerUnit) {
        this(name, acceleratorsPerUnit, fabric, memory, powerWattsPerUnit, costUsdPerUnit,
                acceleratorsPerUnit == 0 ? LevelKind.OTHER : LevelKind.fromLegacyName(Objects.requireNonNull(name, "name")),
                Optional.empty());
    }

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
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(powerLimitWatts, "powerLimitWatts");
        if (acceleratorsPerUnit == 0 && kind != LevelKind.OTHER) {
            throw new IllegalArgumentException("level '" + name + "': the open-ended level (accelerators: 0) grows with "
                    + "the system and cannot be a " + kind.id());
        }
        if (powerLimitWatts.isPresent()) {
            powerLimitWatts.get().requirePositive("powerLimitWatts");
            if (acceleratorsPerUnit == 0) {
                throw new IllegalArgumentException("level '" + name + "': the open-ended level (accelerators: 0) has "
                        + "no unit for a power limit to apply to");
            }
        }
    }

    /** Returns true for the outermost level whose size grows with the system. */
    public boolean isOpenEnded() {
        return acceleratorsPerUnit == 0;
    }

    /** Returns true when the packaging wall holds one unit of this level to a power envelope: a rack, or a limit. */
    public boolean hasPowerEnvelope() {
        return kind == LevelKind.RACK || powerLimitWatts.isPresent();
    }
}
