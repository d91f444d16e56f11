package dev.walls.hardware.blackwell;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.MemoryKind;
import dev.walls.spi.system.MemoryTier;
import dev.walls.spi.system.Precision;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Blackwell Ultra B300 GPU as configured in a GB300 superchip: 1,400 W, 288 GB of HBM3e. */
public final class B300InGb300 {

    /** GB300 NVL72 rack price range, US dollars (hardware-facts B.2 / N23: ~$3-4M). */
    static final double RACK_PRICE_LOW_USD = 3.0e6;
    static final double RACK_PRICE_NOMINAL_USD = 3.5e6;
    static final double RACK_PRICE_HIGH_USD = 4.0e6;

    private B300InGb300() {
    }

    /** Returns the accelerator. */
    public static AcceleratorSpec accelerator() {
        return new AcceleratorSpec("NVIDIA B300 (GB300, 1,400 W)", peaks(),
                List.of(hbm()), Figure.of(1_400, Provenance.vendor("hardware-facts B.1 / N16")), cost(),
                Optional.of(BlackwellSilicon.spec()), "B300");
    }

    static Map<Precision, Figure> peaks() {
        Map<Precision, Figure> peaks = new EnumMap<>(Precision.class);
        Provenance dense = Provenance.vendor("hardware-facts B.1 / N3, N16 (GB300 column, dense)");
        peaks.put(Precision.TF32, Figure.range(1_100e12, 1_250e12, 1_250e12, Provenance.vendor("hardware-facts B.1 (TF32 row) / N1, N2, N4")
                .withNote("1,100-1,250 TFLOPS listed for Blackwell Ultra")));
        peaks.put(Precision.BF16, Figure.of(2_500e12, dense));
        peaks.put(Precision.FP16, Figure.of(2_500e12, dense));
        peaks.put(Precision.FP8, Figure.of(5_000e12, dense));
        peaks.put(Precision.FP4, Figure.of(15_000e12, Provenance.vendor("hardware-facts B.1, B.2 / N15, N16")
                .withNote("GB300 NVL72 ~1,080-1,100 PFLOPS FP4 dense = 72 x 15,000 TFLOPS")));
        return peaks;
    }

    static MemoryTier hbm() {
        return new MemoryTier("HBM3e 12-Hi", MemoryKind.HBM,
                Figure.of(288e9, Provenance.vendor("hardware-facts B.1 / N3 (8 stacks of 12-Hi)")),
                Figure.of(8e12, Provenance.vendor("hardware-facts B.1, B.2 / N16, N3 (576 TB/s per rack)")));
    }

    /** The GPU's slot of a GB300 NVL72 rack: rack price / 72 (see {@link B200InGb200#cost()}). */
    static Figure cost() {
        return Figure.range(RACK_PRICE_LOW_USD / 72, RACK_PRICE_NOMINAL_USD / 72, RACK_PRICE_HIGH_USD / 72,
                Provenance.estimate("hardware-facts B.2 / N23: GB300 NVL72 rack ~$3-4M (nominal $3.5M) per 72 GPU slots")
                        .withNote("rack price marked uncertain in the facts"));
    }
}
