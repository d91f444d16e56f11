package dev.walls.economics;

/**
 * Where the economics wall turns STRAINED and BLOCKED, on the ratio of this run's cost to what the default path
 * (merchant GPUs at market price, at the median published utilization) would charge for the same useful FLOPs. These
 * are walls' policy, not facts.
 *
 * @param strainedCostRatio        STRAINED above this ratio: a quarter more than buying GPUs needs a reason beyond
 *                                 cost
 * @param blockedCostRatio         BLOCKED above this ratio: at three times the market there is no business case
 * @param strainedLifetimeFraction STRAINED when the run takes more than this share of the hardware's depreciation life:
 *                                 a run of more than a year trains a model that is a generation old when it finishes
 * @param blockedLifetimeFraction  BLOCKED when the run takes more than this share: it outlives the hardware that runs it
 */
public record EconomicsThresholds(double strainedCostRatio, double blockedCostRatio, double strainedLifetimeFraction,
                                  double blockedLifetimeFraction) {

    public EconomicsThresholds {
        if (!(strainedCostRatio > 0) || !(blockedCostRatio >= strainedCostRatio)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < strained <= blocked, got "
                    + strainedCostRatio + " and " + blockedCostRatio);
        }
        if (!(strainedLifetimeFraction > 0) || !(blockedLifetimeFraction >= strainedLifetimeFraction)) {
            throw new IllegalArgumentException("lifetime thresholds must satisfy 0 < strained <= blocked, got "
                    + strainedLifetimeFraction + " and " + blockedLifetimeFraction);
        }
    }

    /** Cost thresholds with the default lifetime thresholds. */
    public EconomicsThresholds(double strainedCostRatio, double blockedCostRatio) {
        this(strainedCostRatio, blockedCostRatio, defaults().strainedLifetimeFraction(),
                defaults().blockedLifetimeFraction());
    }

    /**
     * STRAINED above 1.25×, BLOCKED above 3× the default path's cost; STRAINED when the run takes more than a fifth of
     * the hardware's life (a year of a five-year depreciation), BLOCKED when it takes longer than the whole life.
     */
    public static EconomicsThresholds defaults() {
        return new EconomicsThresholds(1.25, 3.0, 0.2, 1.0);
    }
}
