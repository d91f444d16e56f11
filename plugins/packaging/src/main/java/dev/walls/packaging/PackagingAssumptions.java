package dev.walls.packaging;

import dev.walls.spi.figure.Figure;
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
}
