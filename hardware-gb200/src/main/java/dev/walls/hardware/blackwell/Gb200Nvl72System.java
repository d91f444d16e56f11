package dev.walls.hardware.blackwell;

import dev.walls.spi.figure.Confidence;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.Scaling;
import dev.walls.spi.system.SystemSpec;
import java.util.List;

/** System {@code gb200-nvl72}: one GB200 NVL72 rack by default, resizable in whole racks up to a SuperPOD. */
public final class Gb200Nvl72System {

    /** The system id. */
    public static final String ID = "gb200-nvl72";

    private Gb200Nvl72System() {
    }

    /** Returns the system at its default size, one rack (72 GPUs). */
    public static SystemSpec spec() {
        return new SystemSpec(ID, "NVIDIA GB200 NVL72",
                "72 B200 GPUs and 36 Grace CPUs in one NVLink5 domain (130 TB/s), 13.4 TB HBM3e, ~120 kW; racks "
                        + "join over ConnectX-7 at 400 Gb/s per GPU in 8-rack scalable units.",
                B200InGb200.accelerator(), levels(), Nvl72Rack.GPUS,
                new Scaling(Nvl72Rack.GPUS, Nvl72Rack.GPUS, ScaleOut.MAX_GPUS),
                CudaMegatronStack.stack(),
                Provenance.vendor("hardware-facts B.2, B.3 / N6, N8, N9, N12: 18 compute trays of 4 GPU + 2 Grace, "
                        + "9 NVLink switch trays, SuperPOD of up to 128 racks"));
    }

    static List<Level> levels() {
        Figure trayBeyondGpus = Figure.range(600, 1_150, 1_700, Provenance.derived(
                "hardware-facts B.2 / N9, N10: compute tray ~5.4-6.5 kW (nominal 5.95) - 4 x 1,200 W; low = 2 Grace "
                        + "at 300 W (superchip 2,700 W - 2 x 1,200 W, N10)"));
        Figure lpddrBandwidth = Figure.range(2 * 384e9, 2 * 450e9, 2 * 512e9, new Provenance(
                "hardware-facts B.2 / N8, N10: per Grace min(LPDDR5X up to 512 GB/s, NVLink-C2C 900 GB/s bidirectional "
                        + "= 450 GB/s per direction) x 2 Grace; high 2 x 512 if C2C is per direction; low 2 x 384 GB/s "
                        + "(walls estimate for a non-peak LPDDR5X configuration)",
                Confidence.DERIVED, "the 512 GB/s figure is marked uncertain in the facts"));
        Figure rackTotal = Figure.range(120_000, 120_000, 132_000, Provenance.vendor(
                "hardware-facts B.2 / N7, N9, N10: ~120 kW typical, 132 kW power-shelf capacity").withNote("G.5"));
        return List.of(
                ComputeTray.level(lpddrBandwidth, trayBeyondGpus),
                Nvl72Rack.level(Nvl72Rack.power(rackTotal, 1_200, trayBeyondGpus, "120 / 120 / 132 kW (N7, N9)"), Nvl72Rack.cost()),
                ScaleOut.level("ConnectX-7", 400e9, "hardware-facts B.2, B.3 / N11, N12", Nvl72Rack.scaleOutPowerPerGpu(rackTotal),
                        Nvl72Rack.scaleOutCostPerGpu(B200InGb200.RACK_PRICE_LOW_USD, B200InGb200.RACK_PRICE_NOMINAL_USD,
                                B200InGb200.RACK_PRICE_HIGH_USD, "N23, N21")));
    }
}
