package dev.walls.packaging;

/**
 * Where the packaging wall turns from OK to STRAINED. These are walls' policy, not facts: a buyer can tighten them.
 *
 * <p>BLOCKED needs no threshold: a die beyond the reticle, a package beyond its interposer or carrier, silicon hotter
 * than the cold plate or a rack beyond its power envelope cannot be built or run as specified.
 *
 * @param minDieYield         STRAINED below this fraction of defect-free dies (half the wafer scrapped)
 * @param minPackageYield     STRAINED below this known-good-die assembly yield (one package in five scrapped, each
 *                            taking its good dies and HBM with it)
 * @param minGoodputFraction  STRAINED below this fraction of wall clock doing kept work (Meta reports >90 % on
 *                            16,384 H100 for Llama 3; below it failures cost more than a mature operator accepts)
 * @param coolingHeadroom     STRAINED above this fraction of a cooling limit (heat flux, rack power): a design within
 *                            5 % of its limit has no margin for warm coolant or ageing pumps; racks are built close
 *                            to their power shelves (NVL72: ~120 of 132 kW), so a wider margin would flag them all
 * @param minRunnableGoodputFraction BLOCKED below this goodput: the job spends nine tenths of its time redoing work
 *                            and restarting, so at this size it does not run in any useful sense
 */
public record PackagingThresholds(double minDieYield, double minPackageYield, double minGoodputFraction,
                                  double coolingHeadroom, double minRunnableGoodputFraction) {

    public PackagingThresholds {
        requireFraction(minDieYield, "minDieYield");
        requireFraction(minPackageYield, "minPackageYield");
        requireFraction(minGoodputFraction, "minGoodputFraction");
        requireFraction(coolingHeadroom, "coolingHeadroom");
        requireFraction(minRunnableGoodputFraction, "minRunnableGoodputFraction");
    }

    private static void requireFraction(double v, String name) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + v);
        }
    }

    /** Die yield 50 %, package yield 80 %, goodput 90 % (runnable above 10 %), 95 % of a cooling limit. */
    public static PackagingThresholds defaults() {
        return new PackagingThresholds(0.5, 0.8, 0.9, 0.95, 0.1);
    }
}
