package dev.walls.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Times as the tables print them: days from two days up, else as {@code Si.seconds} writes them (tested there). */
class FormatsTest {

    @ParameterizedTest(name = "{0} s reads {1}")
    @CsvSource(delimiter = '|', value = {
        "1.5      | 1.500 s",
        "172799   | 172799.000 s",
        "172800   | 2.0 days",
        "259200   | 3.0 days",
        "1.6e9    | 18,518.5 days"})
    void secondsReadInTheUnitTheirSizeCallsFor(double seconds, String expected) {
        assertEquals(expected, Formats.seconds(seconds));
    }

    @ParameterizedTest(name = "{0} days read {1}")
    @CsvSource(delimiter = '|', value = {
        "29.6     | 29.6",
        "1234.5   | 1,234.5",
        "0.98     | 1.0",
        "0.66     | 0.66",
        "0.0376   | 0.038",
        "0        | 0.0"})
    void daysKeepTheirDigitsBelowADay(double days, String expected) {
        assertEquals(expected, Formats.days(days));
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', value = {
        "0.327    | 32.7%",
        "0.0005   | 0.050%",
        "0.000456 | 0.046%",
        "0        | 0.0%"})
    void aSmallShareIsNotZero(double fraction, String expected) {
        assertEquals(expected, Formats.percent(fraction));
    }
}
