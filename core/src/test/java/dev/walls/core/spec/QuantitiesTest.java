package dev.walls.core.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantitiesTest {

    @ParameterizedTest(name = "{0} = {2}")
    @CsvSource(delimiter = '|', value = {
            "80 GiB | BYTES | 85899345920",
            "80 GB | BYTES | 8.0e10",
            "1.25 MB | BYTES | 1250000",
            "512 Mb | BYTES | 6.4e7",
            "3.35 TB/s | BYTES_PER_SECOND | 3.35e12",
            "400 Gb/s | BYTES_PER_SECOND | 5.0e10",
            "400 Gbps | BYTES_PER_SECOND | 5.0e10",
            "50 GB/s | BYTES_PER_SECOND | 5.0e10",
            "112 Gbit/s | BYTES_PER_SECOND | 1.4e10",
            "989 TFLOPS | FLOPS_PER_SECOND | 9.89e14",
            "1.1 EFLOP/s | FLOPS_PER_SECOND | 1.1e18",
            "1.2 ZFLOP/s | FLOPS_PER_SECOND | 1.2e21",
            "700 W | WATTS | 700",
            "15 kW | WATTS | 15000",
            "645 mm^2 | SQUARE_MILLIMETERS | 645",
            "6.45 cm^2 | SQUARE_MILLIMETERS | 645",
            "USD 25000 | USD | 25000",
            "USD 25,000 | USD | 25000",
            "$2.5M | USD | 2500000",
            "3000 USD | USD | 3000",
            "2 us | SECONDS | 2.0e-6",
            "500 ps | SECONDS | 5.0e-10",
            "80 % | FRACTION | 0.8",
            "0.8 | FRACTION | 0.8",
            "300e9 | COUNT | 3.0e11",
    })
    void readsQuantitiesIntoBaseUnits(String text, Dimension dimension, double expected) {
        assertEquals(expected, Quantities.parse(text, dimension), Math.abs(expected) * 1e-12);
    }

    @ParameterizedTest(name = "{0} is rejected")
    @CsvSource(delimiter = '|', value = {
            "80 gb | BYTES | unknown unit 'gb'",
            "80 mb | BYTES | unknown unit 'mb'",
            "80 | BYTES | no unit",
            "3.35 TB | BYTES_PER_SECOND | unknown bandwidth unit",
            "3.35 TBs | BYTES_PER_SECOND | unknown bandwidth unit",
            "989 TOPS | FLOPS_PER_SECOND | unknown unit 'TOPS'",
            "700 w | WATTS | unknown unit 'w'",
            "NaN GB | BYTES | not a number",
            "Infinity W | WATTS | not a number",
            "1,5 GB | BYTES | thousands separator",
            "645 mm | SQUARE_MILLIMETERS | unknown area unit",
            "USD 3 dollars | USD | unknown amount suffix",
            "2 fortnights | SECONDS | unknown time unit",
    })
    void rejectsUnitTyposAndNonNumbersWithAHint(String text, Dimension dimension, String expectedPart) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantities.parse(text, dimension));
        assertTrue(e.getMessage().contains(expectedPart), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"1 Gb/s, 1 GB/s", "8 Tb/s, 8 TB/s"})
    void bitsAreAnEighthOfBytes(String bits, String bytes) {
        assertEquals(Quantities.parse(bytes, Dimension.BYTES_PER_SECOND) / 8, Quantities.parse(bits, Dimension.BYTES_PER_SECOND), 1e-3);
    }
}
