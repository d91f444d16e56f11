package dev.walls.packaging;

import dev.walls.spi.silicon.PackageTechnology;
import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.MemoryKind;
import dev.walls.spi.system.MemoryTier;
import dev.walls.spi.system.SiliconSpec;
import dev.walls.spi.system.SystemSpec;
import java.util.Locale;

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

    /** Standard HBM stack capacities, in GiB, smallest first (HBM2 8, HBM2e/HBM3 16, HBM3e 24 and 36, HBM4 48, 64). */
    private static final double[] HBM_STACK_GIB = {4, 8, 16, 24, 36, 48, 64};
    private static final double GIB = 1024.0 * 1024 * 1024;

    /** Returns the compute dies in one package. */
    public int computeDiesPerPackage() {
        return diesPerAccelerator * acceleratorsPerPackage;
    }

    /** Returns the HBM stacks in one package. */
    public int hbmStacksPerPackage() {
        return hbmStacksPerAccelerator * acceleratorsPerPackage;
    }

    /** Returns the dies and stacks attached to one package's carrier. */
    public int componentsPerPackage() {
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
        int hbmStacks = hbmStacks(accelerator, (int) Math.round(assembly.maxHbmStacksPerPackage().nominal()));
        double reticle = siliconAssumptions.reticleLimitMm2().nominal();
        if (technology.isWaferScale()) {
            int tileDies = tileDies(system, silicon, assembly);
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

    /**
     * Infers HBM stacks from capacity: the smallest standard stack that needs no more than {@code maxStacks}
     * (H100 80 GB → 5 × 16 GB, B200 192 GB → 8 × 24 GB, B300 288 GB → 8 × 36 GB; hardware-facts B.1).
     */
    static int hbmStacks(AcceleratorSpec accelerator, int maxStacks) {
        double bytes = 0;
        for (MemoryTier tier : accelerator.memory()) {
            if (tier.kind() == MemoryKind.HBM) {
                bytes += tier.capacityBytes().nominal();
            }
        }
        if (bytes == 0) {
            return 0;
        }
        int stacks = 0;
        for (double gib : HBM_STACK_GIB) {
            // a 10 % allowance: vendors quote usable GB (e.g. 186 of 192) and mix GB with GiB
            stacks = (int) Math.ceil(bytes / (gib * GIB) - 0.1);
            if (stacks <= maxStacks) {
                return Math.max(1, stacks);
            }
        }
        return stacks;
    }

    private static int tileDies(SystemSpec system, SiliconSpec silicon, AssemblyAssumptions assembly) {
        if (silicon.computeDiesPerPackage() > 1) {
            return silicon.computeDiesPerPackage();
        }
        if (!system.levels().isEmpty()) {
            Level inner = system.levels().get(0);
            if (!inner.isOpenEnded() && inner.acceleratorsPerUnit() > 1
                    && inner.name().toLowerCase(Locale.ROOT).contains("tile")) {
                return inner.acceleratorsPerUnit();
            }
        }
        return (int) Math.round(assembly.waferScaleDiesPerTile().nominal());
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
