package dev.walls.packaging;

import dev.walls.spi.system.Level;
import dev.walls.spi.system.SystemSpec;
import java.util.List;

/**
 * Electrical power of one unit of a level: its accelerators at board power plus every unit of the levels inside it
 * (and itself) at their own power (switches, CPUs, VRMs, fans).
 */
public final class LevelPower {

    private LevelPower() {
    }

    /**
     * Returns the nominal power of one unit of {@code levels().get(index)}, in watts; the open-ended level counts the
     * whole system.
     */
    public static double unitWatts(SystemSpec system, int index) {
        List<Level> levels = system.levels();
        Level outer = levels.get(index);
        double accelerators = system.acceleratorsPerUnit(outer);
        double watts = accelerators * system.accelerator().powerWatts().nominal();
        for (int j = 0; j <= index; j++) {
            Level inner = levels.get(j);
            double innerUnits = Math.ceil(accelerators / system.acceleratorsPerUnit(inner));
            // An open-ended level's figure is per accelerator, not per unit.
            watts += (inner.isOpenEnded() ? accelerators : innerUnits) * inner.powerWattsPerUnit().nominal();
        }
        return watts;
    }

    /** Returns the nominal power of the whole system, in watts. */
    public static double systemWatts(SystemSpec system) {
        double watts = system.accelerators() * system.accelerator().powerWatts().nominal();
        for (Level level : system.levels()) {
            watts += system.levelPowerWatts(level).nominal();
        }
        return watts;
    }
}
