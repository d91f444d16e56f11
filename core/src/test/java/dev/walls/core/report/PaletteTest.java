package dev.walls.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.wall.Wall;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's colors against WCAG 2's contrast: 3:1 for graphics on the page, 4.5:1 for text. */
class PaletteTest {

    @Test
    void theContrastIsWcags() {
        assertEquals(21, Palette.contrast("#000000", "#ffffff"), 1e-9);
        assertEquals(1, Palette.contrast("#2b5c8a", "#2b5c8a"), 1e-9);
    }

    @Test
    void everyBarStandsOutFromThePageAndHoldsWhiteText() {
        List<String> fills = new ArrayList<>(List.of(Palette.PRIMARY, Palette.SECONDARY, Palette.BLOCKED));
        for (Wall w : Wall.values()) {
            fills.add(Palette.of(w));
        }
        for (String c : fills) {
            assertTrue(Palette.contrast(c, Palette.BACKGROUND) >= 4.5, c + " against the page, and white text on it: "
                    + Palette.contrast(c, Palette.BACKGROUND));
        }
        assertEquals(Wall.values().length, new HashSet<>(fills.subList(3, fills.size())).size(), "one color per wall");
    }

    @Test
    void textReadsAtSevenToOne() {
        assertTrue(Palette.contrast(Palette.INK, Palette.BACKGROUND) >= 7);
        assertTrue(Palette.contrast(Palette.BLOCKED, Palette.BACKGROUND) >= 7, "a blocked row's label is text too");
        assertTrue(Palette.contrast(Palette.AXIS, Palette.BACKGROUND) >= 3);
    }
}
