package dev.walls.core.report;

import dev.walls.core.compare.Comparison;
import dev.walls.core.compare.ComparisonText;
import dev.walls.core.error.InputException;
import dev.walls.core.output.FileReplacement;
import dev.walls.core.output.Formats;
import dev.walls.core.search.Objective;
import dev.walls.core.sweep.Sweep;
import dev.walls.spi.SpiVersion;
import dev.walls.spi.workload.Workload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A comparison as one self-contained HTML page for a reader who must decide: what runs, in how long and at what cost
 * with the ranges the record allows, which wall binds each system, charts of it, what moves each result, and the
 * sources behind the figures. Inline CSS and SVG only: no script, no font, nothing fetched, so the file reads the same
 * offline, mailed or archived. The same comparison gives the same bytes (no timestamps, no random ids, every number
 * written in the same digits in every locale).
 *
 * <p>Every number comes from the comparison's rows, the ones {@code walls compare --format json} prints, written by the
 * helpers the command's table writes with ({@link ComparisonText}), except the sources behind the figures, which are
 * each row's {@link Comparison#description()} as {@code walls describe} lists it (its {@code capexUsd} total, the
 * hardware alone, is shown as the hardware cost, apart from the economics wall's capital). The page is a list of {@link ReportSection}s; a
 * later result adds its own with {@link #with(ReportSection)}, as a sweep over sizes does with {@link #withSweep}.
 *
 * <pre>{@code
 * Report r = walls.train("gpt3-175b").report("dojo-exapod", "gb200-nvl72:2304");
 * r.writeTo(Path.of("walls-report.html"));
 * }</pre>
 */
public final class Report {

    /** What the page's generator tag starts with: how {@code walls report --force} knows a report it may replace. */
    public static final String GENERATOR = "walls";

    private final Workload workload;
    private final List<Comparison> rows;
    private final List<ReportSection> sections;
    private final Objective objective;
    private final String command;

    private Report(Workload workload, List<Comparison> rows, List<ReportSection> sections, Objective objective,
                   String command) {
        this.workload = workload;
        this.rows = rows;
        this.sections = sections;
        this.objective = objective;
        this.command = command;
    }

    /**
     * The report of a comparison: the rows {@code compare} returned for {@code workload}.
     *
     * @throws InputException when there are no rows, or a row is of another workload
     */
    public static Report of(Workload workload, List<Comparison> rows) {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(rows, "rows").forEach(r -> Objects.requireNonNull(r, "a row"));
        if (rows.isEmpty()) {
            throw new InputException("a report needs at least one compared system");
        }
        for (Comparison c : rows) {
            if (!c.evaluation().workload().equals(workload.id())) {
                throw new InputException("the row of " + c.system() + " is of workload '" + c.evaluation().workload()
                        + "', not of '" + workload.id() + "': report one comparison at a time");
            }
            if (c.description() == null) {
                throw new InputException("the row of " + c.system() + " carries no description of its system (a row"
                        + " made with the constructor that predates it): report the rows compare() returns");
            }
            if (!Objects.equals(c.maxDays(), rows.get(0).maxDays())) {
                // the page names one deadline and marks the rows that miss it
                throw new InputException("the row of " + c.system() + " keeps to " + deadline(c.maxDays()) + " and the"
                        + " row of " + rows.get(0).system() + " to " + deadline(rows.get(0).maxDays())
                        + ": report one comparison at a time");
            }
        }
        List<Comparison> copy = List.copyOf(rows);
        List<ReportSection> sections = List.of(new GlanceSection(copy), new SystemsSection(copy),
                new SummarySection(copy), new ChartsSection(workload, copy), new VerdictsSection(copy),
                new DriversSection(copy), new SourcesSection(copy));
        return new Report(workload, copy, sections, null, "");
    }

    /** Says in the page what each system's layout search minimized ({@code --objective}). */
    public Report withObjective(Objective objective) {
        return new Report(workload, rows, sections, Objects.requireNonNull(objective, "objective"), command);
    }

    /**
     * Says in the page how to make it again, e.g. the command line that did ({@code walls report --workload ...});
     * shown as text, escaped like everything else.
     */
    public Report withCommand(String command) {
        return new Report(workload, rows, sections, objective, Objects.requireNonNull(command, "command"));
    }

    /**
     * Adds a section before the sources, which stay last as the page's appendix.
     *
     * @throws IllegalArgumentException when its id is not lower-case letters, digits and dashes, or is taken
     */
    public Report with(ReportSection section) {
        Objects.requireNonNull(section, "section");
        if (!section.id().matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a section's id is lower-case letters, digits and dashes, got '"
                    + section.id() + "'");
        }
        Set<String> ids = sections.stream().map(ReportSection::id).collect(Collectors.toSet());
        if (ids.contains(section.id())) {
            throw new IllegalArgumentException("the report already has a section '" + section.id() + "'");
        }
        List<ReportSection> more = new ArrayList<>(sections);
        more.add(more.size() - 1, section);
        return new Report(workload, rows, List.copyOf(more), objective, command);
    }

    /**
     * Adds "How it scales": the sweep's lines of days to train and run cost against accelerators, one per system, and
     * its points tabulated as {@code walls sweep} writes them; a point that cannot run on exactly its size is a gap in
     * its line, marked with its status and explained under its table. Every number is the sweep's. Usually the
     * report's own systems without their sizes, as {@code walls report --sweep SIZES} sweeps them:
     *
     * <pre>{@code
     * TrainingJob job = walls.train("llama3-405b");
     * job.report("dgx-h100:8192", "gb200-nvl72:8192")
     *         .withSweep(job.sweep(Sizes.parse("1024..8192"), "dgx-h100", "gb200-nvl72"))
     *         .writeTo(Path.of("walls-report.html"));
     * }</pre>
     *
     * @throws InputException           when the sweep is of another workload, keeps to another deadline than the
     *                                  comparison, or varies an assumption (a report draws one line per system; sweep
     *                                  each value on its own)
     * @throws IllegalArgumentException when the report already has a sweep
     */
    public Report withSweep(Sweep sweep) {
        Objects.requireNonNull(sweep, "sweep");
        if (!sweep.workload().equals(workload.id())) {
            throw new InputException("the sweep is of workload '" + sweep.workload() + "', not of '" + workload.id()
                    + "': a report's sweep is of the workload it compares");
        }
        if (sweep.vary() != null) {
            throw new InputException("the sweep varies " + sweep.vary() + ": a report draws one line per system, so"
                    + " give it a sweep of one value (without --vary)");
        }
        Double deadline = rows.get(0).maxDays();
        if (!Objects.equals(sweep.maxDays(), deadline)) {
            // one page, one question: its sections must not answer to different deadlines without saying so
            throw new InputException("the sweep keeps to " + deadline(sweep.maxDays()) + " and the comparison to "
                    + deadline(deadline) + ": sweep with the job the report came from");
        }
        return with(new SweepSection(sweep));
    }

    /** A deadline as the refusals name it: {@code the 30-day deadline}, or {@code no deadline}. */
    private static String deadline(Double days) {
        return days == null ? "no deadline" : "the " + Formats.deadline(days);
    }

    public Workload workload() {
        return workload;
    }

    /** The comparison's rows, as {@code compare} returned them. */
    public List<Comparison> rows() {
        return rows;
    }

    /** The sections in page order. */
    public List<ReportSection> sections() {
        return sections;
    }

    /** The page's version line: {@code walls 0.1.0 (SPI 1.8)}; {@code dev} for a build outside a module jar. */
    public static String version() {
        Module m = Report.class.getModule();
        String v = m.getDescriptor() != null ? m.getDescriptor().rawVersion().orElse("dev") : "dev";
        return GENERATOR + " " + v + " (SPI " + SpiVersion.CURRENT + ")";
    }

    /** The page. */
    public String html() {
        Html html = new Html();
        String title = ComparisonText.title(workload);
        html.trusted("<!DOCTYPE html>\n");
        html.open("html", "lang", "en").newline();
        html.open("head").newline();
        html.empty("meta", "charset", "utf-8");
        // nothing may load or run, whatever a spec's names hold: the page is text, styles and inline pictures
        html.empty("meta", "http-equiv", "Content-Security-Policy", "content",
                "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        html.empty("meta", "name", "generator", "content", version());
        html.element("title", "walls report: " + title + " on " + rows.stream().map(Comparison::system)
                .collect(Collectors.joining(", "))).newline();
        html.open("style").newline().trusted(Style.CSS).close("style");
        html.close("head");
        html.open("body").newline();
        html.open("header").newline();
        html.element("h1", title);
        html.element("p", lede(), "class", "lede");
        html.close("header");
        contents(html);
        html.open("main").newline();
        Set<String> seen = new HashSet<>();
        for (ReportSection s : sections) {
            if (!seen.add(s.id())) {
                throw new IllegalStateException("two sections are named '" + s.id() + "'");
            }
            html.open("section", "id", s.id(), "aria-labelledby", s.id() + "-heading").newline();
            html.element("h2", s.title(), "id", s.id() + "-heading");
            s.render(html);
            html.close("section");
        }
        html.close("main");
        footer(html);
        html.close("body");
        html.close("html");
        return html.toString();
    }

    private String lede() {
        int n = rows.size();
        return (n == 1 ? "One system" : n + " systems") + " compared on " + workload.name() + ", each"
                + " searched for its best layout" + (objective == null ? "" : " (minimizing " + objective.id() + ")")
                + " and evaluated through the five walls — memory, interconnect, packaging, software and economics."
                + " Ranges are the best and worst cases across every uncertain input.";
    }

    private void contents(Html html) {
        html.open("nav", "aria-label", "Contents").newline();
        html.open("ol").newline();
        for (ReportSection s : sections) {
            html.open("li").element("a", s.title(), "href", "#" + s.id()).close("li");
        }
        html.close("ol");
        html.close("nav");
    }

    private void footer(Html html) {
        html.open("footer").newline();
        boolean swept = sections.stream().anyMatch(s -> s instanceof SweepSection);
        html.open("p").text("Made by " + version() + ". Every number on this page outside " + (swept
                        ? "“How it scales” and " : "") + "“Sources behind the figures” is from one comparison, the one ")
                .element("code", "walls compare --format json").text(" prints for the same inputs, and reads as ")
                .element("code", "walls compare").text(" writes it. The Sources are what ")
                .element("code", "walls describe --accelerators N").text(" lists for each system at the size compared,"
                        + " with the comparison's assumptions that move its result.").close("p");
        if (swept) {
            html.open("p").text("The section “How it scales” is from one sweep, the one ").element("code", "walls sweep --format json")
                    .text(" prints for the same workload, systems and sizes, and reads as ").element("code", "walls sweep")
                    .text(" writes it.").close("p");
        }
        if (!command.isEmpty()) {
            html.open("p").text("Made with: ").element("code", command).close("p");
        }
        html.close("footer");
    }

    /**
     * Writes the page to {@code file} in UTF-8, replacing what is there in one rename ({@link FileReplacement}): a
     * write that fails part-way leaves the file as it was, not half a page, and a replaced file keeps its permissions.
     *
     * @throws InputException       when {@code file} is a folder or its folder does not exist
     * @throws UncheckedIOException when it cannot be written
     */
    public void writeTo(Path file) {
        Objects.requireNonNull(file, "file");
        if (Files.isDirectory(file)) {
            throw new InputException(file + " is a folder; name a file for the report");
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new InputException("cannot write the report to " + file + ": no such folder " + folder);
        }
        byte[] page = html().getBytes(StandardCharsets.UTF_8);
        try {
            FileReplacement.write(file, page);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report to " + file + ": " + e.getMessage(), e);
        }
    }
}
