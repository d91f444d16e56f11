package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Times as the tables print them: the unit follows the size, and nothing reads as nothing. */
class UnitsTest {

    @ParameterizedTest(name = "{0} s reads {1}")
    @CsvSource(delimiter = '|', value = {
        "0        | 0 s",
        "-0.0     | 0 s",
        "2.5e-5   | 25.0 us",
        "0.0123   | 12.30 ms",
        "1.5      | 1.500 s",
        "259200   | 3.0 days"})
    void secondsReadInTheUnitTheirSizeCallsFor(double seconds, String expected) {
        assertEquals(expected, Units.seconds(seconds));
    }
}
