package dev.walls.spi.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PipelineLayersTest {

    @Test
    void llamaThreeFourOhFiveOnSixteenStagesIsFifteenStagesOfEightAndALastOfSix() {
        assertTrue(PipelineLayers.splits(126, 16, 1, true));
        assertFalse(PipelineLayers.splits(126, 16, 1, false), "without uneven stages pp must divide the layers");
        assertEquals(8, PipelineLayers.busiestStage(126, 16));
        assertEquals(6, PipelineLayers.lastStage(126, 16));
        assertEquals(126, 15 * PipelineLayers.busiestStage(126, 16) + PipelineLayers.lastStage(126, 16));
    }

    @Test
    void anEvenSplitGivesEveryStageTheSameShareToTheBit() {
        for (int layers = 1; layers <= 200; layers++) {
            for (int pp = 1; pp <= layers; pp++) {
                if (layers % pp == 0) {
                    double share = (double) layers / pp;
                    assertEquals(share, PipelineLayers.busiestStage(layers, pp), 0, layers + "/" + pp);
                    assertEquals(share, PipelineLayers.lastStage(layers, pp), 0, layers + "/" + pp);
                    assertTrue(PipelineLayers.splits(layers, pp, 1, false));
                }
            }
        }
    }

    @Test
    void everyUnevenSplitHoldsEachLayerOnceWithALastStageOfAtLeastOneShorterThanTheOthers() {
        for (int layers = 1; layers <= 200; layers++) {
            for (int pp = 1; pp <= layers + 2; pp++) {
                if (layers % pp == 0 || !PipelineLayers.splits(layers, pp, 1, true)) {
                    continue;
                }
                double busiest = PipelineLayers.busiestStage(layers, pp);
                double last = PipelineLayers.lastStage(layers, pp);
                String where = layers + " layers on " + pp + " stages";
                assertEquals(layers, (pp - 1) * busiest + last, 0, where);
                assertTrue(last >= 1 && last < busiest, where);
            }
        }
    }

    @Test
    void aDepthThatLeavesTheLastStageEmptyOrChunksThatDoNotFitDoNotSplit() {
        // 30 layers on 16 stages: ⌈30/16⌉ = 2 each for 15 stages is all 30, nothing for the last
        assertFalse(PipelineLayers.splits(30, 16, 1, true));
        assertFalse(PipelineLayers.splits(30, 4, 3, true), "3 chunks do not split a full stage's 8 layers equally");
        assertTrue(PipelineLayers.splits(30, 4, 2, true), "full stages of 8 in chunks of 4, the last's 6 in 2");
        assertTrue(PipelineLayers.splits(126, 16, 2, true) && PipelineLayers.splits(126, 16, 4, true));
        assertFalse(PipelineLayers.splits(126, 16, 8, true), "the last stage's 6 layers cannot fill 8 chunks");
        assertFalse(PipelineLayers.splits(30, 4, 2, false), "no uneven stages: pp·vpp must divide the layers");
        assertTrue(PipelineLayers.splits(32, 4, 2, false));
        assertFalse(PipelineLayers.splits(10, 11, 1, true), "more stages than layers");
        assertFalse(PipelineLayers.splits(10, 0, 1, true));
        assertFalse(PipelineLayers.splits(10, 2, 0, true));
    }
}
