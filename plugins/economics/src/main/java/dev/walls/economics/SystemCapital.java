package dev.walls.economics;

import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.SystemSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a system costs to own, independent of the job it runs: capital (accelerators with their share of NRE,
 * levels, facility) and the cost of an hour (depreciation plus energy). The economics wall prices runs with it,
 * and stages its hourly cost so that a search can rank layouts by money.
 *
 * @param unitCostUsd           price (or bottom-up cost) of one accelerator, without NRE
 * @param program               the custom-silicon program whose NRE the accelerators carry, if any
 * @param nreUsdPerAccelerator  NRE amortized over the program's volume, per accelerator
 * @param acceleratorCapexUsd   accelerators, NRE share included
 * @param levelsCapexUsd        boards, switches, racks, network (or Epoch's overheads when the spec has none)
 * @param hardwareCapexUsd      accelerators plus levels
 * @param facilityCapexUsd      data-center build-out by the watt
 * @param capexUsd              hardware plus facility
 * @param itPowerWatts          IT power at full rating
 * @param depreciationUsdPerHour hardware over its lifetime plus facility over its lifetime
 * @param energyUsdPerHour      average power at the PUE and the price of a kWh
 * @param tcoUsdPerHour         depreciation plus energy
 * @param notes                 where a default stood in for a missing spec figure
 */
public record SystemCapital(double unitCostUsd, Optional<CustomProgram> program, double nreUsdPerAccelerator,
                            double acceleratorCapexUsd, double levelsCapexUsd, double hardwareCapexUsd,
                            double facilityCapexUsd, double capexUsd, double itPowerWatts, double depreciationUsdPerHour,
                            double energyUsdPerHour, double tcoUsdPerHour, List<String> notes) {

    public SystemCapital {
        notes = List.copyOf(notes);
    }

    /** Prices a system under the assumptions; {@code made} is its bottom-up manufacturing cost, when known. */
    public static SystemCapital of(SystemSpec system, EconomicsAssumptions assumptions, Optional<ManufacturingCost> made) {
        AcceleratorSpec accelerator = system.accelerator();
        OperatingAssumptions op = assumptions.operating();
        List<String> notes = new ArrayList<>();
        int n = system.accelerators();
        double price = accelerator.costUsd().nominal();
        Optional<CustomProgram> program = assumptions.programFor(accelerator);
        double unit;
        if (price > 0) {
            unit = price;
        } else if (made.isPresent()) {
            unit = made.get().unitCostUsd();
            notes.add("no price in the spec: bottom-up manufacturing cost used");
        } else {
            unit = 0;
            notes.add("no price and no silicon in the spec: accelerators counted at $0");
        }
        double nrePerAccelerator = program.map(CustomProgram::nreUsdPerAccelerator).orElse(0.0);
        double levelsCapex = 0;
        double levelWatts = 0;
        for (Level level : system.levels()) {
            levelsCapex += system.levelCostUsd(level).nominal();
            levelWatts += system.levelPowerWatts(level).nominal();
        }
        double acceleratorCapex = n * (unit + nrePerAccelerator);
        double hardwareCapex;
        if (levelsCapex > 0) {
            hardwareCapex = acceleratorCapex + levelsCapex;
        } else {
            hardwareCapex = n * unit * assumptions.overheads().clusterCostPerAcceleratorDollar() + n * nrePerAccelerator;
            levelsCapex = hardwareCapex - acceleratorCapex;
            notes.add("levels carry no cost: Epoch's server and network overheads applied");
        }
        double acceleratorWatts = n * accelerator.powerWatts().nominal();
        double itWatts;
        if (levelWatts > 0) {
            itWatts = acceleratorWatts + levelWatts;
        } else {
            itWatts = acceleratorWatts * assumptions.overheads().serverPowerMultiplier().nominal();
            notes.add("levels carry no power: Epoch's chip-to-server multiplier applied");
        }
        double facilityCapex = itWatts * op.facilityUsdPerWatt().nominal();
        double energyUsdPerHour = itWatts * op.averagePowerFraction().nominal() * op.pue().nominal() / 1000
                * op.electricityUsdPerKwh().nominal();
        double depreciationUsdPerHour = hardwareCapex / op.lifetimeHours() + facilityCapex / op.facilityLifetimeHours();
        return new SystemCapital(unit, program, nrePerAccelerator, acceleratorCapex, levelsCapex, hardwareCapex,
                facilityCapex, hardwareCapex + facilityCapex, itWatts, depreciationUsdPerHour, energyUsdPerHour,
                depreciationUsdPerHour + energyUsdPerHour, notes);
    }
}
