package dev.walls.spi.silicon;

import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.MemoryKind;
import dev.walls.spi.system.MemoryTier;
import dev.walls.spi.system.SystemSpec;
import java.util.Locale;

/** What one package holds, inferred from a spec: its HBM stacks and, for a wafer-scale tile, its compute dies. */
public final class PackageContents {

    private static final double GIB = 1024.0 * 1024 * 1024;
    /**
     * Per-stack HBM capacities the vendors' parts imply (hardware-facts B.1, vendor claims: A100 40 GB over 5 stacks,
     * A100 80 GB and H100 over 5, H200 141 GB over 6, B300 288 GB over 8); larger stacks have no sourced capacity yet.
     */
    private static final double[] HBM_STACK_GIB = {8, 16, 24, 36};

    private PackageContents() {
    }

    /**
     * Infers HBM stacks from capacity: the smallest standard stack that needs no more than {@code maxStacks}
     * (H100 80 GB → 5 × 16 GB, B200 192 GB → 8 × 24 GB, B300 288 GB → 8 × 36 GB; hardware-facts B.1). 0 without HBM.
     */
    public static int hbmStacks(AcceleratorSpec accelerator, int maxStacks) {
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
            // a tenth of a stack's allowance: vendors quote usable GB (e.g. 186 of 192) and mix GB with GiB
            stacks = (int) Math.ceil(bytes / (gib * GIB) - 0.1);
            if (stacks <= maxStacks) {
                return Math.max(1, stacks);
            }
        }
        return stacks;
    }

    /**
     * Returns the compute dies one wafer-scale package carries: the silicon's own count when it names several,
     * else the innermost level when it is a tile (Dojo's 25 D1), else {@code fallback}.
     */
    public static int waferScaleDies(SystemSpec system, int fallback) {
        int perPackage = system.accelerator().silicon().map(s -> s.computeDiesPerPackage()).orElse(1);
        if (perPackage > 1) {
            return perPackage;
        }
        if (!system.levels().isEmpty()) {
            Level inner = system.levels().get(0);
            if (!inner.isOpenEnded() && inner.acceleratorsPerUnit() > 1
                    && inner.name().toLowerCase(Locale.ROOT).contains("tile")) {
                return inner.acceleratorsPerUnit();
            }
        }
        return fallback;
    }
}
