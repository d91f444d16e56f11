package dev.walls.core.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.error.InputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --accelerators} as a sweep reads it: every form it takes, and one clear refusal for every bad one. */
class SizesTest {

    @Test
    void aListIsTakenAsWrittenAndSorted() {
        assertEquals(List.of(1024, 2048, 4096), Sizes.parse("1024,2048,4096").counts());
        assertEquals(List.of(1024, 2048, 4096), Sizes.parse(" 4096 , 1024,2048 ").counts());
        assertEquals(List.of(8), Sizes.parse("8").counts());
    }

    @Test
    void aRangeDoublesByDefault() {
        assertEquals(List.of(1024, 2048, 4096, 8192, 16384), Sizes.parse("1024..16384").counts());
        assertEquals(List.of(72), Sizes.parse("72..72").counts());
    }

    @Test
    void aRangeGrowsByAWholeFactor() {
        assertEquals(List.of(1024, 4096, 16384), Sizes.parse("1024..16384*4").counts());
        assertEquals(List.of(1000, 3000, 9000), Sizes.parse("1000..9000 * 3").counts());
    }

    @Test
    void aRangeStepsByACount() {
        assertEquals(List.of(1024, 2048, 3072, 4096, 5120, 6144, 7168, 8192), Sizes.parse("1024..8192+1024").counts());
        assertEquals(List.of(72, 144, 216), Sizes.parse("72..216+72").counts());
    }

    @Test
    void aRangeEndsAtItsLastTermNotAboveItsEnd() {
        assertEquals(List.of(1024, 2048), Sizes.parse("1024..3000").counts());
        assertEquals(List.of(100, 400, 700, 1000), Sizes.parse("100..1000+300").counts());
    }

    @Test
    void listsAndRangesMix() {
        assertEquals(List.of(64, 256, 512, 1024, 1152), Sizes.parse("1152,256..1024,64").counts());
    }

    @Test
    void theLargestCountsAndFactorsDoNotOverflow() {
        assertEquals(List.of(Integer.MAX_VALUE), Sizes.parse("2147483647").counts());
        assertEquals(List.of(1 << 30), Sizes.parse("1073741824..2147483647").counts());
        assertEquals(List.of(1), Sizes.parse("1..2147483647*9223372036854775807").counts());
        assertEquals(List.of(1, Integer.MAX_VALUE), Sizes.parse("1..2147483647+2147483646").counts());
        assertEquals(List.of(1), Sizes.parse("1..2147483647+9223372036854775807").counts());
        assertEquals(31, Sizes.parse("1..2147483647").size());
    }

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "''                  | no sizes given",
            "'   '               | no sizes given",
            "1024,,2048          | part 2 of 3 is empty",
            "1024,               | part 2 of 2 is empty",
            ",1024               | part 1 of 2 is empty",
            "abc                 | a size must be a whole number, got 'abc'",
            "1024.5              | a size must be a whole number, got '1024.5'",
            "1e3                 | a size must be a whole number, got '1e3'",
            "+8                  | a size must be a whole number, got '+8'",
            "0                   | a size must be at least 1, got 0",
            "-8                  | a size must be at least 1, got -8",
            "0..1024             | the first size of '0..1024' must be at least 1, got 0",
            "99999999999         | a size is too large (at most 2147483647)",
            "99999999999999999999 | a size is too large (at most 2147483647)",
            "1..99999999999      | the last size of '1..99999999999' is too large",
            "'1,024'             | a size must not start with 0, got '024'; write counts without thousands separators",
            "4096..1024          | the range '4096..1024' runs backwards; write it from the smaller size, 1024..4096",
            "..4096              | the range '..4096' needs a first and a last size",
            "1024..              | the range '1024..' needs a first and a last size",
            "1024..*2            | the range '1024..*2' needs a first and a last size",
            "1024...4096         | the last size of '1024...4096' must be a whole number, got '.4096'",
            "1024..4096*1        | the factor after '*' in '1024..4096*1' must be at least 2 (a range must grow), got 1",
            "1024..4096*0        | the factor after '*' in '1024..4096*0' must be at least 2",
            "1024..4096*-2       | the factor after '*' in '1024..4096*-2' must be at least 2",
            "1024..4096*1.5      | the factor after '*' in '1024..4096*1.5' must be a whole number, got '1.5'",
            "1024..4096*         | the factor after '*' in '1024..4096*' must be a whole number, got ''",
            "1024..4096+0        | the step after '+' in '1024..4096+0' must be at least 1, got 0",
            "1024..4096+-1024    | the step after '+' in '1024..4096+-1024' must be at least 1, got -1024",
            "1024..4096+x        | the step after '+' in '1024..4096+x' must be a whole number, got 'x'",
            "1024..4096*2+1024   | has both a factor (*) and a step (+); give one",
            "1..1000+1           | the range '1..1000+1' has 1000 sizes, more than the 200 a sweep takes",
            "1..2000000000+1     | the range '1..2000000000+1' has 2000000000 sizes, more than the 200",
            "1024,2048,2048      | 2048 is given twice",
            "1024..4096,4096     | 4096 is given twice",
    })
    void everyBadFormIsRefusedNamingTheFlag(String text, String expected) {
        InputException e = assertThrows(InputException.class, () -> Sizes.parse(text));
        assertTrue(e.getMessage().startsWith("--accelerators"), e.getMessage());
        assertTrue(e.getMessage().contains(expected.strip()), e.getMessage());
    }

    @Test
    void manyPartsTogetherStillStopAtTheLimit() {
        List<String> parts = new ArrayList<>();
        for (int i = 1; i <= Sizes.MAX_POINTS + 1; i++) {
            parts.add(String.valueOf(i));
        }
        InputException e = assertThrows(InputException.class, () -> Sizes.parse(String.join(",", parts)));
        assertTrue(e.getMessage().contains("more than the 200 sizes a sweep takes"), e.getMessage());
        assertEquals(Sizes.MAX_POINTS, Sizes.parse(String.join(",", parts.subList(0, Sizes.MAX_POINTS))).size());
    }

    @Test
    void theJavaFormsCheckAlike() {
        assertEquals(List.of(1024, 2048), Sizes.of(2048, 1024).counts());
        assertEquals(List.of(1024, 2048), Sizes.of(List.of(1024, 2048)).counts());
        assertTrue(assertThrows(InputException.class, () -> Sizes.of()).getMessage().contains("no sizes given"));
        assertTrue(assertThrows(InputException.class, () -> Sizes.of(0, 8)).getMessage().contains("at least 1, got 0"));
        assertTrue(assertThrows(InputException.class, () -> Sizes.of(8, 8)).getMessage().contains("8 is given twice"));
        assertThrows(NullPointerException.class, () -> Sizes.parse(null));
        assertThrows(NullPointerException.class, () -> Sizes.of((List<Integer>) null));
        assertThrows(NullPointerException.class, () -> Sizes.of(Arrays.asList(8, null)));
        // the record itself holds its rules: increasing, each at least 1
        assertThrows(InputException.class, () -> new Sizes(List.of(2048, 1024)));
    }
}
