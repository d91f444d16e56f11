package dev.walls.spi.wall;


/**
 * Dollars as every wall finding and table writes them: {@code $0.42}, {@code $950}, {@code $12.3k},
 * {@code $4.56M}, {@code $1.20B}. One style everywhere, so that a cost read in a finding compares at a glance
 * with the same cost in a table, and a spec file takes any of them back as a USD amount.
 */
public final class Money {

    private Money() {
    }

    /**
     * Formats an amount in US dollars: cents below $100, whole dollars to $999, then one decimal of thousands and two
     * of millions or billions. The unit is chosen after rounding, so $999,960 reads $1.00M, not $1000.0k. A negative
     * amount leads with the sign; NaN (a cost nobody can state) reads "-".
     */
    public static String usd(double usd) {
        if (Double.isNaN(usd)) {
            return "-";
        }
        if (usd == 0) {
            return "$0";
        }
        String sign = usd < 0 ? "-" : "";
        double a = Math.abs(usd);
        if (a >= 999.995e6) {
            return sign + "$" + FixedPoint.format(a / 1e9, 2) + "B";
        }
        if (a >= 999.95e3) {
            return sign + "$" + FixedPoint.format(a / 1e6, 2) + "M";
        }
        if (a >= 999.5) {
            return sign + "$" + FixedPoint.format(a / 1e3, 1) + "k";
        }
        if (a >= 99.995) {
            return sign + "$" + FixedPoint.format(a, 0);
        }
        return sign + "$" + FixedPoint.format(a, 2);
    }
}
