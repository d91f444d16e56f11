package dev.walls.core.describe;

import dev.walls.spi.figure.Confidence;
import dev.walls.spi.figure.Figure;

/**
 * The order in which a total takes its confidence from its inputs: a total is never more trustworthy than its least
 * trustworthy input, so it carries that input's confidence.
 *
 * <p>From most to least trustworthy:
 * <ol>
 *   <li>{@code vendor claim} and then {@code measured}: first-hand statements, in the order the vocabulary lists them
 *       ({@link Confidence}, "from the maker's own word down to hearsay");</li>
 *   <li>{@code derived}: arithmetic on cited figures, which adds assumptions of its own (the 5 kW a Dojo tile draws
 *       beyond its dies is 15 kW less 25 × 400 W), so it ranks below the figures it is derived from, and above
 *       judgment;</li>
 *   <li>{@code analyst estimate}: a third party's model or judgment;</li>
 *   <li>{@code user}: a figure written in a spec file or an {@code --assume} with no source walls can weigh, which the
 *       total should name as soon as one is in it;</li>
 *   <li>{@code rumor}: hearsay, the least.</li>
 * </ol>
 */
final class Trust {

    private Trust() {
    }

    /** Returns the rank of a confidence, 0 for the most trustworthy; a higher rank is less confident. */
    static int rank(Confidence c) {
        // a switch over every constant: a new confidence does not compile until it is placed in the order
        return switch (c) {
            case VENDOR_CLAIM -> 0;
            case MEASURED -> 1;
            case DERIVED -> 2;
            case ANALYST_ESTIMATE -> 3;
            case USER -> 4;
            case RUMOR -> 5;
        };
    }

    /** Returns whichever figure is less confident; {@code a} when they are as confident. */
    static Figure leastConfident(Figure a, Figure b) {
        return rank(b.provenance().confidence()) > rank(a.provenance().confidence()) ? b : a;
    }
}
