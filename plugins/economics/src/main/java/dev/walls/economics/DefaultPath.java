package dev.walls.economics;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.Precision;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a buyer gets without building anything: merchant GPUs at market price, in servers and a cluster network,
 * run at the median utilization published training runs reach. Custom systems are priced against it.
 *
 * @param name                    e.g. {@code "NVIDIA H100 SXM5 in DGX-class servers"}
 * @param peakFlopsPerSecond      dense peak per precision, in FLOP/s
 * @param priceUsd                market price of one GPU
 * @param serverCostOverhead      server cost over the GPUs it holds
 * @param clusterInterconnectShare share of cluster cost spent on the network
 * @param powerWatts              GPU board power
 * @param serverPowerMultiplier   server power over GPU power
 * @param medianMfu               model FLOPs utilization the default path reaches, against its 16-bit peak as published
 *                                runs report it
 */
public record DefaultPath(String name, Map<Precision, Figure> peakFlopsPerSecond, Figure priceUsd,
                          Figure serverCostOverhead, Figure clusterInterconnectShare, Figure powerWatts,
                          Figure serverPowerMultiplier, Figure medianMfu) {

    public DefaultPath {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(peakFlopsPerSecond, "peakFlopsPerSecond");
        if (!peakFlopsPerSecond.containsKey(Precision.BF16)) {
            throw new IllegalArgumentException("the default path needs a BF16 peak");
        }
        peakFlopsPerSecond = Map.copyOf(new EnumMap<>(peakFlopsPerSecond));
        peakFlopsPerSecond.forEach((precision, peak) -> peak.requirePositive("peakFlopsPerSecond." + precision.id()));
        Objects.requireNonNull(priceUsd, "priceUsd").requireNonNegative("priceUsd");
        Objects.requireNonNull(serverCostOverhead, "serverCostOverhead").requireAtLeastOne("serverCostOverhead");
        PackagingCostAssumptions.requireBelowOne(clusterInterconnectShare, "clusterInterconnectShare");
        Objects.requireNonNull(powerWatts, "powerWatts").requirePositive("powerWatts");
        Objects.requireNonNull(serverPowerMultiplier, "serverPowerMultiplier").requireAtLeastOne("serverPowerMultiplier");
        Objects.requireNonNull(medianMfu, "medianMfu").requireFraction("medianMfu");
    }

    /** The H100 SXM5: the GPU most published training runs use (hardware-facts B.1, D.5). */
    public static DefaultPath defaults() {
        return new DefaultPath("NVIDIA H100 SXM5 in DGX-class servers",
                Map.of(Precision.BF16, Figure.of(989.4e12, Provenance.vendor("hardware-facts B.1 / N1")),
                        Precision.FP16, Figure.of(989.4e12, Provenance.vendor("hardware-facts B.1 / N1")),
                        Precision.FP8, Figure.of(1978.9e12, Provenance.vendor("hardware-facts B.1 / N1")),
                        Precision.TF32, Figure.of(494.7e12, Provenance.vendor("hardware-facts B.1 / N1"))),
                Figure.range(25_000, 27_500, 30_000, Provenance.estimate("hardware-facts B.1 / N18 (H100 $25,000-30,000)")),
                Figure.range(1.23, 1.23, 1.64, Provenance.derived("hardware-facts B.1 / N22: DGX H100 ≈ $270k / 8 GPUs /"
                        + " $27,500").withNote("high end: Epoch's default server overhead 1.64 (E16)")),
                Figure.of(0.19, Provenance.estimate("hardware-facts D.5 / E16 (cluster interconnect 19 %)")),
                Figure.of(700, Provenance.vendor("hardware-facts B.1 / N1 (H100 SXM5 700 W)")),
                Figure.of(1.82, Provenance.derived("hardware-facts D.5 / E16 (DGX H100: 10.2 kW / 8 / 0.7 kW)")),
                Figure.of(0.375, Provenance.estimate("hardware-facts D.5 / E16 (median MFU of 33 reported runs)")));
    }

    /**
     * Returns the dense 16-bit (BF16) peak: the peak published MFUs, and so {@link #medianMfu}, are measured against.
     * The default path's throughput is this times the median MFU whatever the precision of the run it is compared
     * with (an FP8 run's model FLOPs are priced at what merchant GPUs achieve as reported, not at the median MFU of
     * their FP8 peak, twice the 16-bit one, which no published run reaches).
     */
    public double sixteenBitPeakFlopsPerSecond() {
        return peakFlopsPerSecond.get(Precision.BF16).nominal();
    }

    /**
     * Returns the dense peak at a precision, BF16's when the path lacks it: what capital per peak FLOP/s compares at
     * (no utilization enters that).
     */
    public double peakFlopsPerSecond(Precision precision) {
        Figure f = peakFlopsPerSecond.get(precision);
        return (f != null ? f : peakFlopsPerSecond.get(Precision.BF16)).nominal();
    }

    /** Returns the capital cost of one GPU's share of a cluster: GPU, server, network. */
    public double capexUsdPerGpu() {
        return priceUsd.nominal() * serverCostOverhead.nominal() / (1 - clusterInterconnectShare.nominal());
    }

    /** Returns one GPU's share of the IT power, in watts. */
    public double itWattsPerGpu() {
        return powerWatts.nominal() * serverPowerMultiplier.nominal();
    }
}
