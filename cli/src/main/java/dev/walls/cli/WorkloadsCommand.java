package dev.walls.cli;

import dev.walls.core.Walls;
import dev.walls.core.output.Json;
import dev.walls.spi.workload.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code walls workloads [WORKLOAD...]}: known workloads, or the ones named, with their shape and providing plugin. */
@Command(name = "workloads", description = {"List known workloads: id, name, parameters, tokens, providing plugin.",
        "Name workloads (ids or spec files) to list only those: a spec file's parameter count, as walls reads it."})
final class WorkloadsCommand extends Subcommand {

    @Parameters(arity = "0..*", paramLabel = "WORKLOAD", description = "Workload ids or spec files to list (default: all known).")
    List<String> named = new ArrayList<>();

    @Override
    public Integer call() {
        Walls walls = root.walls(true);
        var out = spec.commandLine().getOut();
        List<Workload> workloads = named.isEmpty() ? walls.workloads() : named.stream().map(walls::workload).toList();
        // what provides each: asked of the name given, so that a spec file's workload reads "spec file", not an id
        // no plugin defines
        List<String> providers = new ArrayList<>();
        for (int i = 0; i < workloads.size(); i++) {
            providers.add(walls.providerOf(named.isEmpty() ? workloads.get(i).id() : named.get(i)));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < workloads.size(); i++) {
            Workload w = workloads.get(i);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", w.id());
            r.put("name", w.name());
            r.put("parameters", w.model().matmulParameters());
            r.put("layers", w.model().layers());
            r.put("hidden", w.model().hidden());
            r.put("heads", w.model().heads());
            r.put("kvHeads", w.model().kvHeads());
            r.put("ffnHidden", w.model().ffnHidden());
            r.put("ffn", w.model().ffnKind().id());
            r.put("vocab", w.model().vocab());
            r.put("tiedEmbeddings", w.model().tiedEmbeddings());
            r.put("dropout", w.model().dropout());
            r.put("sequenceLength", w.sequenceLength());
            r.put("globalBatch", w.globalBatchSequences());
            r.put("trainingTokens", w.trainingTokens());
            r.put("plugin", providers.get(i));
            rows.add(r);
        }
        switch (format.format()) {
            case JSON -> out.print(Json.write(rows));
            case CSV -> {
                Csv csv = new Csv(rows.isEmpty() ? new String[] {"id"} : rows.get(0).keySet().toArray(new String[0]));
                rows.forEach(r -> csv.row(r.values().toArray()));
                out.print(csv);
            }
            case TABLE -> {
                Table t = new Table("id", "name", "params", "layers", "hidden", "seq", "batch", "tokens", "plugin");
                for (int i = 0; i < workloads.size(); i++) {
                    Workload w = workloads.get(i);
                    t.row(w.id(), w.name(), String.format(Locale.ROOT, "%.1fB", w.model().matmulParameters() / 1e9),
                            w.model().layers(), w.model().hidden(), w.sequenceLength(), w.globalBatchSequences(),
                            String.format(Locale.ROOT, "%.3gT", w.trainingTokens() / 1e12), providers.get(i));
                }
                out.print(t);
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
