package dev.walls.spi.kernel;

import java.util.Objects;

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

    /** Below 2^53 every whole number is a double. */
    private static final double WHOLE = 0x1p53;

    private Collectives() {
    }

    /**
     * Members of a group with dimension 1 (stride1, size1) and dimension 2 (stride2 ≥ stride1·size1, size2) that
     * fall into one aligned block of {@code unit} consecutive ranks, in the block that holds fewest of them. Blocks of
     * dimension 1 start at multiples of stride1·size1; when neither that span nor the unit divides the other, some
     * blocks straddle a unit's boundary, and the smallest piece of a cut block is what its traffic crosses through
     * (six-way tensor parallelism on eight-GPU nodes puts two ranks of every other group on one node, four on the
     * next). A synchronous step waits for that group.
     */
    public static double membersPerUnit(double unit, double stride1, double size1, double stride2, double size2) {
        if (unit <= stride1) {
            return 1;
        }
        double span1 = stride1 * size1;
        if (remainder(unit, span1) != 0 && remainder(span1, unit) != 0) {
            return Math.max(1, Math.floor(gcd(unit, span1) / stride1));
        }
        if (unit < span1) {
            return Math.max(1, Math.floor(unit / stride1));
        }
        double k2 = unit <= stride2 ? 1 : Math.min(size2, Math.max(1, Math.floor(unit / stride2)));
        return size1 * k2;
    }

    /**
     * {@link #membersPerUnit} at one network level of a table: every member when one unit holds the whole system,
     * and no more than the last unit holds when the system ends part-way through one (a thousand GPUs on racks of 72
     * leave 16 in the last rack, two of each eight-strided data-parallel group).
     */
    public static double membersPerUnit(CostTable c, int level, double stride1, double size1, double stride2,
                                        double size2) {
        double unit = c.levelAccelerators(level);
        double system = c.get(CostKey.ACCELERATORS);
        if (unit >= system) {
            return size1 * size2;
        }
        double k = membersPerUnit(unit, stride1, size1, stride2, size2);
        double rest = remainder(system, unit);
        return rest > 0 ? Math.min(k, membersPerUnit(rest, stride1, size1, stride2, size2)) : k;
    }

    /**
     * {@code a % b}, through whole numbers when both are (accelerator counts and spans always are). The same value:
     * the remainder of two doubles is exact. But the JIT compiled the remainder of doubles differently from one JVM to
     * the next, and in some it took two thirds of the time of the reference kernel, which works out every layout's
     * collectives afresh: that kernel ran 4-6 times slower in those JVMs.
     */
    private static double remainder(double a, double b) {
        if (a > 0 && b > 0 && a < WHOLE && b < WHOLE && a == Math.rint(a) && b == Math.rint(b)) {
            return (long) a % (long) b;
        }
        return a % b;
    }

    private static double gcd(double a, double b) {
        long x = (long) a;
        long y = (long) b;
        while (y != 0) {
            long r = x % y;
            x = y;
            y = r;
        }
        return x;
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
        return ring(c, kind, bytes, size1 * size2, null, stride1, size1, stride2, size2);
    }

    /**
     * Writes {@link #membersPerUnit(CostTable, int, double, double, double, double)} of one group at each network
     * level of a table into {@code members}, from the innermost level up to the first whose unit holds the whole group
     * (the collectives below read no further), and returns how many levels it wrote. A kernel that times several
     * collectives over one group works this out once and hands it to the {@code members} forms below, which give the
     * same seconds, bit for bit, as the forms that take the group's layout, given the same group size n = size1·size2
     * (with another n they read entries this did not write).
     *
     * @param members room for at least {@link CostTable#levelCount()} values
     */
    public static int membersPerLevel(CostTable c, double stride1, double size1, double stride2, double size2,
                                      double[] members) {
        int levels = c.levelCount();
        if (members.length < levels) {
            throw new IllegalArgumentException("room for " + members.length + " levels, the table has " + levels);
        }
        double n = size1 * size2;
        for (int i = 0; i < levels; i++) {
            members[i] = membersPerUnit(c, i, stride1, size1, stride2, size2);
            if (members[i] >= n) {
                return i + 1;
            }
        }
        return levels;
    }

    /**
     * {@link #collectiveSeconds(CostTable, int, double, double, double, double, double)} of a group of {@code n} ranks
     * (size1·size2) whose members per level {@link #membersPerLevel} wrote.
     */
    public static double collectiveSeconds(CostTable c, int kind, double bytes, double n, double[] members) {
        Objects.requireNonNull(members, "members");
        return ring(c, kind, bytes, n, members, 0, 0, 0, 0);
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
        return flat(c, kind, bytes, size1 * size2, null, stride1, size1, stride2, size2, calls);
    }

    /**
     * {@link #flatCollectiveSeconds(CostTable, int, double, double, double, double, double, double)} of a group of
     * {@code n} ranks whose members per level {@link #membersPerLevel} wrote.
     */
    public static double flatCollectiveSeconds(CostTable c, int kind, double bytes, double n, double[] members,
                                               double calls) {
        Objects.requireNonNull(members, "members");
        return flat(c, kind, bytes, n, members, 0, 0, 0, 0, calls);
    }

    /** The latency part alone of {@link #collectiveSeconds}: what each further call of the same collective adds. */
    public static double collectiveLatencySeconds(CostTable c, int kind, double stride1, double size1, double stride2,
                                           double size2) {
        return latency(c, kind, size1 * size2, null, stride1, size1, stride2, size2);
    }

    /**
     * {@link #collectiveLatencySeconds(CostTable, int, double, double, double, double)} of a group of {@code n} ranks
     * whose members per level {@link #membersPerLevel} wrote.
     */
    public static double collectiveLatencySeconds(CostTable c, int kind, double n, double[] members) {
        Objects.requireNonNull(members, "members");
        return latency(c, kind, n, members, 0, 0, 0, 0);
    }

    // Each collective is worked out once, below, for both forms: from the members per level a kernel worked out
    // (members given), or from the group's layout, level by level as the loop needs them (members null).

    private static double members(CostTable c, int level, double[] members, double stride1, double size1,
                                  double stride2, double size2) {
        return members != null ? members[level] : membersPerUnit(c, level, stride1, size1, stride2, size2);
    }

    private static double ring(CostTable c, int kind, double bytes, double n, double[] members, double stride1,
                               double size1, double stride2, double size2) {
        if (n <= 1 || bytes <= 0) {
            return 0;
        }
        double volume = kind * (n - 1) / n * bytes;
        double inner = 1;
        double worst = 0;
        double latency = 0;
        for (int i = 0; i < c.levelCount(); i++) {
            double k = members(c, i, members, stride1, size1, stride2, size2);
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

    private static double flat(CostTable c, int kind, double bytes, double n, double[] members, double stride1,
                               double size1, double stride2, double size2, double calls) {
        if (n <= 1 || bytes <= 0 || c.levelCount() == 0) {
            return 0;
        }
        int last = c.levelCount() - 1;
        for (int i = 0; i < c.levelCount(); i++) {
            if (members(c, i, members, stride1, size1, stride2, size2) >= n) {
                last = i;
                break;
            }
        }
        return kind * (n - 1) / n * bytes / (c.levelBandwidthBytesPerSecond(last) * c.levelEfficiency(last))
                + calls * kind * (n - 1) * c.levelLatencySeconds(last);
    }

    private static double latency(CostTable c, int kind, double n, double[] members, double stride1, double size1,
                                  double stride2, double size2) {
        if (n <= 1) {
            return 0;
        }
        double inner = 1;
        double latency = 0;
        for (int i = 0; i < c.levelCount(); i++) {
            double k = members(c, i, members, stride1, size1, stride2, size2);
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

    /**
     * Seconds of one point-to-point transfer between neighbours of a group of {@code stages} ranks {@code stride}
     * apart, on the slowest level a hop crosses: the innermost level whose units hold whole groups (a unit that holds
     * the whole system, or one the group's span divides; groups that straddle a unit's boundary hop across it).
     */
    public static double pointToPointSeconds(CostTable c, double bytes, double stride, double stages) {
        return stages <= 1 || bytes <= 0 ? 0
                : pointToPointSecondsAtLevel(c, bytes, stages, pointToPointLevel(c, stride, stages));
    }

    /**
     * The level a point-to-point transfer between neighbours of a group of {@code stages} ranks {@code stride} apart
     * crosses, as {@link #pointToPointSeconds(CostTable, double, double, double)} picks it; -1 when the table has no
     * level. It depends on the group's layout alone, so a kernel that times transfers of many sizes works it out once.
     */
    public static int pointToPointLevel(CostTable c, double stride, double stages) {
        double span = stride * stages;
        double system = c.get(CostKey.ACCELERATORS);
        for (int i = 0; i < c.levelCount(); i++) {
            double unit = c.levelAccelerators(i);
            if (unit >= system || remainder(unit, span) == 0 || i == c.levelCount() - 1) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@link #pointToPointSeconds(CostTable, double, double, double)} on the level {@link #pointToPointLevel} picked
     * for the group: none for one stage or no bytes, infinite when it found no level. (Not an overload: a call with
     * whole numbers for the stride and stages would pick it over the layout form.)
     */
    public static double pointToPointSecondsAtLevel(CostTable c, double bytes, double stages, int level) {
        if (stages <= 1 || bytes <= 0) {
            return 0;
        }
        if (level < 0) {
            return Double.POSITIVE_INFINITY;
        }
        return bytes / (c.levelBandwidthBytesPerSecond(level) * c.levelEfficiency(level)) + c.levelLatencySeconds(level);
    }

    /**
     * Whether every group of {@code size} ranks {@code stride} apart lies inside one unit of the scale-up domain
     * ({@link CostTable#scaleUpLevel}), as traffic that only a scale-up fabric carries needs (tensor-parallel overlap
     * through Transformer Engine's Userbuffers, which share memory over NVLink). A group of one always does.
     */
    public static boolean insideScaleUpDomain(CostTable c, double stride, double size) {
        int level = c.scaleUpLevel();
        return size <= 1 || level >= 0 && membersPerUnit(c, level, stride, size, stride * size, 1) >= size;
    }
}
