package dev.walls.economics;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import java.util.Objects;

/**
 * What running a system costs beyond buying it: power at a PUE and a price, how hard training draws, how long the
 * hardware and the building are written off over, and the building by the watt.
 *
 * @param pue                   facility power over IT power
 * @param electricityUsdPerKwh  price of energy, in US dollars per kWh
 * @param averagePowerFraction  average power during training over the IT power rating
 * @param lifetimeYears         straight-line depreciation of the hardware, in years
 * @param facilityUsdPerWatt    data-center shell, power and cooling per watt of IT power, in US dollars
 * @param facilityLifetimeYears depreciation of the facility, in years
 */
public record OperatingAssumptions(Figure pue, Figure electricityUsdPerKwh, Figure averagePowerFraction,
                                   Figure lifetimeYears, Figure facilityUsdPerWatt, Figure facilityLifetimeYears) {

    public OperatingAssumptions {
        Objects.requireNonNull(pue, "pue").requireAtLeastOne("pue");
        Objects.requireNonNull(electricityUsdPerKwh, "electricityUsdPerKwh").requireNonNegative("electricityUsdPerKwh");
        Objects.requireNonNull(averagePowerFraction, "averagePowerFraction").requireFraction("averagePowerFraction");
        Objects.requireNonNull(lifetimeYears, "lifetimeYears").requirePositive("lifetimeYears");
        Objects.requireNonNull(facilityUsdPerWatt, "facilityUsdPerWatt").requireNonNegative("facilityUsdPerWatt");
        Objects.requireNonNull(facilityLifetimeYears, "facilityLifetimeYears").requirePositive("facilityLifetimeYears");
    }

    /** Defaults of hardware-facts D.5 and B.2. */
    public static OperatingAssumptions defaults() {
        return new OperatingAssumptions(
                Figure.range(1.09, 1.25, 1.6, Provenance.estimate("hardware-facts D.5 / E16 (Epoch: 1.25 non-hyperscalers,"
                        + " 1.10 hyperscalers)").withNote("low: Meta 1.09 (2022); high: colocation 1.5-1.6")),
                Figure.range(0.0771, 0.0826, 0.0832, Provenance.estimate("hardware-facts D.5 / E16 (US industrial,"
                        + " EIA-based: 0.0826 in 2025)").withNote("range: 2022-2025 values")),
                Figure.range(0.75, 0.75, 1.0, Provenance.estimate("hardware-facts D.5 / E16 (average power 0.75 of"
                        + " server TDP during training, GPUs)").withNote("high end: drawing full rated power")),
                Figure.range(4, 5, 6, Provenance.estimate("hardware-facts D.5 / E19 (economic useful life 5 y, 4-6)")),
                Figure.range(9.2, 15.0, 20.8, Provenance.derived("hardware-facts B.2 / N21 (Bernstein)")
                        .withNote("low: $35 B per GW all-in less $3.4 M of compute per 132 kW rack ($25.8/W);"
                                + " high: ($5.9 M − $3.4 M) per 120 kW NVL72 rack; nominal the midpoint")),
                Figure.range(10, 15, 20, Provenance.estimate("walls estimate: data-center shell and plant")
                        .withNote("not in hardware-facts.md")));
    }

    /** Returns the hardware's life in hours. */
    public double lifetimeHours() {
        return lifetimeYears.nominal() * 365.25 * 24;
    }

    /** Returns the facility's life in hours. */
    public double facilityLifetimeHours() {
        return facilityLifetimeYears.nominal() * 365.25 * 24;
    }

    public OperatingAssumptions withElectricityUsdPerKwh(Figure usdPerKwh) {
        return new OperatingAssumptions(pue, usdPerKwh, averagePowerFraction, lifetimeYears, facilityUsdPerWatt,
                facilityLifetimeYears);
    }

    public OperatingAssumptions withPue(Figure newPue) {
        return new OperatingAssumptions(newPue, electricityUsdPerKwh, averagePowerFraction, lifetimeYears,
                facilityUsdPerWatt, facilityLifetimeYears);
    }
}
