package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Columns align by what the whole column holds, not cell by cell. */
class TableTest {

    @Test
    void numbersAndMoneyAlignRightAndSentencesLeftEvenWhenOneBeginsWithANumber() {
        String t = new Table("wall", "loss", "share", "finding")
                .row("memory", "0 s", "0.0%", "the busiest rank needs 65.6 GB")
                .row("packaging", "176.32 ms", "2.8%", "826 mm² die on TSMC N7")
                .row("economics", "$585.6k", "-", "2.43× the cost of the default path")
                .toString();
        assertEquals("""
                wall       loss       share  finding
                ---------  ---------  -----  ----------------------------------
                memory           0 s   0.0%  the busiest rank needs 65.6 GB
                packaging  176.32 ms   2.8%  826 mm² die on TSMC N7
                economics    $585.6k      -  2.43× the cost of the default path
                """, t);
    }

    @Test
    void aColumnOfSignedNumbersIsNumericAndOneWordMakesItText() {
        String t = new Table("a", "b").row("-4", "x1").row("+12", "12").toString();
        assertEquals("""
                a    b
                ---  --
                 -4  x1
                +12  12
                """, t);
    }
}
