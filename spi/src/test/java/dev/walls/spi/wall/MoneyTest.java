package dev.walls.spi.wall;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', value = {
            "0 | $0",
            "0.42 | $0.42",
            "1.5 | $1.50",
            "99.99 | $99.99",
            "99.996 | $100",
            "950 | $950",
            "999.4 | $999",
            "999.5 | $1.0k",
            "12345 | $12.3k",
            "155400 | $155.4k",
            "999949 | $999.9k",
            "999950 | $1.00M",
            "999960 | $1.00M",
            "4560000 | $4.56M",
            "216580000 | $216.58M",
            "999996000 | $1.00B",
            "1.2e9 | $1.20B",
            "3.4e12 | $3400.00B",
            "-1500 | -$1.5k",
            "-0.5 | -$0.50",
    })
    void writesOneStyleAtEveryScale(double usd, String expected) {
        assertEquals(expected, Money.usd(usd));
    }

    @Test
    void aCostNobodyCanStateReadsAsADash() {
        assertEquals("-", Money.usd(Double.NaN));
    }
}
