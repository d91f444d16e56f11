package dev.walls.packaging;

import dev.walls.spi.figure.Figure;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Every default the packaging wall uses, each a sourced {@link Figure}; replace any part to override it.
 *
 * @param silicon     wafer, reticle, defect density, clustering
 * @param assembly    interposer and carrier limits, footprints, assembly yields
 * @param cooling     the cooling design power density is judged against
 * @param reliability failure rates, checkpoint and restart costs
 */
public record PackagingAssumptions(SiliconAssumptions silicon, AssemblyAssumptions assembly, CoolingDesign cooling,
                                   ReliabilityAssumptions reliability) {

    public PackagingAssumptions {
        Objects.requireNonNull(silicon, "silicon");
        Objects.requireNonNull(assembly, "assembly");
        Objects.requireNonNull(cooling, "cooling");
        Objects.requireNonNull(reliability, "reliability");
    }

    /** The sourced defaults (hardware-facts.md sections D, A.2, B.2; Meta's Llama 3 failure log). */
    public static PackagingAssumptions defaults() {
        return new PackagingAssumptions(SiliconAssumptions.defaults(), AssemblyAssumptions.defaults(),
                CoolingDesign.defaults(), ReliabilityAssumptions.defaults());
    }

    public PackagingAssumptions withSilicon(SiliconAssumptions s) {
        return new PackagingAssumptions(s, assembly, cooling, reliability);
    }

    public PackagingAssumptions withAssembly(AssemblyAssumptions a) {
        return new PackagingAssumptions(silicon, a, cooling, reliability);
    }

    public PackagingAssumptions withCooling(CoolingDesign c) {
        return new PackagingAssumptions(silicon, assembly, c, reliability);
    }

    public PackagingAssumptions withReliability(ReliabilityAssumptions r) {
        return new PackagingAssumptions(silicon, assembly, cooling, r);
    }

    /** Returns every figure under a dotted key, in a stable order, for reports that show their inputs. */
    public Map<String, Figure> figures() {
        Map<String, Figure> m = new LinkedHashMap<>();
        m.put("silicon.waferDiameterMm", silicon.waferDiameterMm());
        m.put("silicon.reticleLimitMm2", silicon.reticleLimitMm2());
        silicon.defectDensity().byNode().forEach((node, f) -> m.put("silicon.defectsPerCm2." + node, f));
        m.put("silicon.defectsPerCm2.other", silicon.defectDensity().fallback());
        m.put("silicon.clusteringAlpha", silicon.clusteringAlpha());
        m.put("assembly.cowosSInterposerReticles", assembly.cowosSInterposerReticles());
        m.put("assembly.cowosLInterposerReticles", assembly.cowosLInterposerReticles());
        m.put("assembly.waferScaleCarrierLimitMm2", assembly.waferScaleCarrierLimitMm2());
        m.put("assembly.hbmStackFootprintMm2", assembly.hbmStackFootprintMm2());
        m.put("assembly.interposerAreaOverhead", assembly.interposerAreaOverhead());
        m.put("assembly.attachYieldPerComponent", assembly.attachYieldPerComponent());
        m.put("assembly.interposerYield", assembly.interposerYield());
        m.put("assembly.waferScaleCarrierYield", assembly.waferScaleCarrierYield());
        m.put("assembly.waferScaleIoDiesPerTile", assembly.waferScaleIoDiesPerTile());
        m.put("assembly.waferScaleDiesPerTile", assembly.waferScaleDiesPerTile());
        m.put("assembly.maxHbmStacksPerPackage", assembly.maxHbmStacksPerPackage());
        m.put("cooling.maxHeatFluxWattsPerMm2", cooling.maxHeatFluxWattsPerMm2());
        m.put("cooling.maxRackWatts", cooling.maxRackWatts());
        FailureRates r = reliability.failureRates();
        m.put("reliability.computeDieFailuresPerHour", r.computeDieFailuresPerHour());
        m.put("reliability.hbmStackFailuresPerHour", r.hbmStackFailuresPerHour());
        m.put("reliability.repairUnitFailuresPerHour", r.repairUnitFailuresPerHour());
        m.put("reliability.networkFailuresPerAcceleratorHour", r.networkFailuresPerAcceleratorHour());
        m.put("reliability.softwareFailuresPerAcceleratorHour", r.softwareFailuresPerAcceleratorHour());
        m.put("reliability.restartSeconds", reliability.restartSeconds());
        m.put("reliability.checkpointBytesPerParameter", reliability.checkpointBytesPerParameter());
        m.put("reliability.storageWriteBytesPerSecondPerAccelerator", reliability.storageWriteBytesPerSecondPerAccelerator());
        reliability.checkpointIntervalSeconds().ifPresent(f -> m.put("reliability.checkpointIntervalSeconds", f));
        m.put("reliability.repairSeconds", reliability.repairSeconds());
        return m;
    }
}
