package dev.walls.core.report;

import dev.walls.core.compare.Comparison;
import java.util.List;

/** The systems compared: what each is, how many accelerators its best layout uses and how it was sized. */
final class SystemsSection implements ReportSection {

    private final List<Comparison> rows;

    SystemsSection(List<Comparison> rows) {
        this.rows = rows;
    }

    @Override
    public String id() {
        return "systems";
    }

    @Override
    public String title() {
        return "Systems and sizes";
    }

    @Override
    public void render(Html html) {
        html.open("div", "class", "table-wrap").newline();
        Table.open(html, "", List.of("system", "name", "accelerator", "accelerators", "how sized", "layout", "software"),
                false, false, false, true);
        for (Comparison c : rows) {
            Table.row(html, List.of(c.system(), c.name(), c.description().accelerator(), Integer.toString(c.accelerators()),
                    c.sizedBy(), c.strategy().toString(), c.description().software()), false, false, false, true);
        }
        Table.close(html);
        html.close("div");
    }
}
