package dev.walls.packaging;

import dev.walls.spi.silicon.PackageContents;
import dev.walls.spi.silicon.PackageTechnology;
import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.SiliconSpec;
import dev.walls.spi.system.SystemSpec;

/**
 * What one package of a system holds and how big and hot it is, read from the spec.
 *
 * <p>Two shapes are told apart. A CoWoS or flip-chip package is one accelerator: its compute dies
 * ({@code computeDiesPerPackage}, 2 for B200) and its HBM stacks. A wafer-scale InFO_SoW tile holds many
 * accelerators, each one die (the D1): the tile's die count is the spec's {@code computeDiesPerPackage} when above 1,
 * else the size of the innermost level when it is a tile, else the assumed 25; the tile also carries I/O dies.
 *
 * @param technology              the package family
 * @param dieAreaMm2              area of one compute die, in mm² (nominal)
 * @param diesPerAccelerator      compute dies one accelerator spans
 * @param acceleratorsPerPackage  accelerators one package holds
 * @param ioDiesPerPackage        I/O dies per package (wafer-scale tiles)
 * @param hbmStacksPerAccelerator HBM stacks inferred from the accelerator's HBM capacity
 * @param packageAreaMm2          interposer or carrier area the package needs, in mm²
 * @param packageLimitMm2         the technology's bound on that area, in mm² (infinite for flip-chip)
 * @param packageWatts            power of one package, in watts
 */
public record PackageLayout(PackageTechnology technology, double dieAreaMm2, int diesPerAccelerator,
                            int acceleratorsPerPackage, int ioDiesPerPackage, int hbmStacksPerAccelerator,
                            double packageAreaMm2, double packageLimitMm2, double packageWatts) {

    // Counts multiply and add in long: a spec with absurd memory (10^30 GB) infers 2^31 - 1 stacks, and an int sum
    // wrapped negative gave a yield above 100 %.

    /** Returns the compute dies in one package. */
    public long computeDiesPerPackage() {
        return (long) diesPerAccelerator * acceleratorsPerPackage;
    }

    /** Returns the HBM stacks in one package. */
    public long hbmStacksPerPackage() {
        return (long) hbmStacksPerAccelerator * acceleratorsPerPackage;
    }

    /** Returns the dies and stacks attached to one package's carrier. */
    public long componentsPerPackage() {
        return computeDiesPerPackage() + ioDiesPerPackage + hbmStacksPerPackage();
    }

    /** Returns the silicon area that dissipates one accelerator's power, in mm². */
    public double acceleratorSiliconMm2() {
        return dieAreaMm2 * diesPerAccelerator;
    }

    /**
     * Reads the layout of a system whose accelerator has a {@code SiliconSpec}.
     *
     * @throws IllegalArgumentException when the accelerator has none
     */
    public static PackageLayout of(SystemSpec system, SiliconAssumptions siliconAssumptions, AssemblyAssumptions assembly) {
        AcceleratorSpec accelerator = system.accelerator();
        SiliconSpec silicon = accelerator.silicon().orElseThrow(() -> new IllegalArgumentException(
                "accelerator '" + accelerator.name() + "' has no silicon spec"));
        PackageTechnology technology = PackageTechnology.of(silicon.packaging());
        double dieArea = silicon.dieAreaMm2().nominal();
        int hbmStacks = PackageContents.hbmStacks(accelerator, (int) Math.round(assembly.maxHbmStacksPerPackage().nominal()));
        double reticle = siliconAssumptions.reticleLimitMm2().nominal();
        if (technology.isWaferScale()) {
            int tileDies = PackageContents.waferScaleDies(system, (int) Math.round(assembly.waferScaleDiesPerTile().nominal()));
            int ioDies = (int) Math.round(assembly.waferScaleIoDiesPerTile().nominal());
            // I/O die areas are unpublished; the compute dies bound the carrier area from below.
            double area = tileDies * dieArea + (double) tileDies * hbmStacks * assembly.hbmStackFootprintMm2().nominal();
            return new PackageLayout(technology, dieArea, 1, tileDies, ioDies, hbmStacks, area,
                    assembly.waferScaleCarrierLimitMm2().nominal(), tileWatts(system, tileDies));
        }
        int dies = silicon.computeDiesPerPackage();
        double watts = accelerator.powerWatts().nominal();
        return switch (technology) {
            case COWOS_S, COWOS_L -> {
                double area = (dies * dieArea + hbmStacks * assembly.hbmStackFootprintMm2().nominal())
                        * assembly.interposerAreaOverhead().nominal();
                double reticles = technology == PackageTechnology.COWOS_S
                        ? assembly.cowosSInterposerReticles().nominal()
                        : assembly.cowosLInterposerReticles().nominal();
                yield new PackageLayout(technology, dieArea, dies, 1, 0, hbmStacks, area, reticles * reticle, watts);
            }
            default -> new PackageLayout(technology, dieArea, dies, 1, 0, hbmStacks, dies * dieArea,
                    Double.POSITIVE_INFINITY, watts);
        };
    }

    /** A tile's power: its dies, plus the innermost level's own power when that level is the tile (VRMs). */
    private static double tileWatts(SystemSpec system, int tileDies) {
        double watts = tileDies * system.accelerator().powerWatts().nominal();
        if (!system.levels().isEmpty()) {
            Level inner = system.levels().get(0);
            if (inner.acceleratorsPerUnit() == tileDies) {
                watts += inner.powerWattsPerUnit().nominal();
            }
        }
        return watts;
    }
}
