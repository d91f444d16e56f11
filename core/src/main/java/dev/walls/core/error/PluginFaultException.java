package dev.walls.core.error;

/**
 * A plugin's code failed, or broke what the SPI asks of it, while walls ran it: a kernel that threw, or scored a
 * layout that fits with a step that is not a positive, finite number of seconds. Neither the user's input nor walls
 * is to blame, so the message names the plugin and its jar; the command line says so and exits with 1.
 */
public final class PluginFaultException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PluginFaultException(String message) {
        super(message);
    }

    public PluginFaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
