package dev.walls.economics;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import java.util.Objects;

/**
 * Epoch AI's ratios from chip to cluster, used when a spec's levels carry no cost or no power of their own.
 *
 * @param serverCostOverhead       server cost over the accelerators it holds
 * @param clusterInterconnectShare share of cluster cost spent on the cluster network
 * @param serverPowerMultiplier    server power over the accelerators' power
 */
public record ServerOverheads(Figure serverCostOverhead, Figure clusterInterconnectShare, Figure serverPowerMultiplier) {

    public ServerOverheads {
        Objects.requireNonNull(serverCostOverhead, "serverCostOverhead").requireAtLeastOne("serverCostOverhead");
        PackagingCostAssumptions.requireBelowOne(clusterInterconnectShare, "clusterInterconnectShare");
        Objects.requireNonNull(serverPowerMultiplier, "serverPowerMultiplier").requireAtLeastOne("serverPowerMultiplier");
    }

    /** Defaults of hardware-facts D.5 (E16). */
    public static ServerOverheads defaults() {
        return new ServerOverheads(
                Figure.range(1.54, 1.64, 1.69, Provenance.estimate("hardware-facts D.5 / E16 (server-to-chip cost"
                        + " overhead: default 1.64; P100 1.54, V100 1.69)")),
                Figure.of(0.19, Provenance.estimate("hardware-facts D.5 / E16 (cluster interconnect 19 % of cluster cost)")),
                Figure.range(1.56, 1.8, 2.03, Provenance.derived("hardware-facts D.5 / E16 (chip-to-server power: default"
                        + " 1.8; TPU v4-class 1.56, A100 2.03)")));
    }

    /** Returns the capital cost of the cluster per dollar of accelerators. */
    public double clusterCostPerAcceleratorDollar() {
        return serverCostOverhead.nominal() / (1 - clusterInterconnectShare.nominal());
    }
}
