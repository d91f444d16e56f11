package dev.walls.core.report;

/**
 * One section of an HTML report: a heading, an anchor the table of contents links to, and content. The report's own
 * sections are built from a comparison; another result (a sweep over sizes, say) adds its own with
 * {@link Report#with(ReportSection)}, writing through {@link Html} so that what it shows is escaped, and drawing with
 * {@link BarChart}, {@link StackedBarChart} and {@link LineChart} so that its charts read like the
 * others. {@link Report#withSweep} adds a sweep's.
 */
public interface ReportSection {

    /** The section's anchor: lower-case letters, digits and dashes, unique in the report. */
    String id();

    /** The section's heading. */
    String title();

    /** Writes the section's content, which comes under its heading. */
    void render(Html html);
}
