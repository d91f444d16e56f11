package dev.walls.spi.wall;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiTest {

    @ParameterizedTest(name = "{0} {1} reads {2}")
    @CsvSource(delimiter = '|', value = {
            "0 | W | 0.00 W",
            "0.5 | W | 0.50 W",
            "300 | W | 300 W",
            "9.994 | W | 9.99 W",
            "9.996 | W | 10.0 W",
            "99.94 | W | 99.9 W",
            "99.96 | W | 100 W",
            "999.4 | W | 999 W",
            "999.6 | W | 1.00 kW",
            "999960 | W | 1.00 MW",
            "1550000 | W | 1.55 MW",
            "9e15 | FLOP/s | 9.00 PFLOP/s",
            "989e12 | FLOP/s | 989 TFLOP/s",
            "999.7e15 | FLOP/s | 1.00 EFLOP/s",
            "8e10 | B | 80.0 GB",
            "3.35e12 | B/s | 3.35 TB/s",
            "2e24 | FLOP/s | 2000 ZFLOP/s",
            "-1500 | W | -1.50 kW",
            "-0.001 | W | 0.00 W",
            "1234567 | '' | 1.23 M",
            "950 | '' | 950",
    })
    void writesThreeSignificantFiguresAtEveryScale(double value, String unit, String expected) {
        assertEquals(expected, Si.format(value, unit));
    }

    /** The unit follows the size, and nothing reads as nothing ("0 s", not "0.0 us"). */
    @ParameterizedTest(name = "{0} s reads {1}")
    @CsvSource(delimiter = '|', value = {
            "0 | 0 s",
            "-0.0 | 0 s",
            "16.11 | 16.110 s",
            "0.0123 | 12.30 ms",
            "1 | 1.000 s",
            "0.49344 | 493.44 ms",
            "0.001 | 1.00 ms",
            "4.0e-5 | 40.0 us",
            "4.727e-4 | 472.7 us",
    })
    void aDurationTakesTheUnitThatShowsItsDigits(double seconds, String expected) {
        assertEquals(expected, Si.seconds(seconds));
    }

    @Test
    void aFigureNobodyCanStateReadsAsADash() {
        assertEquals("-", Si.format(Double.NaN, "W"));
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', value = {
        "0.45     | 45%",
        "1.46     | 146%",
        "0.004    | 0.4%",
        "0.0004   | 0.040%",
        "0.9966   | 99.7%",
        "0.99996  | 99.9%",
        "0        | 0%",
        "1        | 100%"})
    void aShareNearNoneOrAllKeepsADecimal(double fraction, String expected) {
        assertEquals(expected, Si.percent(fraction));
    }
}
