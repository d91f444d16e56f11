package dev.walls.core.plugin;

import dev.walls.core.error.PluginFaultException;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.model.WallContext;
import dev.walls.spi.model.WallModel;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import dev.walls.spi.workload.Workload;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A wall model from a plugin, as walls calls it: a fault of its own — an exception from {@link #assess} or
 * {@link #stage}, no verdict, a verdict on another wall, a metric that is not a finite number — is the plugin's, and
 * is reported as a {@link PluginFaultException} naming the model, its plugin and jar, never as the user's input
 * (an {@code IllegalArgumentException} of walls' own models is one) nor as a bug of walls.
 *
 * <p>Stateless as the model is: it only adds checks around each call. {@code Walls} puts one around every wall model a
 * plugin contributes.
 */
public final class PluginWallModel implements WallModel {

    private final WallModel model;
    private final String id;
    private final Wall wall;
    /** How a fault names the model, e.g. {@code wall model 'x' of plugin 'p' (plugins/p.jar)}. */
    private final String name;

    /**
     * @param model the plugin's model; its id and wall are read once, as the plugin loader read them
     * @param name  how a fault names it
     */
    public PluginWallModel(WallModel model, String name) {
        this.model = Objects.requireNonNull(model, "model");
        this.id = model.id();
        this.wall = model.wall();
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The plugin's own model, unguarded. */
    public WallModel unwrapped() {
        return model;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Wall wall() {
        return wall;
    }

    @Override
    public WallAssessment assess(WallContext context) {
        WallAssessment a;
        try {
            a = model.assess(context);
        } catch (RuntimeException | Error e) {
            throw fault("failed judging " + layout(context) + ": " + e, e);
        }
        if (a == null) {
            throw fault("returned no assessment (null) judging " + layout(context) + "; assess must return a verdict",
                    null);
        }
        if (a.wall() != wall) {
            throw fault("returned an assessment of the " + a.wall().id() + " wall judging " + layout(context)
                    + ", not of the " + wall.id() + " wall it models", null);
        }
        for (Map.Entry<String, Double> m : a.metrics().entrySet()) {
            Double v = m.getValue();
            if (m.getKey() == null || v == null || !Double.isFinite(v)) {
                throw fault("returned the metric '" + m.getKey() + "' = " + v + " judging " + layout(context)
                        + "; a wall's metrics must be finite numbers", null);
            }
        }
        return a;
    }

    @Override
    public void stage(SystemSpec system, Workload workload, CostTable.Builder table) {
        try {
            model.stage(system, workload, table);
        } catch (RuntimeException | Error e) {
            throw fault("failed staging its figures for " + workload.id() + " on " + system.accelerators() + " × "
                    + system.id() + ": " + e, e);
        }
    }

    @Override
    public Optional<Record> assumptionSet() {
        Optional<Record> set;
        try {
            set = model.assumptionSet();
        } catch (RuntimeException | Error e) {
            throw fault("failed listing its assumptions: " + e, e);
        }
        if (set == null) {
            throw fault("returned null from assumptionSet(); return Optional.empty() for none", null);
        }
        return set;
    }

    /**
     * The plugin's copy with other assumptions, guarded in turn. An {@code IllegalArgumentException} passes: by the
     * SPI's contract it refuses the value the user gave.
     */
    @Override
    public WallModel withAssumptionSet(Record assumptions) {
        WallModel copy = model.withAssumptionSet(assumptions);
        if (copy == null) {
            throw fault("returned null from withAssumptionSet(...)", null);
        }
        return new PluginWallModel(copy, name);
    }

    private static String layout(WallContext context) {
        return context.strategy() + " of " + context.workload().id() + " on " + context.system().accelerators()
                + " × " + context.system().id();
    }

    /** The plugin's fault; the machine running out of memory is not the plugin's to report. */
    private PluginFaultException fault(String what, Throwable cause) {
        PluginFaults.rethrowMachineErrors(cause);
        return new PluginFaultException(name + " " + what, cause);
    }

    @Override
    public String toString() {
        return model.toString();
    }
}
