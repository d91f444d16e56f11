package dev.walls.spi.silicon;

import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.LevelKind;
import dev.walls.spi.system.MemoryKind;
import dev.walls.spi.system.MemoryTier;
import dev.walls.spi.system.SystemSpec;

/**
 * What one package holds, read from a spec: its HBM stacks (as the spec states them, else inferred from capacity)
 * and, for a wafer-scale tile, its compute dies.
 */
public final class PackageContents {

    private static final double GIB = 1024.0 * 1024 * 1024;
    /**
     * Per-stack HBM capacities, smallest first. 8-36 GiB: what the vendors' parts imply (hardware-facts B.1, vendor
     * claims: A100 40 GB over 5 stacks, A100 80 GB and H100 over 5, H200 141 GB over 6, B300 288 GB over 8, 12-Hi
     * HBM3e). 48 and 64 GiB: HBM4 (JEDEC JESD270-4, April 2025, vendor claim: 4- to 16-high stacks of 24 Gb or 32 Gb
     * dies, so 48 GB at 12-high and 64 GB at 16-high with 32 Gb dies; hardware-facts E14: TSMC's SoW-X carries 80
     * HBM4 stacks in 3.75 TB, about 48 GB each).
     */
    private static final double[] HBM_STACK_GIB = {8, 16, 24, 36, 48, 64};

    /**
     * The HBM stacks of one memory tier.
     *
     * @param count      stacks in one unit of the tier
     * @param stackBytes capacity of one stack, in bytes: the tier's capacity over the stated count, or the standard
     *                   stack size the inference chose
     * @param given      true when the spec states the count, false when it is inferred from the capacity
     */
    public record HbmStacks(int count, double stackBytes, boolean given) {

        /** No HBM. */
        public static final HbmStacks NONE = new HbmStacks(0, 0, false);

        /** Returns true when one stack holds more than the largest stack walls has a source for (64 GB, HBM4). */
        public boolean aboveLargestKnownStack() {
            // the same tenth of a stack's allowance as the inference: vendors quote usable GB and mix GB with GiB
            return count > 0 && stackBytes > 1.1 * largestStackBytes();
        }
    }

    private PackageContents() {
    }

    /** Returns the capacity of the largest HBM stack walls has a source for, in bytes (64 GiB: HBM4 16-high). */
    public static double largestStackBytes() {
        return HBM_STACK_GIB[HBM_STACK_GIB.length - 1] * GIB;
    }

    /**
     * Returns the HBM stacks of one accelerator: every HBM tier's stated stacks, plus those inferred from the
     * capacity of the HBM tiers that state none ({@link #inferredStacks}). 0 without HBM.
     */
    public static int hbmStacks(AcceleratorSpec accelerator, int maxStacks) {
        int stated = 0;
        double unstatedBytes = 0;
        for (MemoryTier tier : accelerator.memory()) {
            if (tier.kind() == MemoryKind.HBM) {
                if (tier.statesStacks()) {
                    stated += tier.stacks();
                } else {
                    unstatedBytes += tier.capacityBytes().nominal();
                }
            }
        }
        long total = (long) stated + inferredStacks(unstatedBytes, maxStacks).count();
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    /** Returns true when the accelerator has HBM and every HBM tier states its stacks. */
    public static boolean hbmStacksGiven(AcceleratorSpec accelerator) {
        boolean any = false;
        for (MemoryTier tier : accelerator.memory()) {
            if (tier.kind() == MemoryKind.HBM) {
                if (!tier.statesStacks()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** Returns the stacks of one HBM tier (stated, else inferred as {@link #inferredStacks}); none for another kind. */
    public static HbmStacks of(MemoryTier tier, int maxStacks) {
        if (tier.kind() != MemoryKind.HBM) {
            return HbmStacks.NONE;
        }
        double bytes = tier.capacityBytes().nominal();
        if (tier.statesStacks()) {
            return new HbmStacks(tier.stacks(), bytes / tier.stacks(), true);
        }
        return inferredStacks(bytes, maxStacks);
    }

    /**
     * Infers HBM stacks from a capacity: the smallest standard stack that needs no more than {@code maxStacks}
     * (H100 80 GB → 5 × 16 GB, B200 192 GB → 8 × 24 GB, B300 288 GB → 8 × 36 GB, 512 GB → 8 × 64 GB; a capacity beyond
     * {@code maxStacks} of the largest stack takes more of them). None for no capacity.
     */
    public static HbmStacks inferredStacks(double bytes, int maxStacks) {
        if (!(bytes > 0)) {
            return HbmStacks.NONE;
        }
        int stacks = 0;
        double gib = 0;
        for (double g : HBM_STACK_GIB) {
            gib = g;
            // a tenth of a stack's allowance: vendors quote usable GB (e.g. 186 of 192) and mix GB with GiB
            stacks = (int) Math.ceil(bytes / (g * GIB) - 0.1);
            if (stacks <= maxStacks) {
                return new HbmStacks(Math.max(1, stacks), g * GIB, false);
            }
        }
        return new HbmStacks(stacks, gib * GIB, false);
    }

    /**
     * Returns the compute dies one wafer-scale package carries: the silicon's own count when it names several,
     * else the size of the innermost level when it is a tile ({@link LevelKind#TILE}: Dojo's 25 D1), else
     * {@code fallback}.
     */
    public static int waferScaleDies(SystemSpec system, int fallback) {
        int perPackage = system.accelerator().silicon().map(s -> s.computeDiesPerPackage()).orElse(1);
        if (perPackage > 1) {
            return perPackage;
        }
        if (!system.levels().isEmpty()) {
            Level inner = system.levels().get(0);
            if (!inner.isOpenEnded() && inner.acceleratorsPerUnit() > 1 && inner.kind() == LevelKind.TILE) {
                return inner.acceleratorsPerUnit();
            }
        }
        return fallback;
    }
}
