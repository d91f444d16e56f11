package dev.walls.spi.wall;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FixedPointTest {

    @ParameterizedTest
    @CsvSource({
            "0.125, 2, 0.13",        // half up on the decimal digits, as the Formatter rounds
            "0.005, 2, 0.01",
            "2.5, 0, 3",
            "999.95, 1, 1000.0",
            "-0.001, 2, -0.00",      // the Formatter keeps the sign of a negative value that rounds to zero
            "-0.0, 1, -0.0",
            "1e-7, 3, 0.000",
            "1.0E21, 0, 1000000000000000000000",
            "16.1104, 3, 16.110"})
    void writesWhatTheFormatterWrites(double value, int places, String expected) {
        assertEquals(expected, FixedPoint.format(value, places));
        assertEquals(String.format(Locale.ROOT, "%." + places + "f", value), FixedPoint.format(value, places));
    }

    @Test
    void agreesWithTheFormatterOnRandomValuesAcrossMagnitudes() {
        SplittableRandom random = new SplittableRandom(20261124);
        for (int i = 0; i < 200_000; i++) {
            double magnitude = Math.pow(10, random.nextInt(-9, 16));
            double value = (random.nextBoolean() ? 1 : -1) * random.nextDouble() * magnitude;
            if (random.nextInt(8) == 0) {
                // values on a rounding boundary: a 5 in the first place dropped
                value = Math.round(value * 1000) / 1000.0 + 0.0005;
            }
            int places = random.nextInt(0, 4);
            assertEquals(String.format(Locale.ROOT, "%." + places + "f", value), FixedPoint.format(value, places),
                    value + " to " + places + " places");
        }
    }
}
