package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class DayCountTest {

    @ParameterizedTest
    @CsvSource({"30, 30", "2.5, 2.5", "1e3, 1000", "' 7 ', 7", ".5, 0.5", "0, 0", "-3, -3"})
    void daysAreReadAsWritten(String text, double days) {
        assertEquals(days, new DayCount().convert(text));
    }

    /** Java's parsing takes these; a person did not mean them as days, or they would silently become infinity. */
    @ParameterizedTest
    @ValueSource(strings = {"30d", "30D", "30f", "0x1Ep0", "abc", "", "1,000", "30 days", "1e400"})
    void whatIsNotADecimalNumberOfDaysIsRefusedNamingTheText(String text) {
        TypeConversionException e = assertThrows(TypeConversionException.class, () -> new DayCount().convert(text));
        assertTrue(e.getMessage().startsWith("'" + text + "' is "), e.getMessage());
    }

    /** Left to the search's own rule, which the Java API shares, so that both refuse them alike. */
    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity"})
    void nanAndInfinityReachTheSearchsRule(String text) {
        assertEquals(Double.parseDouble(text), new DayCount().convert(text));
    }
}
