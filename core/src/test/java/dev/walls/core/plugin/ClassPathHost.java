package dev.walls.core.plugin;

import dev.walls.spi.WallsPlugin;
import dev.walls.spi.system.SystemSpec;
import java.nio.file.Path;
import java.util.List;

/**
 * An application that embeds walls on the class path, as most do: launched in a JVM of its own by
 * {@link PluginLoaderTest}, it loads one plugin folder and prints what loaded, what failed, and a system a plugin
 * defines (read through the SPI's types, which plugin and host must share).
 */
public final class ClassPathHost {

    private ClassPathHost() {
    }

    public static void main(String[] args) {
        System.out.println("walls is a named module: " + WallsPlugin.class.getModule().isNamed());
        PluginSet set = PluginLoader.load(List.of(Path.of(args[0])));
        for (int i = 0; i < set.loaded().size(); i++) {
            LoadedPlugin p = set.loaded().get(i);
            for (SystemSpec s : set.plugins().get(i).systems()) {
                System.out.println("loaded " + p.id() + " from " + Path.of(p.origin()).getFileName() + ": system "
                        + s.id() + " of " + s.accelerators() + " " + s.accelerator().name());
            }
        }
        for (PluginFailure f : set.failures()) {
            System.out.println("failed " + Path.of(f.source()).getFileName() + ": " + f.reason());
        }
    }
}
