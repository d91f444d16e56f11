package dev.walls.spi.kernel;

/**
 * Collective and point-to-point times on a table's network levels, shared by every kernel so that they charge the
 * same network: ring collectives over groups laid out as two strided dimensions of the rank grid, reduced
 * hierarchically inside the fast domain first, each ring step at the latency of the level its hop crosses.
 */
public final class Collectives {

    /** Ring all-reduce: moves 2(n-1)/n of the buffer in 2(n-1) steps. */
    public static final int ALL_REDUCE = 2;
    /** Ring reduce-scatter or all-gather: (n-1)/n of the buffer in n-1 steps. */
    public static final int GATHER_OR_SCATTER = 1;

    private Collectives() {
    }

    /**
     * Members of a group with dimension 1 (stride1, size1) and dimension 2 (stride2 ≥ stride1·size1, size2) that
     * fall into one aligned block of {@code unit} consecutive ranks.
     */
    public static double membersPerUnit(double unit, double stride1, double size1, double stride2, double size2) {
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

    /**
     * Seconds of a ring collective over a group laid out as two strided dimensions, on the network levels of the
     * table: each level the group crosses carries the whole ring's traffic through the injection bandwidth of the
     * group's members inside one sub-unit (hierarchical reduction inside the fast domain first), the slowest
     * level decides. Each ring step pays the latency of the level its hop crosses, as NCCL's tuning model charges a
     * ring (src/graph/tuning.cc: of an all-reduce's 2(n-1) steps, 2(nodes-1) cross the network): a hop that leaves
     * a unit of level i-1 but stays inside one of level i is one of kind·(n/k(i-1) − n/k(i)) steps at level i.
     */
    public static double collectiveSeconds(CostTable c, int kind, double bytes, double stride1, double size1,
                                    double stride2, double size2) {
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
            // The group is larger than the outermost level describes: treat the rest as its fabric.
            int last = c.levelCount() - 1;
            if (last < 0) {
                return Double.POSITIVE_INFINITY;
            }
            worst = Math.max(worst, volume / (inner * c.levelBandwidthBytesPerSecond(last) * c.levelEfficiency(last)));
            latency += kind * (n / inner - 1) * c.levelLatencySeconds(last);
        }
        return worst + latency;
    }

    /**
     * Seconds of a ring collective with no aggregation inside a unit, over a group of {@code n} consecutive ranks:
     * {@link #flatCollectiveSeconds(CostTable, int, double, double, double, double, double, double)} with one
     * dimension of stride 1.
     */
    public static double flatCollectiveSeconds(CostTable c, int kind, double bytes, double n, double calls) {
        return flatCollectiveSeconds(c, kind, bytes, 1, n, n, 1, calls);
    }

    /**
     * Seconds of a ring collective with no aggregation inside a unit, over a group laid out as two strided
     * dimensions (as in {@link #collectiveSeconds}): every rank moves its share through its own injection bandwidth
     * on the innermost level one of whose units holds the whole group (the outermost when none does), and each of
     * the ring's steps, {@code calls} times, pays that level's latency. A group strided across nodes is on the
     * network, however few its members.
     */
    public static double flatCollectiveSeconds(CostTable c, int kind, double bytes, double stride1, double size1,
                                               double stride2, double size2, double calls) {
        double n = size1 * size2;
        if (n <= 1 || bytes <= 0 || c.levelCount() == 0) {
            return 0;
        }
        int last = c.levelCount() - 1;
        for (int i = 0; i < c.levelCount(); i++) {
            if (membersPerUnit(c.levelAccelerators(i), stride1, size1, stride2, size2) >= n) {
                last = i;
                break;
            }
        }
        return kind * (n - 1) / n * bytes / (c.levelBandwidthBytesPerSecond(last) * c.levelEfficiency(last))
                + calls * kind * (n - 1) * c.levelLatencySeconds(last);
    }

    /** The latency part alone of {@link #collectiveSeconds}: what each further call of the same collective adds. */
    public static double collectiveLatencySeconds(CostTable c, int kind, double stride1, double size1, double stride2,
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

    /** Seconds of one point-to-point transfer between pipeline neighbours, on the slowest level a boundary crosses. */
    public static double pointToPointSeconds(CostTable c, double bytes, double stride, double stages) {
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
