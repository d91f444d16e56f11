package dev.walls.core.spec;

import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.workload.Workload;
import java.nio.file.Path;

/** Loads systems and workloads from YAML or JSON spec files. */
public final class SpecLoader {

    private SpecLoader() {
    }

    /** Reads a system spec. @throws SpecException naming file, line, field and problem */
    public static SystemSpec system(Path file) {
        return SystemSpecReader.read(SpecParser.parse(file));
    }

    /** Reads a workload spec. @throws SpecException naming file, line, field and problem */
    public static Workload workload(Path file) {
        return WorkloadSpecReader.read(SpecParser.parse(file));
    }
}
