package dev.walls.cli;

import dev.walls.core.Walls;
import dev.walls.core.output.Json;
import dev.walls.core.plugin.LoadedPlugin;
import dev.walls.core.plugin.PluginFailure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code walls plugins}: what loaded, from where, what each contributes, and what failed. */
@Command(name = "plugins", description = "List loaded plugins, their module, version and contributions, and failures.")
final class PluginsCommand extends Subcommand {

    @Override
    public Integer call() {
        Walls walls = root.walls(false);
        List<LoadedPlugin> loaded = walls.plugins();
        List<PluginFailure> failures = walls.pluginFailures();
        var out = spec.commandLine().getOut();
        switch (format.format()) {
            case JSON -> {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("plugins", loaded);
                json.put("failures", failures);
                out.print(Json.write(json));
            }
            case CSV -> {
                Csv csv = new Csv("id", "module", "version", "spiVersion", "origin", "systems", "workloads", "wallModels",
                        "status", "reason", "kernels");
                for (LoadedPlugin p : loaded) {
                    csv.row(p.id(), p.module(), p.version(), p.spiVersion(), p.origin(), String.join(" ", p.systems()),
                            String.join(" ", p.workloads()), String.join(" ", p.wallModels()), "loaded", "",
                            String.join(" ", p.kernels()));
                }
                for (PluginFailure f : failures) {
                    csv.row("", "", "", "", f.source(), "", "", "", "failed", f.reason(), "");
                }
                out.print(csv);
            }
            case TABLE -> {
                Table t = new Table("plugin", "module", "version", "spi", "from", "contributes");
                for (LoadedPlugin p : loaded) {
                    t.row(p.id(), p.module(), p.version(), p.spiVersion(), p.origin(), contributions(p));
                }
                out.print(t);
                if (!failures.isEmpty()) {
                    out.println();
                    out.println("Failed to load:");
                    for (PluginFailure f : failures) {
                        out.println("  " + f.source() + ": " + f.reason());
                    }
                }
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private static String contributions(LoadedPlugin p) {
        StringBuilder b = new StringBuilder();
        append(b, "systems", p.systems());
        append(b, "workloads", p.workloads());
        append(b, "wall models", p.wallModels());
        append(b, "kernels", p.kernels());
        return b.length() == 0 ? "-" : b.toString();
    }

    private static void append(StringBuilder b, String what, List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        b.append(b.length() == 0 ? "" : "; ").append(what).append(": ");
        b.append(ids.size() <= 6 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 5)) + ", … (" + ids.size() + ")");
    }
}
