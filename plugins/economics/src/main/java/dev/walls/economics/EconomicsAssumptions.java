package dev.walls.economics;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.system.AcceleratorSpec;
import java.util.List;
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

    /** Returns the first program that designed the accelerator (by its family), if any. */
    public Optional<CustomProgram> programFor(AcceleratorSpec accelerator) {
        return programs.stream().filter(p -> p.designed(accelerator)).findFirst();
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
}
