package dev.walls.core.inject;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import dev.walls.core.plugin.PluginSet;
import dev.walls.spi.WallsPlugin;
import dev.walls.spi.kernel.EvaluationKernel;
import dev.walls.spi.model.WallModel;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.workload.Workload;

/**
 * Binds what the loaded plugins contribute: every system and workload by id, every wall model and evaluation kernel in a set. The
 * core never names a plugin class; it only sees the SPI types plugins return.
 */
final class ContributionsModule extends AbstractModule {

    private final PluginSet plugins;

    ContributionsModule(PluginSet plugins) {
        this.plugins = plugins;
    }

    @Override
    protected void configure() {
        bind(PluginSet.class).toInstance(plugins);
        MapBinder<String, SystemSpec> systems = MapBinder.newMapBinder(binder(), String.class, SystemSpec.class);
        MapBinder<String, Workload> workloads = MapBinder.newMapBinder(binder(), String.class, Workload.class);
        Multibinder<WallModel> wallModels = Multibinder.newSetBinder(binder(), WallModel.class);
        Multibinder<EvaluationKernel> kernels = Multibinder.newSetBinder(binder(), EvaluationKernel.class);
        for (WallsPlugin plugin : plugins.plugins()) {
            plugin.systems().forEach(s -> systems.addBinding(s.id()).toInstance(s));
            plugin.workloads().forEach(w -> workloads.addBinding(w.id()).toInstance(w));
            plugin.wallModels().forEach(m -> wallModels.addBinding().toInstance(m));
            plugin.kernels().forEach(k -> kernels.addBinding().toInstance(k));
        }
    }
}
