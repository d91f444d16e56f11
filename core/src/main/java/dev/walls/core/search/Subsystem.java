package dev.walls.core.search;

import dev.walls.spi.system.Scaling;
import dev.walls.spi.system.SystemSpec;

/**
 * Part of a system: a job may use fewer accelerators than a system has, and not only whole nodes or tiles (a
 * 5×5-die tile cannot hold a model whose heads split only by powers of two and three). The levels a partial job
 * touches are still counted whole, since units round up.
 */
public final class Subsystem {

    private Subsystem() {
    }

    /** Returns the system with {@code accelerators} of its accelerators in use; the system itself when that is all. */
    public static SystemSpec of(SystemSpec system, int accelerators) {
        if (accelerators == system.accelerators()) {
            return system;
        }
        if (accelerators < 1 || accelerators > Math.max(system.accelerators(), system.scaling().maxAccelerators())) {
            throw new IllegalArgumentException("cannot use " + accelerators + " accelerators of " + system.id());
        }
        if (system.scaling().reject(accelerators) == null) {
            return system.withAccelerators(accelerators);
        }
        Scaling relaxed = new Scaling(1, 1, Math.max(accelerators, system.scaling().maxAccelerators()));
        return new SystemSpec(system.id(), system.name(), system.description(), system.accelerator(), system.levels(),
                accelerators, relaxed, system.software(), system.provenance());
    }
}
