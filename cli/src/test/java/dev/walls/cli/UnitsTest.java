package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Times as the tables print them: days from two days up, else as {@code Si.seconds} writes them (tested there). */
class UnitsTest {

    @ParameterizedTest(name = "{0} s reads {1}")
    @CsvSource(delimiter = '|', value = {
        "1.5      | 1.500 s",
        "172799   | 172799.000 s",
        "172800   | 2.0 days",
        "259200   | 3.0 days",
        "1.6e9    | 18,518.5 days"})
    void secondsReadInTheUnitTheirSizeCallsFor(double seconds, String expected) {
        assertEquals(expected, Units.seconds(seconds));
    }
}
