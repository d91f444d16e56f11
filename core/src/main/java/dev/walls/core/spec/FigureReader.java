package dev.walls.core.spec;

import dev.walls.spi.figure.Confidence;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import java.util.List;

/**
 * Reads a {@link Figure} written either as a bare quantity ({@code 3.35 TB/s}) or as a mapping with its own
 * range and source ({@code {value: 3.35 TB/s, low: 3.0 TB/s, source: "datasheet", confidence: vendor claim}}).
 * Bare quantities take the document's default provenance.
 */
final class FigureReader {

    private static final List<String> FIELDS = List.of("value", "low", "high", "source", "confidence", "note");

    private final Provenance defaults;

    FigureReader(Provenance defaults) {
        this.defaults = defaults;
    }

    /** Reads the document-level {@code source} and {@code confidence} fields, defaulting to the file as a user claim. */
    static Provenance documentProvenance(SpecNode root) {
        String source = root.has("source") ? root.field("source").string() : "spec file " + root.file();
        Confidence confidence = Confidence.USER;
        if (root.has("confidence")) {
            SpecNode c = root.field("confidence");
            try {
                confidence = Confidence.parse(c.string());
            } catch (IllegalArgumentException e) {
                throw c.error(e.getMessage());
            }
        }
        return new Provenance(source, confidence, "");
    }

    Figure read(SpecNode node, Dimension dimension) {
        if (!node.isMap()) {
            return Figure.of(checked(node, node.quantity(dimension)), defaults);
        }
        node.rejectUnknownFields(FIELDS);
        SpecNode valueNode = node.field("value");
        double nominal = checked(valueNode, valueNode.quantity(dimension));
        double low = node.has("low") ? checked(node.field("low"), node.field("low").quantity(dimension)) : nominal;
        double high = node.has("high") ? checked(node.field("high"), node.field("high").quantity(dimension)) : nominal;
        // quoted as written ('1.7 PFLOPS'), not as the doubles they parse to
        if (low > nominal) {
            throw node.field("low").error("low '" + node.field("low").text().trim() + "' must not exceed value '"
                    + valueNode.text().trim() + "'");
        }
        if (high < nominal) {
            throw node.field("high").error("high '" + node.field("high").text().trim() + "' must not be below value '"
                    + valueNode.text().trim() + "'");
        }
        String source = node.has("source") ? node.field("source").string() : defaults.source();
        Confidence confidence = defaults.confidence();
        if (node.has("confidence")) {
            try {
                confidence = Confidence.parse(node.field("confidence").string());
            } catch (IllegalArgumentException e) {
                throw node.field("confidence").error(e.getMessage());
            }
        }
        String note = node.has("note") ? node.field("note").string() : "";
        return Figure.range(low, nominal, high, new Provenance(source, confidence, note));
    }

    private static double checked(SpecNode node, double value) {
        if (value < 0) {
            throw node.error("must not be negative, got " + node.text());
        }
        return value;
    }
}
