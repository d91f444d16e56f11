package dev.walls.core.plugin;

import java.util.Objects;

/**
 * A plugin that did not load, and why. The other plugins still load.
 *
 * @param source the plugin jar's path (as its folder was given), or the module / provider class of a built-in plugin
 * @param reason one sentence the user can act on
 */
public record PluginFailure(String source, String reason) {

    public PluginFailure {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
