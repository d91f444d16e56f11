package dev.walls.core.plugin;

import dev.walls.spi.WallsPlugin;
import java.util.List;

/**
 * The outcome of plugin discovery: the plugins accepted, in load order (built-in first, then each plugin folder
 * in the order given, jars sorted by file name), their descriptions, and the failures.
 *
 * @param plugins  the accepted plugin instances
 * @param loaded   what each accepted plugin contributes, in the same order
 * @param failures plugins that were rejected, with the reason
 */
public record PluginSet(List<WallsPlugin> plugins, List<LoadedPlugin> loaded, List<PluginFailure> failures) {

    public PluginSet {
        plugins = List.copyOf(plugins);
        loaded = List.copyOf(loaded);
        failures = List.copyOf(failures);
    }
}
