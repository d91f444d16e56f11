package dev.walls.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatTest {

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
        assertEquals(expected, Format.percent(fraction));
    }
}
