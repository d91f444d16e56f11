package dev.walls.core.validation;

import dev.walls.spi.WallsPlugin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads the repository's own plugins from their sources for end-to-end tests of the core: the core may not depend
 * on plugins, so the test compiles the plugin modules against the SPI of the running test and loads them in a
 * module layer of their own, found through ServiceLoader like any plugin.
 */
final class PluginSources {

    private static List<WallsPlugin> cached;

    private PluginSources() {
    }

    /** Returns the repository root: the nearest ancestor of the working directory holding the parent pom. */
    static Path repositoryRoot() {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null) {
            Path pom = dir.resolve("pom.xml");
            try {
                if (Files.isRegularFile(pom) && Files.readString(pom).contains("<artifactId>walls-parent</artifactId>")
                        && Files.isDirectory(dir.resolve("plugins"))) {
                    return dir;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no walls-parent pom above " + Paths.get("").toAbsolutePath());
    }

    /** Returns the validation directory: system property {@code walls.validationDir}, else {@code <root>/../shared/validation}. */
    static Path validationDirectory() {
        String property = System.getProperty("walls.validationDir");
        if (property != null && !property.isBlank()) {
            return Paths.get(property);
        }
        return repositoryRoot().resolve("../shared/validation").normalize();
    }

    /** Compiles (once per JVM) and loads the plugins under {@code plugins/<name>} of the repository. */
    static synchronized List<WallsPlugin> load(String... pluginFolders) {
        if (cached != null) {
            return cached;
        }
        try {
            Path root = repositoryRoot();
            Path out = root.resolve("core/target/test-plugins");
            Path spi = spiLocation();
            List<Path> compiled = new ArrayList<>();
            for (String folder : pluginFolders) {
                Path sources = root.resolve("plugins").resolve(folder).resolve("src/main/java");
                Path target = out.resolve(folder);
                deleteRecursively(target);
                Files.createDirectories(target);
                List<String> args = new ArrayList<>(List.of("-d", target.toString(), "--module-path", spi.toString(),
                        "-nowarn", "-proc:none"));
                try (Stream<Path> files = Files.walk(sources)) {
                    args.addAll(files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted()
                            .collect(Collectors.toList()));
                }
                ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow(
                        () -> new IllegalStateException("javac is not available to the test JVM"));
                ByteArrayOutputStream log = new ByteArrayOutputStream();
                PrintStream ps = new PrintStream(log, true, StandardCharsets.UTF_8);
                int rc = javac.run(ps, ps, args.toArray(String[]::new));
                if (rc != 0) {
                    throw new IllegalStateException("compiling " + sources + " failed:\n" + log.toString(StandardCharsets.UTF_8));
                }
                compiled.add(target);
            }
            ModuleFinder finder = ModuleFinder.of(compiled.toArray(Path[]::new));
            Set<String> roots = finder.findAll().stream().map(r -> r.descriptor().name()).collect(Collectors.toSet());
            ModuleLayer boot = ModuleLayer.boot();
            Configuration cfg = Configuration.resolveAndBind(ModuleFinder.of(), List.of(boot.configuration()), finder, roots);
            ModuleLayer layer = boot.defineModulesWithOneLoader(cfg, ClassLoader.getSystemClassLoader());
            List<WallsPlugin> plugins = new ArrayList<>();
            ServiceLoader.load(layer, WallsPlugin.class).stream()
                    .filter(p -> p.type().getModule().getLayer() == layer)
                    .map(ServiceLoader.Provider::get)
                    .sorted(Comparator.comparing(WallsPlugin::id))
                    .forEach(plugins::add);
            cached = List.copyOf(plugins);
            return cached;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path spiLocation() {
        ResolvedModule spi = ModuleLayer.boot().configuration().findModule("dev.walls.spi").orElseThrow(
                () -> new IllegalStateException("dev.walls.spi is not on the module path of the test JVM"));
        URI location = spi.reference().location().orElseThrow();
        return Paths.get(location);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
    }
}
