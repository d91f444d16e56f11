package dev.walls.packaging;

/**
 * The fraction of wall-clock time a checkpoint/restart job spends on work it keeps, for exponentially distributed
 * failures (Daly, "A higher order estimate of the optimum checkpoint interval for restart dumps", FGCS 2006).
 *
 * <p>One segment of τ seconds of work, followed by a checkpoint of δ seconds, takes on average
 * M·e^(R/M)·(e^((τ+δ)/M) − 1) seconds of wall clock when failures come every M seconds on average and each costs a
 * restart of R seconds plus the work since the last checkpoint. Goodput is τ over that. Unlike the first-order
 * estimate 1 − δ/τ − (τ/2 + R)/M it stays in (0, 1] however short M gets.
 *
 * @param failuresPerSecond  the job's failure rate λ = 1/M
 * @param checkpointSeconds  δ, the time a checkpoint blocks training
 * @param restartSeconds     R
 * @param intervalSeconds    τ, work between checkpoints
 * @param fraction           goodput, in (0, 1]
 */
public record Goodput(double failuresPerSecond, double checkpointSeconds, double restartSeconds, double intervalSeconds,
                      double fraction) {

    /** Exponents beyond this would overflow; the job makes no progress there anyway. */
    private static final double MAX_EXPONENT = 700;
    /** The floor of the fraction, so that the time lost per step stays finite when the job all but stalls. */
    public static final double MIN_FRACTION = 1e-12;

    /**
     * Computes goodput.
     *
     * @param failuresPerSecond      λ, not negative
     * @param checkpointSeconds      δ, not negative
     * @param restartSeconds         R, not negative
     * @param fixedIntervalSeconds   τ, or NaN for Daly's optimum
     * @param minIntervalSeconds     the shortest τ allowed (one training step: a checkpoint cannot split a step)
     */
    public static Goodput of(double failuresPerSecond, double checkpointSeconds, double restartSeconds,
                             double fixedIntervalSeconds, double minIntervalSeconds) {
        if (!(failuresPerSecond >= 0) || !(checkpointSeconds >= 0) || !(restartSeconds >= 0) || !(minIntervalSeconds > 0)) {
            throw new IllegalArgumentException("goodput inputs must be non-negative and the minimum interval positive");
        }
        double tau = Double.isNaN(fixedIntervalSeconds)
                ? optimalInterval(failuresPerSecond, checkpointSeconds)
                : fixedIntervalSeconds;
        tau = Math.max(tau, minIntervalSeconds);
        double fraction;
        if (failuresPerSecond == 0) {
            fraction = Double.isInfinite(tau) ? 1 : tau / (tau + checkpointSeconds);
        } else {
            double lambda = failuresPerSecond;
            double exponent = lambda * (restartSeconds + tau + checkpointSeconds);
            if (exponent > MAX_EXPONENT) {
                fraction = MIN_FRACTION;
            } else {
                // M·e^(λR)·(e^(λ(τ+δ)) − 1), written with expm1 for accuracy when λ(τ+δ) is small
                double wall = Math.exp(lambda * restartSeconds) * Math.expm1(lambda * (tau + checkpointSeconds)) / lambda;
                fraction = Math.max(MIN_FRACTION, Math.min(1, tau / wall));
            }
        }
        return new Goodput(failuresPerSecond, checkpointSeconds, restartSeconds, tau, fraction);
    }

    /**
     * Daly's optimum τ = √(2δM)·[1 + ⅓·√(δ/(2M)) + (δ/(2M))/9] − δ for δ &lt; 2M, else M. With no failures, checkpoint
     * never: returns infinity, which the minimum interval and {@link #of} handle.
     */
    public static double optimalInterval(double failuresPerSecond, double checkpointSeconds) {
        if (failuresPerSecond == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double m = 1 / failuresPerSecond;
        double d = checkpointSeconds;
        if (d >= 2 * m) {
            return m;
        }
        double x = d / (2 * m);
        return Math.sqrt(2 * d * m) * (1 + Math.sqrt(x) / 3 + x / 9) - d;
    }

    /** Returns the mean time between failures of the job, in seconds (infinite when nothing fails). */
    public double mtbfSeconds() {
        return failuresPerSecond == 0 ? Double.POSITIVE_INFINITY : 1 / failuresPerSecond;
    }

    /** Returns the wall-clock time lost per second of useful work: 1/goodput − 1. */
    public double lostSecondsPerUsefulSecond() {
        return 1 / fraction - 1;
    }
}
