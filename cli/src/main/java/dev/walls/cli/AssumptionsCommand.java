package dev.walls.cli;

import dev.walls.core.Walls;
import dev.walls.core.output.Json;
import dev.walls.spi.figure.Figure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code walls assumptions}: every wall model's default that {@code --assume} can override, with its source. */
@Command(name = "assumptions", description = {"List the wall models' defaults with value, range and source.",
        "Wafer prices, defect densities, PUE, $/kWh, lifetimes, efficiencies, failure rates…; override any with",
        "--assume WALL.PATH=VALUE."})
final class AssumptionsCommand extends Subcommand {

    @Override
    public Integer call() {
        Walls walls = root.walls(true);
        Map<String, Figure> all = walls.assumptions();
        var out = out();
        switch (format.format()) {
            case JSON -> {
                List<Map<String, Object>> rows = new ArrayList<>();
                all.forEach((path, f) -> {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("path", path);
                    r.put("value", f.nominal());
                    r.put("low", f.low());
                    r.put("high", f.high());
                    r.put("source", f.provenance().source());
                    r.put("confidence", f.provenance().confidence().label());
                    r.put("note", f.provenance().note());
                    rows.add(r);
                });
                out.print(Json.write(rows));
            }
            case CSV -> {
                Csv csv = new Csv("path", "value", "low", "high", "source", "confidence", "note");
                all.forEach((path, f) -> csv.row(path, f.nominal(), f.low(), f.high(), f.provenance().source(),
                        f.provenance().confidence().label(), f.provenance().note()));
                out.print(csv);
            }
            case TABLE -> {
                Table t = new Table("assumption", "value", "range", "confidence", "source");
                all.forEach((path, f) -> t.row(path, number(f.nominal()),
                        f.isUncertain() ? number(f.low()) + " .. " + number(f.high()) : "", f.provenance().confidence().label(),
                        f.provenance().source()));
                out.print(t);
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private static String number(double v) {
        return v != 0 && (Math.abs(v) >= 1e6 || Math.abs(v) < 1e-3) ? String.format(Locale.ROOT, "%.4g", v)
                : String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
