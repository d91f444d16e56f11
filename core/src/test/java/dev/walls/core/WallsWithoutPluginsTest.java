package dev.walls.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.error.InputException;
import org.junit.jupiter.api.Test;

/**
 * walls-core alone, as an application that depends on it and nothing else gets it: no plugin is on this module's
 * test path, so nothing defines a system or a workload, and the first lookup must say so rather than suggest a typo.
 */
class WallsWithoutPluginsTest {

    private static final String NO_PLUGINS = "no plugins are loaded, so walls knows no systems or workloads; the "
            + "built-in plugins (walls-model-zoo, walls-reference-gpus, walls-standard-walls, ...) are missing from the "
            + "class or module path (a path to a .yaml or .json spec is accepted too)";

    @Test
    void anUnknownIdSaysThatNoPluginIsLoaded() {
        Walls walls = Walls.create();
        assertTrue(walls.plugins().isEmpty(), walls.plugins().toString());
        assertEquals("unknown workload 'gpt3-175b': " + NO_PLUGINS,
                assertThrows(InputException.class, () -> walls.train("gpt3-175b")).getMessage());
        assertEquals("unknown system 'dgx-h100': " + NO_PLUGINS,
                assertThrows(InputException.class, () -> walls.system("dgx-h100")).getMessage());
    }
}
