package dev.walls.spi.system;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import java.util.List;
import java.util.Objects;

/**
 * A whole system: accelerators, the hierarchy they are packaged in, the fabrics that join them and the
 * software that runs on them, at a given size.
 *
 * @param id           stable id used on the command line, e.g. {@code "gb200-nvl72"}; lower-case letters,
 *                     digits and dashes
 * @param name         human name, e.g. {@code "NVIDIA GB200 NVL72"}
 * @param description  one or two sentences on what it is
 * @param accelerator  the accelerator every rank runs on
 * @param levels       the hierarchy above the accelerator, innermost first; each level's unit size is a
 *                     multiple of the one before and divides the largest size {@code scaling} allows; only the last
 *                     may be open-ended ({@code 0}); the outermost with a fabric joins every accelerator the system
 *                     scales to
 * @param accelerators how many accelerators this instance has; allowed by {@code scaling}
 * @param scaling      how it can be resized
 * @param software     the training stack
 * @param provenance   where the composition of the system comes from
 */
public record SystemSpec(String id, String name, String description, AcceleratorSpec accelerator,
                         List<Level> levels, int accelerators, Scaling scaling, SoftwareStack software,
                         Provenance provenance) {

    public SystemSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(accelerator, "accelerator");
        Objects.requireNonNull(scaling, "scaling");
        Objects.requireNonNull(software, "software");
        Objects.requireNonNull(provenance, "provenance");
        if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
            throw new IllegalArgumentException("system id '" + id + "' must be lower-case letters, digits, dots and dashes");
        }
        levels = List.copyOf(Objects.requireNonNull(levels, "levels"));
        int previous = 1;
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            if (level.isOpenEnded()) {
                if (i != levels.size() - 1) {
                    throw new IllegalArgumentException("level '" + level.name() + "' is open-ended but not the outermost");
                }
                continue;
            }
            if (level.acceleratorsPerUnit() % previous != 0) {
                throw new IllegalArgumentException("level '" + level.name() + "' holds " + level.acceleratorsPerUnit()
                        + " accelerators, not a multiple of the level below (" + previous + ")");
            }
            // Smaller sizes may use part of a unit (a search's best may), but the system as built is whole units.
            if (scaling.maxAccelerators() % level.acceleratorsPerUnit() != 0
                    && scaling.maxAccelerators() > level.acceleratorsPerUnit()) {
                throw new IllegalArgumentException("level '" + level.name() + "' holds " + level.acceleratorsPerUnit()
                        + " accelerators, but the largest system (" + scaling.maxAccelerators()
                        + ") is not a whole number of them");
            }
            previous = level.acceleratorsPerUnit();
        }
        String why = scaling.reject(accelerators);
        if (why != null) {
            throw new IllegalArgumentException("system '" + id + "': accelerators " + why);
        }
        Level joining = null;
        for (Level level : levels) {
            if (level.fabric().isPresent()) {
                joining = level;
            }
        }
        // Without this the outermost fabric would silently carry traffic between units it does not join.
        if (scaling.maxAccelerators() > 1 && (joining == null
                || !joining.isOpenEnded() && joining.acceleratorsPerUnit() < scaling.maxAccelerators())) {
            Level outermost = levels.get(levels.size() - 1);
            if (outermost.fabric().isEmpty() && (outermost.isOpenEnded()
                    || outermost.acceleratorsPerUnit() >= scaling.maxAccelerators())) {
                // the level that would join them is there; only its fabric is missing
                throw new IllegalArgumentException("levels: level '" + outermost.name() + "' (the outermost) has no"
                        + " fabric, so nothing joins the units inside it of system '" + id + "'; give it the fabric"
                        + " that joins them");
            }
            throw new IllegalArgumentException("levels: " + (joining == null ? "no level has a fabric"
                    : "the outermost fabric (level '" + joining.name() + "') joins " + joining.acceleratorsPerUnit()
                    + " accelerators") + ", but system '" + id + "' scales to " + scaling.maxAccelerators()
                    + "; add an outermost level with accelerators: 0 (the whole system) and the fabric that joins "
                    + "its units");
        }
    }

    /** Returns the same system resized, or throws {@link IllegalArgumentException} saying which sizes are allowed. */
    public SystemSpec withAccelerators(int count) {
        if (count == accelerators) {
            return this;
        }
        String why = scaling.reject(count);
        if (why != null) {
            throw new IllegalArgumentException("system '" + id + "': its size " + why);
        }
        return new SystemSpec(id, name, description, accelerator, levels, count, scaling, software, provenance);
    }

    /** Returns the accelerators in one unit of a level, the open-ended level counting the whole system. */
    public int acceleratorsPerUnit(Level level) {
        return level.isOpenEnded() ? accelerators : Math.min(level.acceleratorsPerUnit(), accelerators);
    }

    /**
     * Returns the power of every unit of a level beyond their accelerators: per unit × units, or for the open-ended
     * level per accelerator × accelerators.
     */
    public Figure levelPowerWatts(Level level) {
        return level.powerWattsPerUnit().times(level.isOpenEnded() ? accelerators : units(level));
    }

    /**
     * Returns the capital cost of every unit of a level beyond their accelerators: per unit × units, or for the
     * open-ended level per accelerator × accelerators.
     */
    public Figure levelCostUsd(Level level) {
        return level.costUsdPerUnit().times(level.isOpenEnded() ? accelerators : units(level));
    }

    /** Returns how many units of a level this system has (rounded up when the system is smaller than one unit). */
    public int units(Level level) {
        int per = acceleratorsPerUnit(level);
        return (accelerators + per - 1) / per;
    }

    /**
     * Returns the index of the level whose fabric carries level {@code level}: its own, else the next outer one's (the
     * units of a level without a fabric have no links between them but the next fabric out: a rack written for its
     * power envelope, a GB200 compute tray inside its NVL72 rack), else the nearest inner one's; -1 when no level has
     * a fabric.
     */
    public int fabricLevel(int level) {
        for (int j = level; j < levels.size(); j++) {
            if (levels.get(j).fabric().isPresent()) {
                return j;
            }
        }
        for (int j = level - 1; j >= 0; j--) {
            if (levels.get(j).fabric().isPresent()) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Returns the outermost level of the scale-up domain, or -1 when there is none: the levels, from the innermost
     * out, carried by a scale-up fabric, which is any but a fat tree or rail-optimized leaves and spines (the
     * scale-out networks). A DGX node's NVLink ends at the node; a GB200 compute tray and its NVL72 rack are one
     * domain; one InfiniBand fabric next to the accelerators leaves none. Tensor-parallel overlap
     * ({@link StackFeature#TP_COMM_OVERLAP}) needs its groups inside one unit of it.
     */
    public int scaleUpLevel() {
        int last = -1;
        for (int i = 0; i < levels.size(); i++) {
            int carrier = fabricLevel(i);
            if (carrier < 0 || scaleOut(levels.get(carrier).fabric().orElseThrow().topology())) {
                break;
            }
            last = i;
        }
        return last;
    }

    private static boolean scaleOut(Topology topology) {
        return topology == Topology.FAT_TREE || topology == Topology.RAIL_OPTIMIZED;
    }
}
