package dev.walls.core.spec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzz targets for what users type. In the build they run over the seed inputs beside them (regression
 * mode); {@code JAZZER_FUZZ=1 mvn -pl spi,core test -Dtest=SpecFuzzTest} fuzzes for real.
 */
class SpecFuzzTest {

    @FuzzTest
    void anyQuantityTextParsesOrIsRefusedWithAMessage(FuzzedDataProvider data) {
        Dimension dimension = data.pickValue(Dimension.values());
        String text = data.consumeRemainingAsString();
        try {
            double v = Quantities.parse(text, dimension);
            assertTrue(Double.isFinite(v), text);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), text);
        }
    }

    @FuzzTest
    void anySpecTextGivesASpecOrOneSpecException(FuzzedDataProvider data) {
        boolean json = data.consumeBoolean();
        String text = data.consumeRemainingAsString();
        try {
            SystemSpecReader.read(SpecParser.parse("fuzz" + (json ? ".json" : ".yaml"), text, json));
        } catch (SpecException e) {
            assertTrue(e.getMessage().startsWith("fuzz"), e.getMessage());
        }
    }
}
