package dev.walls.economics;

import dev.walls.spi.figure.Figure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every default the economics wall uses, each a sourced {@link Figure}; replace any part to override it.
 *
 * @param silicon     wafer prices, defect densities, clustering
 * @param packaging   package, memory and assembly costs and yields
 * @param operating   PUE, energy price, utilization, lifetimes, facility cost
 * @param overheads   chip-to-cluster ratios for specs whose levels carry no cost or power
 * @param programs    custom accelerators whose NRE the buyer pays
 * @param defaultPath the merchant alternative custom systems are priced against
 */
public record EconomicsAssumptions(SiliconCostAssumptions silicon, PackagingCostAssumptions packaging,
                                   OperatingAssumptions operating, ServerOverheads overheads,
                                   List<CustomProgram> programs, DefaultPath defaultPath) {

    public EconomicsAssumptions {
        Objects.requireNonNull(silicon, "silicon");
        Objects.requireNonNull(packaging, "packaging");
        Objects.requireNonNull(operating, "operating");
        Objects.requireNonNull(overheads, "overheads");
        programs = List.copyOf(Objects.requireNonNull(programs, "programs"));
        Objects.requireNonNull(defaultPath, "defaultPath");
    }

    /** The sourced defaults (hardware-facts.md sections D, A, B, C). */
    public static EconomicsAssumptions defaults() {
        return new EconomicsAssumptions(SiliconCostAssumptions.defaults(), PackagingCostAssumptions.defaults(),
                OperatingAssumptions.defaults(), ServerOverheads.defaults(), CustomProgram.defaults(),
                DefaultPath.defaults());
    }

    /** Returns the first program that designed the named accelerator, if any. */
    public Optional<CustomProgram> programFor(String acceleratorName) {
        return programs.stream().filter(p -> p.matches(acceleratorName)).findFirst();
    }

    public EconomicsAssumptions withSilicon(SiliconCostAssumptions s) {
        return new EconomicsAssumptions(s, packaging, operating, overheads, programs, defaultPath);
    }

    public EconomicsAssumptions withPackaging(PackagingCostAssumptions p) {
        return new EconomicsAssumptions(silicon, p, operating, overheads, programs, defaultPath);
    }

    public EconomicsAssumptions withOperating(OperatingAssumptions o) {
        return new EconomicsAssumptions(silicon, packaging, o, overheads, programs, defaultPath);
    }

    public EconomicsAssumptions withOverheads(ServerOverheads o) {
        return new EconomicsAssumptions(silicon, packaging, operating, o, programs, defaultPath);
    }

    public EconomicsAssumptions withPrograms(List<CustomProgram> p) {
        return new EconomicsAssumptions(silicon, packaging, operating, overheads, p, defaultPath);
    }

    public EconomicsAssumptions withDefaultPath(DefaultPath d) {
        return new EconomicsAssumptions(silicon, packaging, operating, overheads, programs, d);
    }

    /** Returns every figure under a dotted key, in a stable order, for reports that show their inputs. */
    public Map<String, Figure> figures() {
        Map<String, Figure> m = new LinkedHashMap<>();
        m.put("silicon.waferDiameterMm", silicon.waferDiameterMm());
        silicon.waferPriceUsd().byNode().forEach((k, f) -> m.put("silicon.waferPriceUsd." + k, f));
        m.put("silicon.waferPriceUsd.other", silicon.waferPriceUsd().fallback());
        silicon.defectsPerCm2().byNode().forEach((k, f) -> m.put("silicon.defectsPerCm2." + k, f));
        m.put("silicon.defectsPerCm2.other", silicon.defectsPerCm2().fallback());
        m.put("silicon.clusteringAlpha", silicon.clusteringAlpha());
        PackagingCostAssumptions p = packaging;
        m.put("packaging.cowosSPackageUsd", p.cowosSPackageUsd());
        m.put("packaging.cowosLPackageUsd", p.cowosLPackageUsd());
        m.put("packaging.waferScaleCarrierUsd", p.waferScaleCarrierUsd());
        m.put("packaging.flipChipPackageUsd", p.flipChipPackageUsd());
        m.put("packaging.ioDieUsd", p.ioDieUsd());
        m.put("packaging.hbmUsdPerGb", p.hbmUsdPerGb());
        m.put("packaging.dramUsdPerGb", p.dramUsdPerGb());
        m.put("packaging.attachYieldPerComponent", p.attachYieldPerComponent());
        m.put("packaging.interposerYield", p.interposerYield());
        m.put("packaging.waferScaleCarrierYield", p.waferScaleCarrierYield());
        m.put("packaging.waferScaleIoDiesPerTile", p.waferScaleIoDiesPerTile());
        m.put("packaging.waferScaleDiesPerTile", p.waferScaleDiesPerTile());
        m.put("packaging.auxiliaryCostFraction", p.auxiliaryCostFraction());
        m.put("operating.pue", operating.pue());
        m.put("operating.electricityUsdPerKwh", operating.electricityUsdPerKwh());
        m.put("operating.averagePowerFraction", operating.averagePowerFraction());
        m.put("operating.lifetimeYears", operating.lifetimeYears());
        m.put("operating.facilityUsdPerWatt", operating.facilityUsdPerWatt());
        m.put("operating.facilityLifetimeYears", operating.facilityLifetimeYears());
        m.put("overheads.serverCostOverhead", overheads.serverCostOverhead());
        m.put("overheads.clusterInterconnectShare", overheads.clusterInterconnectShare());
        m.put("overheads.serverPowerMultiplier", overheads.serverPowerMultiplier());
        for (CustomProgram c : programs) {
            m.put("programs." + c.name() + ".nreUsd", c.nreUsd());
            m.put("programs." + c.name() + ".volumeAccelerators", c.volumeAccelerators());
        }
        defaultPath.peakFlopsPerSecond().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> m.put("defaultPath.peakFlopsPerSecond." + e.getKey().id(), e.getValue()));
        m.put("defaultPath.priceUsd", defaultPath.priceUsd());
        m.put("defaultPath.serverCostOverhead", defaultPath.serverCostOverhead());
        m.put("defaultPath.clusterInterconnectShare", defaultPath.clusterInterconnectShare());
        m.put("defaultPath.powerWatts", defaultPath.powerWatts());
        m.put("defaultPath.serverPowerMultiplier", defaultPath.serverPowerMultiplier());
        m.put("defaultPath.medianMfu", defaultPath.medianMfu());
        return m;
    }
}
