package dev.walls.economics;

/**
 * Where the economics wall turns STRAINED and BLOCKED, on the ratio of this run's cost to what the default path
 * (merchant GPUs at market price, at the median published utilization) would charge for the same useful FLOPs. These
 * are walls' policy, not facts.
 *
 * @param strainedCostRatio STRAINED above this ratio: a quarter more than buying GPUs needs a reason beyond cost
 * @param blockedCostRatio  BLOCKED above this ratio: at three times the market there is no business case
 */
public record EconomicsThresholds(double strainedCostRatio, double blockedCostRatio) {

    public EconomicsThresholds {
        if (!(strainedCostRatio > 0) || !(blockedCostRatio >= strainedCostRatio)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < strained <= blocked, got "
                    + strainedCostRatio + " and " + blockedCostRatio);
        }
    }

    /** STRAINED above 1.25×, BLOCKED above 3× the default path's cost. */
    public static EconomicsThresholds defaults() {
        return new EconomicsThresholds(1.25, 3.0);
    }
}
