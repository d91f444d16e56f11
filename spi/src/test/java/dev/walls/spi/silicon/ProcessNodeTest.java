package dev.walls.spi.silicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcessNodeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "TSMC N7|N7",
            "TSMC 7 nm (N7)|N7",
            "TSMC N6|N7",
            "TSMC 4N|N4",
            "TSMC 4NP|N4",
            "TSMC N4P|N4",
            "TSMC N5|N5",
            "TSMC N3E|N3",
            "TSMC N3 / Samsung SF2|N3",
            "Samsung SF2P|SF2",
            "Samsung 2 nm (SF2)|SF2",
            "Samsung 7 nm|SF7",
            "TSMC 12 nm|N16",
            "mystery process|''"})
    void keysNodesAsSpecsWriteThem(String text, String key) {
        assertEquals(key, ProcessNode.key(text));
    }
}
