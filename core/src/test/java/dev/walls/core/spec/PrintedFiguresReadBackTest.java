package dev.walls.core.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.walls.spi.wall.Money;
import dev.walls.spi.wall.Si;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whatever a finding or a table writes, a spec file can take back as the same figure, within its last digit. */
class PrintedFiguresReadBackTest {

    private static final int SAMPLES = 100_000;

    @Test
    void everyPrintedAmountReadsBack() {
        SplittableRandom random = new SplittableRandom(20261124);
        for (int i = 0; i < SAMPLES; i++) {
            double usd = Math.pow(10, random.nextDouble(-2, 13));
            String printed = Money.usd(usd);
            double read = Quantities.parse(printed, Dimension.USD);
            char suffix = printed.charAt(printed.length() - 1);
            double scale = switch (suffix) {
                case 'k' -> 1e3;
                case 'M' -> 1e6;
                case 'B' -> 1e9;
                default -> 1;
            };
            String number = Character.isDigit(suffix) ? printed : printed.substring(0, printed.length() - 1);
            assertEquals(usd, read, halfOfLastDigit(number) * scale, () -> usd + " printed as " + printed);
        }
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', value = {
            "W | WATTS",
            "FLOP/s | FLOPS_PER_SECOND",
            "B | BYTES",
            "B/s | BYTES_PER_SECOND",
    })
    void everyPrintedQuantityReadsBack(String unit, Dimension dimension) {
        SplittableRandom random = new SplittableRandom(20261124 + unit.hashCode());
        for (int i = 0; i < SAMPLES; i++) {
            double value = Math.pow(10, random.nextDouble(0, 23));
            String printed = Si.format(value, unit);
            double read = Quantities.parse(printed, dimension);
            String number = printed.substring(0, printed.indexOf(' '));
            double scale = read / Double.parseDouble(number);
            assertEquals(value, read, halfOfLastDigit(number) * scale, () -> value + " printed as " + printed);
        }
    }

    /** Half a unit in the last printed place of {@code number}: what rounding to that place may have moved. */
    private static double halfOfLastDigit(String number) {
        int point = number.indexOf('.');
        int decimals = point < 0 ? 0 : number.length() - point - 1;
        return 0.5 * Math.pow(10, -decimals) * (1 + 1e-12);
    }
}
