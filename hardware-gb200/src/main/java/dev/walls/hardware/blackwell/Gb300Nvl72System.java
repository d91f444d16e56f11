package dev.walls.hardware.blackwell;

import dev.walls.spi.figure.Confidence;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.Scaling;
import dev.walls.spi.system.SystemSpec;
import java.util.List;

/** System {@code gb300-nvl72}: one GB300 (Blackwell Ultra) NVL72 rack by default, resizable in racks. */
public final class Gb300Nvl72System {

    /** The system id. */
    public static final String ID = "gb300-nvl72";

    private Gb300Nvl72System() {
    }

    /** Returns the system at its default size, one rack (72 GPUs). */
    public static SystemSpec spec() {
        return new SystemSpec(ID, "NVIDIA GB300 NVL72",
                "72 Blackwell Ultra GPUs (288 GB HBM3e each, 20.7 TB per rack) and 36 Grace CPUs in one NVLink5 "
                        + "domain; ConnectX-8 at 800 Gb/s per GPU for scale-out; ~120-142 kW.",
                B300InGb300.accelerator(), levels(), Nvl72Rack.GPUS,
                new Scaling(Nvl72Rack.GPUS, Nvl72Rack.GPUS, ScaleOut.MAX_GPUS),
                CudaMegatronStack.stack(),
                new Provenance("hardware-facts B.2, B.3 / N3, N15, N16, N17: GB300 NVL72 keeps the GB200 rack layout",
                        Confidence.VENDOR_CLAIM, "maximum size reuses the GB200 SuperPOD limit (N12)"));
    }

    static List<Level> levels() {
        Figure trayBeyondGpus = Figure.range(600, 1_000, 1_700, Provenance.estimate(
                "hardware-facts B.2 / N24: compute tray ~6.6 kW - 4 x 1,400 W = 1.0 kW; low 2 Grace x 300 W (N10); "
                        + "high as GB200 (N9)"));
        Figure lpddrBandwidth = Figure.range(14e12 / 18, 14e12 / 18, 2 * 450e9, Provenance.vendor(
                "hardware-facts B.2 / N15, N3: ~14 TB/s LPDDR5X per rack / 18 trays; high = NVLink-C2C cap "
                        + "2 x 450 GB/s per direction (N8)"));
        Figure rackTotal = Figure.range(120_000, 131_000, 142_000, Provenance.estimate(
                "hardware-facts B.2 / N16, N25, N24: ~120-142 kW (nominal midpoint); GPUs alone 100.8 kW"));
        return List.of(
                ComputeTray.level(lpddrBandwidth, trayBeyondGpus),
                Nvl72Rack.level(Nvl72Rack.power(rackTotal, 1_400, trayBeyondGpus, "120 / 131 / 142 kW (N16, N25)"), Nvl72Rack.cost()),
                ScaleOut.level("ConnectX-8", 800e9, "hardware-facts B.2, B.3 / N17, N15", Nvl72Rack.scaleOutPowerPerGpu(rackTotal),
                        Nvl72Rack.scaleOutCostPerGpu(B300InGb300.RACK_PRICE_LOW_USD, B300InGb300.RACK_PRICE_NOMINAL_USD,
                                B300InGb300.RACK_PRICE_HIGH_USD, "N23")));
    }
}
