package dev.walls.core.spec;

/** What a quantity in a spec measures; decides which units it may be written in. */
public enum Dimension {
    BYTES("a size such as '80 GiB' or '1.25 MB'"),
    BYTES_PER_SECOND("a bandwidth such as '3.35 TB/s' or '400 Gb/s'"),
    FLOPS_PER_SECOND("a compute rate such as '989 TFLOPS'"),
    WATTS("a power such as '700 W' or '15 kW'"),
    SQUARE_MILLIMETERS("an area such as '645 mm^2'"),
    USD("a price such as 'USD 25000' or '$2.5M'"),
    SECONDS("a time such as '2 us' or '1.5 ms'"),
    FRACTION("a fraction such as '0.8' or '80 %'"),
    COUNT("a plain number");

    private final String example;

    Dimension(String example) {
        this.example = example;
    }

    /** Returns a phrase that shows how to write such a quantity. */
    public String example() {
        return example;
    }
}
