package dev.walls.spi.silicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoundryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"TSMC N7|0.09", "TSMC 4N|0.07", "TSMC N5|0.10", "unknown|0.15"})
    void defaultDefectDensityFollowsTheNode(String node, double d0) {
        assertEquals(d0, Foundry.defectsPerCm2().forNode(node).nominal(), 1e-12);
    }
}
