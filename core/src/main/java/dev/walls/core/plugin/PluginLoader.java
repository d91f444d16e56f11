package dev.walls.core.plugin;

import dev.walls.core.error.InputException;
import dev.walls.core.spec.SpecMagnitudes;
import dev.walls.core.spec.WorkloadLimits;
import dev.walls.spi.SpiVersion;
import dev.walls.spi.WallsPlugin;
import dev.walls.spi.kernel.EvaluationKernel;
import dev.walls.spi.model.WallModel;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.workload.Workload;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds plugins: those on the application's module path (or class path), then every jar of each plugin folder
 * the user names, each jar in a module layer of its own.
 *
 * <p>A plugin jar's layer is resolved with the host's configuration as parent and an empty "before" finder, so
 * the host's modules always win over copies inside a plugin folder. A jar that fails — a module it requires is
 * missing, a package it shares with another module, a provider that throws, an incompatible SPI version, an id
 * already taken — is reported by its path and reason, and the other plugins still load.
 *
 * <p>When walls itself runs on the class path (its SPI in the unnamed module, as in most applications that embed
 * it), there is no {@code dev.walls.spi} module for a plugin's layer to read. Each jar is then loaded by a class
 * loader of its own, a child of walls' loader, and its providers are the ones its module descriptor names
 * ({@code provides dev.walls.spi.WallsPlugin with ...}, or {@code META-INF/services} for a jar without a
 * module-info): the same plugins load, under the same checks, either way.
 */
public final class PluginLoader {

    private final List<WallsPlugin> accepted = new ArrayList<>();
    private final List<LoadedPlugin> loaded = new ArrayList<>();
    private final List<PluginFailure> failures = new ArrayList<>();
    private final Map<String, String> pluginIds = new HashMap<>();
    private final Map<String, String> systemIds = new HashMap<>();
    private final Map<String, String> workloadIds = new HashMap<>();
    private final Map<String, String> wallModelIds = new HashMap<>();
    private final Map<String, String> kernelIds = new HashMap<>();
    /** Whether plugin jars get module layers (walls is a named module) or class loaders (walls is on the class path). */
    private final boolean modular;
    /** The packages of walls' own modules, which a plugin jar loaded on the class path must not share; computed once. */
    private Set<String> hostPackages;

    private PluginLoader(boolean modular) {
        this.modular = modular;
    }

    /**
     * Loads the built-in plugins and those of the given folders.
     *
     * @throws InputException when a folder does not exist or is not a directory (nothing is loaded from it)
     */
    public static PluginSet load(List<Path> pluginFolders) {
        return load(pluginFolders, WallsPlugin.class.getModule().isNamed());
    }

    /**
     * Loads the built-in plugins and those of the given folders, the folders' jars each in a module layer
     * ({@code modular}) or each by a class loader of its own (walls on the class path).
     */
    static PluginSet load(List<Path> pluginFolders, boolean modular) {
        for (Path folder : pluginFolders) {
            if (folder.toString().isEmpty()) {
                // an empty path resolves to the current folder: loading every jar there was never what was meant
                throw new InputException("--plugin-path: empty path; name a folder");
            }
            if (!Files.isDirectory(folder)) {
                throw new InputException("--plugin-path " + folder + ": " + (Files.exists(folder)
                        ? "is not a directory" : "no such directory"));
            }
        }
        PluginLoader loader = new PluginLoader(modular);
        loader.loadBuiltIn();
        // A folder named twice (or by two spellings) is loaded once: its plugins would only clash with themselves.
        Set<Path> seen = new HashSet<>();
        for (Path folder : pluginFolders) {
            if (seen.add(realPath(folder))) {
                loader.loadFolder(folder);
            }
        }
        return new PluginSet(loader.accepted, loader.loaded, loader.failures);
    }

    private static Path realPath(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }

    private void loadBuiltIn() {
        List<ServiceLoader.Provider<WallsPlugin>> providers = new ArrayList<>();
        try {
            ServiceLoader.load(WallsPlugin.class, PluginLoader.class.getClassLoader()).stream().forEach(providers::add);
        } catch (ServiceConfigurationError e) {
            failures.add(new PluginFailure("built-in", "service configuration is broken: " + e.getMessage()));
        }
        // Only the boot layer here: plugin folders are loaded explicitly below.
        providers.removeIf(p -> {
            ModuleLayer layer = p.type().getModule().getLayer();
            return layer != null && layer != ModuleLayer.boot();
        });
        providers.sort(Comparator.comparing(p -> p.type().getName()));
        for (ServiceLoader.Provider<WallsPlugin> p : providers) {
            Module module = p.type().getModule();
            String source = module.isNamed() ? module.getName() : p.type().getName();
            instantiate(p, source, "built-in", null);
        }
    }

    private void loadFolder(Path folder) {
        List<Path> jars;
        try (Stream<Path> files = Files.list(folder)) {
            jars = files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            failures.add(new PluginFailure(folder.toString(), "cannot list the folder: " + e.getMessage()));
            return;
        }
        for (Path jar : jars) {
            loadJar(jar);
        }
    }

    private void loadJar(Path jar) {
        // The path as the folder was given: two folders may hold jars of one name, and `walls plugins` shows it too.
        String source = jar.toString();
        ModuleFinder finder;
        Set<ModuleReference> refs;
        try {
            finder = ModuleFinder.of(jar);
            refs = finder.findAll();
        } catch (FindException e) {
            failures.add(new PluginFailure(source, "cannot be read as a module: " + rootMessage(e)));
            return;
        } catch (RuntimeException e) {
            failures.add(new PluginFailure(source, "cannot be loaded: " + rootMessage(e)));
            return;
        }
        if (refs.isEmpty()) {
            failures.add(new PluginFailure(source, "is not a Java module or jar"));
            return;
        }
        if (!modular) {
            // ModuleFinder.of one jar finds one module
            loadJarOnClassLoader(jar, source, refs.iterator().next().descriptor());
            return;
        }
        ModuleLayer layer;
        try {
            List<String> roots = new ArrayList<>();
            for (ModuleReference ref : refs) {
                String name = ref.descriptor().name();
                if (ModuleLayer.boot().findModule(name).isPresent()) {
                    failures.add(new PluginFailure(source, "module " + name
                            + " is already loaded (built in or on the module path); the copy in the plugin folder is ignored"));
                    return;
                }
                roots.add(name);
            }
            Configuration parent = ModuleLayer.boot().configuration();
            Configuration cf = parent.resolveAndBind(ModuleFinder.of(), finder, roots);
            layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, PluginLoader.class.getClassLoader());
        } catch (FindException e) {
            String why = rootMessage(e);
            // A library beside the plugin in its folder is not seen: each jar is a layer of its own.
            failures.add(new PluginFailure(source, "cannot be read as a module: " + why + (why.contains("not found, required by")
                    ? "; each plugin jar is loaded alone, so a library it needs goes inside its jar" : "")));
            return;
        } catch (ResolutionException e) {
            failures.add(new PluginFailure(source, "cannot be resolved: " + rootMessage(e)));
            return;
        } catch (LayerInstantiationException e) {
            failures.add(new PluginFailure(source, "cannot be loaded: " + rootMessage(e)));
            return;
        } catch (RuntimeException e) {
            failures.add(new PluginFailure(source, "cannot be loaded: " + rootMessage(e)));
            return;
        }
        List<ServiceLoader.Provider<WallsPlugin>> providers = new ArrayList<>();
        try {
            ServiceLoader.load(layer, WallsPlugin.class).stream()
                    .filter(p -> p.type().getModule().getLayer() == layer)
                    .forEach(providers::add);
        } catch (ServiceConfigurationError e) {
            failures.add(new PluginFailure(source, "its service declaration is broken: " + rootMessage(e)));
            return;
        }
        if (providers.isEmpty()) {
            failures.add(new PluginFailure(source, NO_PROVIDER));
            return;
        }
        providers.sort(Comparator.comparing(p -> p.type().getName()));
        for (ServiceLoader.Provider<WallsPlugin> p : providers) {
            instantiate(p, source, jar.toString(), null);
        }
    }

    private static final String NO_PROVIDER = "provides no dev.walls.spi.WallsPlugin (declare `provides "
            + "dev.walls.spi.WallsPlugin with ...;` in its module-info)";

    /**
     * Loads a plugin jar when walls runs on the class path: by a class loader of its own whose parent is walls' (so
     * that the plugin sees the very SPI types walls uses), its providers those its module descriptor names. The jar's
     * module-info is still read for them, so a plugin loads the same on either path.
     */
    private void loadJarOnClassLoader(Path jar, String source, ModuleDescriptor descriptor) {
        List<String> classes = new ArrayList<>(new TreeSet<>(descriptor.provides().stream()
                .filter(p -> p.service().equals(WallsPlugin.class.getName()))
                .flatMap(p -> p.providers().stream()).collect(Collectors.toList())));
        if (classes.isEmpty()) {
            failures.add(new PluginFailure(source, NO_PROVIDER));
            return;
        }
        for (String pkg : new TreeSet<>(descriptor.packages())) {
            if (hostPackages().contains(pkg)) {
                failures.add(new PluginFailure(source, "its package " + pkg + " is one of walls' own; a plugin keeps "
                        + "its classes in packages of its own"));
                return;
            }
        }
        URLClassLoader loader;
        try {
            loader = new URLClassLoader("plugin " + jar.getFileName(), new URL[] {jar.toUri().toURL()},
                    PluginLoader.class.getClassLoader());
        } catch (MalformedURLException e) {
            failures.add(new PluginFailure(source, "cannot be loaded: " + rootMessage(e)));
            return;
        }
        for (String name : classes) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                failures.add(new PluginFailure(source, "its plugin class " + name + " cannot be loaded: " + rootMessage(e)));
                continue;
            }
            if (type.getClassLoader() != loader) {
                failures.add(new PluginFailure(source, "its plugin class " + name + " is already on the class path "
                        + "(built in); the copy in the plugin folder is ignored"));
                continue;
            }
            if (!WallsPlugin.class.isAssignableFrom(type)) {
                failures.add(new PluginFailure(source, "its plugin class " + name + " does not implement "
                        + WallsPlugin.class.getName()));
                continue;
            }
            instantiate(new ClassProvider(type.asSubclass(WallsPlugin.class)), source, jar.toString(), descriptor);
        }
    }

    /** The packages of the modules walls itself is made of (read from their jars), for a class-path host. */
    private Set<String> hostPackages() {
        if (hostPackages == null) {
            Set<String> packages = new HashSet<>();
            for (Class<?> c : List.of(WallsPlugin.class, PluginLoader.class)) {
                try {
                    Path location = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
                    ModuleFinder.of(location).findAll().forEach(r -> packages.addAll(r.descriptor().packages()));
                } catch (Exception | LinkageError e) {
                    // where walls came from cannot be read: its packages at least hold the class itself
                    packages.add(c.getPackageName());
                }
            }
            hostPackages = packages;
        }
        return hostPackages;
    }

    /**
     * A plugin class found through its jar's descriptor, instantiated as ServiceLoader would in a module: by its
     * public static {@code provider()} method when it has one, else by its public no-argument constructor.
     */
    private record ClassProvider(Class<? extends WallsPlugin> type) implements ServiceLoader.Provider<WallsPlugin> {

        @Override
        public WallsPlugin get() {
            try {
                Optional<Method> factory = providerMethod();
                if (factory.isPresent()) {
                    Object made = factory.get().invoke(null);
                    if (made == null) {
                        throw new ServiceConfigurationError(WallsPlugin.class.getName() + ": " + type.getName()
                                + ".provider() returned null");
                    }
                    return (WallsPlugin) made;
                }
                Constructor<? extends WallsPlugin> constructor = type.getConstructor();
                return constructor.newInstance();
            } catch (InvocationTargetException e) {
                throw new ServiceConfigurationError(WallsPlugin.class.getName() + ": Provider " + type.getName()
                        + " could not be instantiated", e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new ServiceConfigurationError(WallsPlugin.class.getName() + ": Provider " + type.getName()
                        + " has no public no-argument constructor or public static provider() method", e);
            }
        }

        private Optional<Method> providerMethod() {
            try {
                Method m = type.getMethod("provider");
                return Modifier.isStatic(m.getModifiers()) && WallsPlugin.class.isAssignableFrom(m.getReturnType())
                        ? Optional.of(m) : Optional.empty();
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * @param descriptor the module descriptor of the plugin's jar when it is loaded on the class path (its classes
     *                   then live in an unnamed module, which has none); null to read the module's own
     */
    private void instantiate(ServiceLoader.Provider<WallsPlugin> provider, String source, String origin,
                             ModuleDescriptor descriptor) {
        WallsPlugin plugin;
        String id;
        String spi;
        List<SystemSpec> systems;
        List<Workload> workloads;
        List<WallModel> models;
        List<EvaluationKernel> kernels;
        String description;
        try {
            plugin = provider.get();
            id = plugin.id();
            spi = plugin.spiVersion();
            String incompatible = SpiVersion.incompatibility(spi);
            if (incompatible != null) {
                failures.add(new PluginFailure(source, "plugin '" + id + "' " + incompatible));
                return;
            }
            description = plugin.description();
            systems = contributed(plugin.systems(), "systems()");
            workloads = contributed(plugin.workloads(), "workloads()");
            models = contributed(plugin.wallModels(), "wallModels()");
            kernels = contributed(plugin.kernels(), "kernels()");
        } catch (Throwable e) {
            // A plugin's own failure, even an Error (an assertion, a stack overflow), stops that plugin, not walls;
            // only the machine running out of memory or breaking is not the plugin's to report.
            PluginFaults.rethrowMachineErrors(e);
            failures.add(new PluginFailure(source, "its plugin " + provider.type().getName() + " failed: " + rootMessage(e)));
            return;
        }
        String refusal = clash(id, systems, workloads, models, kernels);
        // A spec file's quantities must be of plausible magnitude; so must a plugin's, or a wall overflows.
        for (int i = 0; refusal == null && i < systems.size(); i++) {
            String absurd = SpecMagnitudes.absurdFigure(systems.get(i));
            if (absurd != null) {
                refusal = "defines system '" + systems.get(i).id() + "' whose " + absurd;
            }
        }
        for (int i = 0; refusal == null && i < workloads.size(); i++) {
            String beyond = WorkloadLimits.exceeded(workloads.get(i));
            if (beyond != null) {
                refusal = "defines workload '" + workloads.get(i).id() + "' whose " + beyond;
            }
        }
        if (refusal != null) {
            failures.add(new PluginFailure(source, "plugin '" + id + "' " + refusal));
            return;
        }
        pluginIds.put(id, source);
        systems.forEach(s -> systemIds.put(s.id(), id));
        workloads.forEach(w -> workloadIds.put(w.id(), id));
        models.forEach(m -> wallModelIds.put(m.id(), id));
        kernels.forEach(k -> kernelIds.put(k.id(), id));
        Module module = provider.type().getModule();
        if (descriptor == null) {
            descriptor = module.getDescriptor();
        }
        String moduleName = module.isNamed() ? module.getName() : "unnamed";
        String version = descriptor != null && descriptor.rawVersion().isPresent() ? descriptor.rawVersion().get() : "unversioned";
        accepted.add(new CapturedPlugin(id, spi, description, systems, workloads, models, kernels));
        loaded.add(new LoadedPlugin(id, description, moduleName, version, spi, origin,
                systems.stream().map(SystemSpec::id).collect(Collectors.toList()),
                workloads.stream().map(Workload::id).collect(Collectors.toList()),
                models.stream().map(m -> m.wall() + ":" + m.id()).collect(Collectors.toList()),
                kernels.stream().map(EvaluationKernel::id).collect(Collectors.toList())));
    }

    /** A plugin's list of contributions, copied; a null list or element is the plugin's mistake, named. */
    private static <T> List<T> contributed(List<T> list, String method) {
        if (list == null) {
            throw new IllegalStateException(method + " returned null; return an empty list for nothing");
        }
        // not list.contains(null): an immutable list refuses to be asked
        for (T element : list) {
            if (element == null) {
                throw new IllegalStateException(method + " returned a list with a null element");
            }
        }
        return List.copyOf(list);
    }

    /** Returns why a plugin's ids collide with those already loaded, or null. */
    private String clash(String id, List<SystemSpec> systems, List<Workload> workloads, List<WallModel> models,
                         List<EvaluationKernel> kernels) {
        if (id == null || id.isBlank()) {
            return "has no id";
        }
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            // WallsPlugin's contract: the id is named on the command line and in JSON
            return "has an id that is not lower-case letters, digits and dashes";
        }
        if (pluginIds.containsKey(id)) {
            return "has the id of a plugin already loaded from " + pluginIds.get(id);
        }
        List<String> seen = new ArrayList<>();
        for (SystemSpec s : systems) {
            if (systemIds.containsKey(s.id()) || seen.contains(s.id())) {
                return "defines system '" + s.id() + "', already defined by plugin '"
                        + systemIds.getOrDefault(s.id(), id) + "'";
            }
            seen.add(s.id());
        }
        seen.clear();
        for (Workload w : workloads) {
            if (workloadIds.containsKey(w.id()) || seen.contains(w.id())) {
                return "defines workload '" + w.id() + "', already defined by plugin '"
                        + workloadIds.getOrDefault(w.id(), id) + "'";
            }
            seen.add(w.id());
        }
        seen.clear();
        for (WallModel m : models) {
            if (wallModelIds.containsKey(m.id()) || seen.contains(m.id())) {
                return "provides wall model '" + m.id() + "', already provided by plugin '"
                        + wallModelIds.getOrDefault(m.id(), id) + "'";
            }
            seen.add(m.id());
        }
        seen.clear();
        for (EvaluationKernel k : kernels) {
            if (k.id().equals("reference") || kernelIds.containsKey(k.id()) || seen.contains(k.id())) {
                return "provides kernel '" + k.id() + "', already provided by "
                        + (k.id().equals("reference") ? "the core" : "plugin '" + kernelIds.getOrDefault(k.id(), id) + "'");
            }
            seen.add(k.id());
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String msg = t.getMessage();
        String own = e.getMessage();
        if (t != e && own != null && msg != null && !own.contains(msg)) {
            return own + " (" + t.getClass().getSimpleName() + ": " + msg + ")";
        }
        return msg != null ? msg : t.getClass().getName();
    }
}
