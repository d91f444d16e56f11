package dev.walls.spi.figure;

import java.util.Objects;

/**
 * Where a figure came from: a source (a document, with its section or table) and a confidence.
 *
 * @param source     the citation, e.g. {@code "NVIDIA H100 datasheet (N1)"}; never blank
 * @param confidence how far the source can be trusted; never null
 * @param note       a short remark (a unit caveat, a conflict between sources); may be empty, never null
 */
public record Provenance(String source, Confidence confidence, String note) {

    public Provenance {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(confidence, "confidence");
        note = note == null ? "" : note;
        if (source.isBlank()) {
            throw new IllegalArgumentException("provenance source must not be blank");
        }
    }

    public static Provenance of(String source, Confidence confidence) {
        return new Provenance(source, confidence, "");
    }

    public static Provenance vendor(String source) {
        return new Provenance(source, Confidence.VENDOR_CLAIM, "");
    }

    public static Provenance measured(String source) {
        return new Provenance(source, Confidence.MEASURED, "");
    }

    public static Provenance estimate(String source) {
        return new Provenance(source, Confidence.ANALYST_ESTIMATE, "");
    }

    public static Provenance rumor(String source) {
        return new Provenance(source, Confidence.RUMOR, "");
    }

    public static Provenance derived(String how) {
        return new Provenance(how, Confidence.DERIVED, "");
    }

    /** Returns a copy with the given note. */
    public Provenance withNote(String newNote) {
        return new Provenance(source, confidence, newNote);
    }
}
