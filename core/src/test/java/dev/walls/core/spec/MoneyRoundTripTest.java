package dev.walls.core.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.walls.spi.wall.Money;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Whatever a finding or a table writes in dollars, a spec file can take back as the same amount. */
class MoneyRoundTripTest {

    @Test
    void everyPrintedAmountReadsBackWithinItsLastDigit() {
        SplittableRandom random = new SplittableRandom(20261124);
        for (int i = 0; i < 100_000; i++) {
            double usd = Math.pow(10, random.nextDouble(-2, 13));
            String printed = Money.usd(usd);
            double read = Quantities.parse(printed, Dimension.USD);
            assertEquals(usd, read, halfOfLastDigit(printed), () -> usd + " printed as " + printed);
        }
    }

    /** Half a unit in the last printed place, in dollars: what rounding to that place may have moved. */
    private static double halfOfLastDigit(String printed) {
        char suffix = printed.charAt(printed.length() - 1);
        double scale = switch (suffix) {
            case 'k' -> 1e3;
            case 'M' -> 1e6;
            case 'B' -> 1e9;
            default -> 1;
        };
        String digits = Character.isDigit(suffix) ? printed : printed.substring(0, printed.length() - 1);
        int point = digits.indexOf('.');
        int decimals = point < 0 ? 0 : digits.length() - point - 1;
        return 0.5 * Math.pow(10, -decimals) * scale * (1 + 1e-12);
    }
}
