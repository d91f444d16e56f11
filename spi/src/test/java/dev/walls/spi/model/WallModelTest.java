package dev.walls.spi.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import org.junit.jupiter.api.Test;

class WallModelTest {

    private record Mine(double x) {
    }

    private record Other(double y) {
    }

    private static final WallModel MODEL = new WallModel() {
        @Override
        public String id() {
            return "test-model";
        }

        @Override
        public Wall wall() {
            return Wall.MEMORY;
        }

        @Override
        public WallAssessment assess(WallContext context) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void assumptionsOfTheModelsTypePassThrough() {
        Mine mine = new Mine(1);
        assertSame(mine, WallModel.assumptionsOf(MODEL, mine, Mine.class));
    }

    @Test
    void assumptionsOfAnotherTypeAreRefusedNamingBoth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WallModel.assumptionsOf(MODEL, new Other(2), Mine.class));
        assertEquals("test-model takes Mine, not Other", e.getMessage());
    }

    @Test
    void aModelWithoutAssumptionsRefusesAnyOverride() {
        assertThrows(IllegalArgumentException.class, () -> MODEL.withAssumptionSet(new Mine(1)));
    }
}
