package dev.walls.cli;

import dev.walls.core.output.Formats;
import dev.walls.spi.wall.WallAssessment;

/**
 * Formats quantities for people: SI prefixes, a few significant digits, the unit spelled out. The formats live in the
 * core ({@link Formats}), where the HTML report writes through them too; the commands keep these short names.
 */
final class Units {

    private Units() {
    }

    static String flops(double v) {
        return Formats.flops(v);
    }

    static String bytes(double v) {
        return Formats.bytes(v);
    }

    static String bandwidth(double v) {
        return Formats.bandwidth(v);
    }

    static String watts(double v) {
        return Formats.watts(v);
    }

    /** A duration; two days or more in days, else as {@code Si.seconds} writes it (a wall that costs nothing: "0 s"). */
    static String seconds(double s) {
        return Formats.seconds(s);
    }

    /** Days as a comparison writes them ({@link Formats#days}). */
    static String days(double d) {
        return Formats.days(d);
    }

    /** What a wall costs: the economics wall in money, the others in time. */
    static String loss(WallAssessment a) {
        return Formats.loss(a);
    }

    static String percent(double fraction) {
        return Formats.percent(fraction);
    }
}
