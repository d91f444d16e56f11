/**
 * A comparison as one self-contained HTML page ({@code walls report}): a table of sections, each written through an
 * escaping markup writer, with inline SVG charts whose axis turns logarithmic when the values span more than 20×.
 * Written here, beside the comparison, so that the command and Java callers get the same page.
 */
package dev.walls.core.report;
