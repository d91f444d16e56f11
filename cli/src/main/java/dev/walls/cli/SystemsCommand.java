package dev.walls.cli;

import dev.walls.core.Walls;
import dev.walls.core.output.Json;
import dev.walls.spi.system.SystemSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code walls systems}: every known system with its default size and providing plugin. */
@Command(name = "systems", description = "List known systems: id, name, default size, providing plugin.")
final class SystemsCommand extends Subcommand {

    @Override
    public Integer call() {
        Walls walls = root.walls(true);
        var out = spec.commandLine().getOut();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SystemSpec s : walls.systems()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", s.id());
            r.put("name", s.name());
            r.put("accelerator", s.accelerator().name());
            r.put("accelerators", s.accelerators());
            r.put("minAccelerators", s.scaling().minAccelerators());
            r.put("stepAccelerators", s.scaling().stepAccelerators());
            r.put("maxAccelerators", s.scaling().maxAccelerators());
            r.put("plugin", walls.providerOf(s.id()));
            rows.add(r);
        }
        switch (format.format()) {
            case JSON -> out.print(Json.write(rows));
            case CSV -> {
                Csv csv = new Csv("id", "name", "accelerator", "accelerators", "minAccelerators", "stepAccelerators",
                        "maxAccelerators", "plugin");
                rows.forEach(r -> csv.row(r.values().toArray()));
                out.print(csv);
            }
            case TABLE -> {
                Table t = new Table("id", "name", "accelerator", "default size", "resizable in steps of", "plugin");
                for (SystemSpec s : walls.systems()) {
                    t.row(s.id(), s.name(), s.accelerator().name(), s.accelerators(),
                            s.scaling().minAccelerators() == s.scaling().maxAccelerators() ? "fixed"
                                    : s.scaling().stepAccelerators() + " (" + s.scaling().minAccelerators() + " to "
                                    + s.scaling().maxAccelerators() + ")",
                            walls.providerOf(s.id()));
                }
                out.print(t);
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
