package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.TrainingJob;
import dev.walls.core.Walls;
import dev.walls.core.error.InputException;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.workload.Workload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Mistakes a caller of the Java API can make, each refused with what to do instead. */
class JavaApiMistakesTest {

    private static Walls walls;

    @BeforeAll
    static void create() {
        System.setProperty("guice_bytecode_gen_option", "DISABLED");
        walls = Walls.create();
    }

    @Test
    void pinnedKeysConstrainASearchAndTheRefusalOfAnEvaluationSaysSo() {
        TrainingJob pinned = walls.train("gpt3-175b").on("dgx-h100").accelerators(1024).pin("tp=8");
        String message = assertThrows(InputException.class, pinned::evaluate).getMessage();
        assertTrue(message.endsWith("; the keys given to pin() constrain search(), not evaluate(): give the layout"
                + " with strategy(\"...\")"), message);
        assertEquals(8, pinned.search().best().strategy().tp(), "the pin holds for the search");
    }

    @Test
    void aMissingWorkloadOrSystemIsNamed() {
        assertEquals("workload", assertThrows(NullPointerException.class, () -> walls.train((String) null)).getMessage());
        assertEquals("workload", assertThrows(NullPointerException.class, () -> walls.train((Workload) null)).getMessage());
        TrainingJob job = walls.train("gpt3-175b");
        assertEquals("system", assertThrows(NullPointerException.class, () -> job.on((String) null)).getMessage());
        assertEquals("system", assertThrows(NullPointerException.class, () -> job.on((SystemSpec) null)).getMessage());
        assertEquals("no system given: call on(\"gb200-nvl72\") or pass --system",
                assertThrows(InputException.class, job::search).getMessage());
    }
}
