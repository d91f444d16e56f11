package dev.walls.core.plugin;

/** Which failures met while calling a plugin are the plugin's to answer for. */
final class PluginFaults {

    private PluginFaults() {
    }

    /**
     * Rethrows an error of the machine rather than of the plugin: running out of memory, or the JVM breaking (a
     * {@link VirtualMachineError}). A stack overflow is the plugin's own (its recursion), and so is anything else, even
     * an {@link Error} such as an assertion; for those this returns, and the caller reports the plugin's fault.
     *
     * @param failure what the call threw; null (no cause) returns
     */
    static void rethrowMachineErrors(Throwable failure) {
        if (failure instanceof VirtualMachineError vm && !(failure instanceof StackOverflowError)) {
            throw vm;
        }
    }
}
