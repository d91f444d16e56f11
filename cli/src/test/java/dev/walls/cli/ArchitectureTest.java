package dev.walls.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture the module layout promises, checked on the compiled classes of every module: the SPI depends
 * on nothing, plugins and hardware modules on the SPI only, the core never names a plugin, no package cycles.
 */
class ArchitectureTest {

    /** Module folder → root package of each plugin and hardware module. */
    private static final Map<String, String> PLUGINS = Map.ofEntries(
            Map.entry("plugins/standard-walls", "dev.walls.standard"),
            Map.entry("plugins/reference-gpus", "dev.walls.gpus"),
            Map.entry("plugins/model-zoo", "dev.walls.zoo"),
            Map.entry("plugins/packaging", "dev.walls.packaging"),
            Map.entry("plugins/economics", "dev.walls.economics"),
            Map.entry("plugins/fast-kernel", "dev.walls.kernel.fast"),
            Map.entry("hardware-d1", "dev.walls.hardware.dojo"),
            Map.entry("hardware-gb200", "dev.walls.hardware.blackwell"),
            Map.entry("hardware-ai5", "dev.walls.hardware.teslaai"));

    private static JavaClasses all;

    @BeforeAll
    static void importEveryModule() {
        Path root = Path.of("..");
        List<Path> dirs = new ArrayList<>(List.of(root.resolve("spi/target/classes"), root.resolve("core/target/classes"),
                root.resolve("cli/target/classes")));
        PLUGINS.keySet().stream().sorted().forEach(m -> dirs.add(root.resolve(m).resolve("target/classes")));
        dirs.removeIf(d -> !Files.isDirectory(d));
        all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPaths(dirs);
    }

    @Test
    void theSpiDependsOnNothingButTheJdk() {
        classes().that().resideInAPackage("dev.walls.spi..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.walls.spi..", "java..")
                .check(all);
    }

    @Test
    void pluginsAndHardwareModulesDependOnTheSpiOnly() {
        for (String pkg : PLUGINS.values()) {
            classes().that().resideInAPackage(pkg + "..")
                    .should().onlyDependOnClassesThat().resideInAnyPackage(pkg + "..", "dev.walls.spi..", "java..")
                    .because("a plugin sees only the SPI: not the core, not the CLI, not another plugin, no libraries")
                    .check(all);
        }
    }

    @Test
    void theCoreNeverNamesAPluginClass() {
        noClasses().that().resideInAPackage("dev.walls.core..")
                .should().dependOnClassesThat().resideInAnyPackage(PLUGINS.values().stream().map(p -> p + "..").toArray(String[]::new))
                .check(all);
    }

    @Test
    void theCliNamesNoPluginClassEither() {
        noClasses().that().resideInAPackage("dev.walls.cli..")
                .should().dependOnClassesThat().resideInAnyPackage(PLUGINS.values().stream().map(p -> p + "..").toArray(String[]::new))
                .check(all);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.walls.(**)").should().beFreeOfCycles().check(all);
    }

    @Test
    void everyModuleWasImported() {
        // A rule over an empty import passes vacuously: make sure every module's classes are really there.
        for (String pkg : PLUGINS.values()) {
            if (all.stream().noneMatch(c -> c.getPackageName().startsWith(pkg))) {
                throw new AssertionError("no classes imported for " + pkg + ": build the modules first (mvn verify)");
            }
        }
    }
}
