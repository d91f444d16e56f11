package dev.walls.core.plugin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** What a plugin answers for, as the loader and a plugin's wall model both judge it. */
class PluginFaultsTest {

    @Test
    void theMachineRunningOutOfMemoryIsNotThePlugins() {
        assertThrows(OutOfMemoryError.class, () -> PluginFaults.rethrowMachineErrors(new OutOfMemoryError("heap")));
        assertThrows(InternalError.class, () -> PluginFaults.rethrowMachineErrors(new InternalError("jvm")));
    }

    @Test
    void itsOwnFailuresAreThePlugins() {
        assertDoesNotThrow(() -> PluginFaults.rethrowMachineErrors(new StackOverflowError()));
        assertDoesNotThrow(() -> PluginFaults.rethrowMachineErrors(new AssertionError("x")));
        assertDoesNotThrow(() -> PluginFaults.rethrowMachineErrors(new IllegalStateException("x")));
        assertDoesNotThrow(() -> PluginFaults.rethrowMachineErrors(null));
    }
}
