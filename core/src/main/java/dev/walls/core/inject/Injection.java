package dev.walls.core.inject;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.walls.core.plugin.PluginSet;

/** Builds the injector that wires the plugins' contributions. */
public final class Injection {

    private Injection() {
    }

    /** Returns the catalog of everything the plugins contribute. */
    public static Catalog catalog(PluginSet plugins) {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new ContributionsModule(plugins));
        return injector.getInstance(Catalog.class);
    }
}
