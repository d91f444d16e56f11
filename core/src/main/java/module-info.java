/**
 * The walls core: finds plugins (ServiceLoader in the boot layer and one module layer per plugin jar), wires
 * what they contribute with Guice, loads specs from YAML and JSON, evaluates layouts through the walls, and
 * searches for the best one; compares systems ({@code compare}), sweeps them over sizes ({@code sweep}), writes a
 * comparison as an HTML page ({@code report}), and formats quantities for people the same way everywhere
 * ({@code output}).
 *
 * @uses dev.walls.spi.WallsPlugin every plugin, built in or dropped into a plugin folder
 */
module dev.walls.core {
    requires transitive dev.walls.spi;
    // Dependency injection of what plugins contribute; plugins themselves never see it.
    requires com.google.guice;
    requires jakarta.inject;
    // Spec files in YAML and JSON, and JSON output.
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.datatype.jdk8;
    // Counters and timers of evaluations and searches.
    requires micrometer.core;

    exports dev.walls.core;
    exports dev.walls.core.evaluation;
    exports dev.walls.core.validation;
    exports dev.walls.core.search;
    exports dev.walls.core.compare;
    exports dev.walls.core.sweep;
    exports dev.walls.core.range;
    exports dev.walls.core.error;
    exports dev.walls.core.spec;
    exports dev.walls.core.plugin;
    exports dev.walls.core.describe;
    exports dev.walls.core.output;
    exports dev.walls.core.report;

    // Guice constructs the catalog reflectively.
    opens dev.walls.core.inject to com.google.guice;

    uses dev.walls.spi.WallsPlugin;
}
