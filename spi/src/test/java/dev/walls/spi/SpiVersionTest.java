package dev.walls.spi;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpiVersionTest {

    @Test
    void aPluginBuiltForThisOrAnOlderMinorVersionLoads() {
        assertNull(SpiVersion.incompatibility(SpiVersion.CURRENT));
        assertNull(SpiVersion.incompatibility("1.0"), "1.1 and 1.2 only added to 1.0");
        assertNull(SpiVersion.incompatibility("1.1"), "1.2 only added to 1.1");
        assertNull(SpiVersion.incompatibility("1.2"), "1.3 only added to 1.2");
        assertNull(SpiVersion.incompatibility("1.3"), "1.4 only added to 1.3");
        assertNull(SpiVersion.incompatibility("1.4"), "1.5 only added to 1.4");
        assertNull(SpiVersion.incompatibility("1.5"), "1.6 only added to 1.5");
        assertNull(SpiVersion.incompatibility("1.8"), "1.9 only added to 1.8");
        assertNull(SpiVersion.incompatibility("1.9"), "1.10 added to 1.9 and narrowed where tp-comm-overlap applies");
    }

    @Test
    void aPluginThatNeedsANewerMinorOrAnotherMajorVersionIsRefusedWithWhatToDo() {
        assertTrue(SpiVersion.incompatibility("1.11").contains("upgrade walls"), SpiVersion.incompatibility("1.11"));
        assertTrue(SpiVersion.incompatibility("2.0").contains("rebuild the plugin"), SpiVersion.incompatibility("2.0"));
        assertTrue(SpiVersion.incompatibility("1.x").contains("not MAJOR.MINOR"), SpiVersion.incompatibility("1.x"));
        assertTrue(SpiVersion.incompatibility(null).contains("not MAJOR.MINOR"));
    }
}
