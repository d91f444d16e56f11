package dev.walls.core.describe;

import dev.walls.spi.figure.Figure;

/**
 * A total or an input figure as reported: value, range and where it came from.
 *
 * @param path       where the figure sits in the spec, e.g. {@code accelerator.peakFlopsPerSecond.bf16}
 * @param value      the nominal value, in the unit its path names
 * @param low        the low end of its range
 * @param high       the high end of its range
 * @param source     the citation
 * @param confidence vendor claim, measured, analyst estimate, rumor, derived or user
 * @param note       a remark, possibly empty
 */
public record SourcedValue(String path, double value, double low, double high, String source, String confidence,
                           String note) {

    static SourcedValue of(String path, Figure f) {
        return new SourcedValue(path, f.nominal(), f.low(), f.high(), f.provenance().source(),
                f.provenance().confidence().label(), f.provenance().note());
    }

    static SourcedValue of(String path, Figure f, double times) {
        return of(path, f.times(times));
    }
}
