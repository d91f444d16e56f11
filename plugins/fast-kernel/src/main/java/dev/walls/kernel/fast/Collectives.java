package dev.walls.kernel.fast;

import dev.walls.spi.kernel.CostTable;

/**
 * Collective and point-to-point times on the table's network levels: the reference kernel's formulas, operand
 * for operand. They run once per block or per microbatch size, never per layout, so they stay plain loops.
 */
final class Collectives {

    /** Ring all-reduce: moves 2(n-1)/n of the buffer in 2(n-1) steps. */
    static final int ALL_REDUCE = 2;
    /** Ring reduce-scatter or all-gather: (n-1)/n of the buffer in n-1 steps. */
    static final int GATHER_OR_SCATTER = 1;

    private Collectives() {
    }

    /** Members of a two-dimensional strided group inside one aligned block of {@code unit} ranks. */
    static double membersPerUnit(double unit, double stride1, double size1, double stride2, double size2) {
        double k1;
        if (unit <= stride1) {
            return 1;
        } else if (unit < stride1 * size1) {
            k1 = Math.floor(unit / stride1);
            return Math.max(1, k1);
        }
        k1 = size1;
        double k2 = unit <= stride2 ? 1 : Math.min(size2, Math.max(1, Math.floor(unit / stride2)));
        return k1 * k2;
    }

    /** Seconds of a hierarchical ring collective over a two-dimensional strided group, each step at its hop's latency. */
    static double collectiveSeconds(CostTable c, int kind, double bytes, double stride1, double size1, double stride2,
                                    double size2) {
        double n = size1 * size2;
        if (n <= 1 || bytes <= 0) {
            return 0;
        }
        double volume = kind * (n - 1) / n * bytes;
        double inner = 1;
        double worst = 0;
        double latency = 0;
        for (int i = 0; i < c.levelCount(); i++) {
            double k = membersPerUnit(c.levelAccelerators(i), stride1, size1, stride2, size2);
            if (k > inner) {
                double seconds = volume / (inner * c.levelBandwidthBytesPerSecond(i) * c.levelEfficiency(i));
                worst = Math.max(worst, seconds);
                latency += kind * (n / inner - n / k) * c.levelLatencySeconds(i);
                inner = k;
            }
            if (k >= n) {
                break;
            }
        }
        if (inner < n) {
            int last = c.levelCount() - 1;
            if (last < 0) {
                return Double.POSITIVE_INFINITY;
            }
            worst = Math.max(worst, volume / (inner * c.levelBandwidthBytesPerSecond(last) * c.levelEfficiency(last)));
            latency += kind * (n / inner - 1) * c.levelLatencySeconds(last);
        }
        return worst + latency;
    }

    /** Seconds of a ring collective over the outermost fabric with no aggregation inside a unit. */
    static double flatCollectiveSeconds(CostTable c, int kind, double bytes, double n, double calls) {
        if (n <= 1 || bytes <= 0 || c.levelCount() == 0) {
            return 0;
        }
        int last = c.levelCount() - 1;
        for (int i = 0; i < c.levelCount(); i++) {
            if (c.levelAccelerators(i) >= n) {
                last = i;
                break;
            }
        }
        return kind * (n - 1) / n * bytes / (c.levelBandwidthBytesPerSecond(last) * c.levelEfficiency(last))
                + calls * kind * (n - 1) * c.levelLatencySeconds(last);
    }

    /** The latency part alone of {@link #collectiveSeconds}: what each further call of the same collective adds. */
    static double collectiveLatencySeconds(CostTable c, int kind, double stride1, double size1, double stride2,
                                           double size2) {
        double n = size1 * size2;
        if (n <= 1) {
            return 0;
        }
        double inner = 1;
        double latency = 0;
        for (int i = 0; i < c.levelCount(); i++) {
            double k = membersPerUnit(c.levelAccelerators(i), stride1, size1, stride2, size2);
            if (k > inner) {
                latency += kind * (n / inner - n / k) * c.levelLatencySeconds(i);
                inner = k;
            }
            if (k >= n) {
                break;
            }
        }
        if (inner < n && c.levelCount() > 0) {
            latency += kind * (n / inner - 1) * c.levelLatencySeconds(c.levelCount() - 1);
        }
        return latency;
    }

    /** Seconds of one point-to-point transfer between pipeline neighbours. */
    static double pointToPointSeconds(CostTable c, double bytes, double stride, double stages) {
        if (stages <= 1 || bytes <= 0) {
            return 0;
        }
        for (int i = 0; i < c.levelCount(); i++) {
            if (c.levelAccelerators(i) >= stride * stages || i == c.levelCount() - 1) {
                return bytes / (c.levelBandwidthBytesPerSecond(i) * c.levelEfficiency(i)) + c.levelLatencySeconds(i);
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
