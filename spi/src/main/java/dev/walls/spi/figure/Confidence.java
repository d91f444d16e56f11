package dev.walls.spi.figure;

/**
 * How much a hardware or cost figure can be trusted, from the maker's own word down to hearsay.
 *
 * <p>The vocabulary is the one of the project's sourced facts: a figure's confidence is never
 * better than that of the inputs it was derived from.
 */
public enum Confidence {
    /** Stated by the maker: keynote, datasheet, documentation, filing. */
    VENDOR_CLAIM("vendor claim"),
    /** Measured or observed by a third party: benchmark, teardown, published training run. */
    MEASURED("measured"),
    /** A third party's model or estimate: analysts, simulators' chosen parameters. */
    ANALYST_ESTIMATE("analyst estimate"),
    /** Unsourced press, social or supply-chain reports. */
    RUMOR("rumor"),
    /** Arithmetic on other figures; no better than its inputs. */
    DERIVED("derived"),
    /** Written by the user in a spec file. */
    USER("user");

    private final String label;

    Confidence(String label) {
        this.label = label;
    }

    /** Returns the label used in specs and reports, e.g. {@code "vendor claim"}. */
    public String label() {
        return label;
    }

    /**
     * Parses a label ({@code "vendor claim"}) or constant name ({@code "VENDOR_CLAIM"}).
     *
     * @throws IllegalArgumentException naming the accepted labels when none matches
     */
    public static Confidence parse(String text) {
        String t = text.trim();
        for (Confidence c : values()) {
            if (c.label.equalsIgnoreCase(t) || c.name().equalsIgnoreCase(t.replace(' ', '_').replace('-', '_'))) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown confidence '" + text
                + "'; expected one of: vendor claim, measured, analyst estimate, rumor, derived, user");
    }

    @Override
    public String toString() {
        return label;
    }
}
