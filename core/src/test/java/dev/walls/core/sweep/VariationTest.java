package dev.walls.core.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.error.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --vary WALL.PATH=V1,V2,...}: the values kept in the order given; a bad one refused with the flag named. */
class VariationTest {

    @Test
    void valuesKeepTheirOrder() {
        Variation v = Variation.parse("economics.operating.pue = 1.5, 1.1,1.3");
        assertEquals("economics.operating.pue", v.path());
        assertEquals(List.of(1.5, 1.1, 1.3), v.values());
        assertEquals(v, Variation.of("economics.operating.pue", 1.5, 1.1, 1.3));
    }

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "economics.operating.pue         | expected WALL.PATH=V1,V2,...",
            "=1.2                            | expected WALL.PATH=V1,V2,...",
            "pue=1.2                         | expected WALL.PATH, e.g. economics.operating.pue",
            "economics.operating.pue=        | value 1 of 1 is empty",
            "'economics.operating.pue=1.1,'  | value 2 of 2 is empty",
            "'economics.operating.pue=1.1,x' | is not a number",
            "'economics.operating.pue=NaN'   | every value must be a finite number",
            "'economics.operating.pue=1.2,1.20' | 1.2 is given twice",
    })
    void badFormsAreRefused(String text, String expected) {
        InputException e = assertThrows(InputException.class, () -> Variation.parse(text));
        assertTrue(e.getMessage().startsWith("--vary"), e.getMessage());
        assertTrue(e.getMessage().contains(expected.strip()), e.getMessage());
    }

    @Test
    void tooManyValuesAreRefused() {
        double[] values = new double[Variation.MAX_VALUES + 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = 1 + i / 100.0;
        }
        assertTrue(assertThrows(InputException.class, () -> Variation.of("economics.operating.pue", values))
                .getMessage().contains("more than the " + Variation.MAX_VALUES));
    }
}
