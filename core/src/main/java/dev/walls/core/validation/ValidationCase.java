package dev.walls.core.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * One validation row: the prediction against the published step time.
 *
 * @param id                 the row id
 * @param source             the id's prefix before its first dash, in upper case, naming the source (NAR21, KOR22,
 *                           MEG24, NEMO4, DGXC2411)
 * @param system             the system id, or the spec file as the CSV's {@code system} cell names it
 * @param accelerators       accelerators of the run
 * @param predictedSeconds   modeled step time
 * @param measuredSeconds    published step time
 * @param errorPercent       100·(predicted − measured)/measured
 * @param strategy           the layout evaluated, in strategy syntax
 * @param chosen             the values the search chose for the cells the source left open
 * @param mfu                model FLOPs utilization of the prediction: ideal compute over {@code predictedSeconds}
 * @param bindingWall        the wall with the largest loss
 * @param memoryPerRankBytes footprint of the busiest rank
 * @param fits               whether it fits the rank's memory
 * @param partsSeconds       the step time's parts, by name (ideal compute under {@code "ideal"}); they add up to
 *                           {@code predictedSeconds}
 * @param slowestWall        the wall whose parts cost the predicted step the most time ({@code bindingWall} may be
 *                           economics, which costs none)
 * @param memoryCapacityBytes what the rank can hold, in bytes (NaN when unknown)
 */
public record ValidationCase(String id, String source, String system, int accelerators, double predictedSeconds,
                             double measuredSeconds, double errorPercent, String strategy, Map<String, String> chosen,
                             double mfu, String bindingWall, double memoryPerRankBytes, boolean fits,
                             Map<String, Double> partsSeconds, String slowestWall, double memoryCapacityBytes) {

    /**
     * How many times its rank's memory a row's layout may need and still be taken to have run. The memory model errs
     * high by up to about a quarter (Llama 3 405B's cp=1 layout needs 106 GB in it and ran on 80 GiB; the public
     * set's Nemotron-4 340B rows are 0.2 % over): a layout beyond 1.5× is one that the hardware cannot hold as written.
     */
    public static final double CANNOT_HAVE_RUN = 1.5;

    /**
     * Whether the layout needs more than {@link #CANNOT_HAVE_RUN} times the rank's memory: then the row's layout, not
     * the model's memory estimate, is almost certainly wrong. False when the capacity is unknown.
     */
    @JsonProperty("cannotHaveRun")
    public boolean cannotHaveRun() {
        return cannotHaveRun(memoryPerRankBytes, memoryCapacityBytes);
    }

    /** A case as it was before its capacity was reported: the capacity unknown (NaN), so nothing says it cannot have run. */
    public ValidationCase(String id, String source, String system, int accelerators, double predictedSeconds,
                          double measuredSeconds, double errorPercent, String strategy, Map<String, String> chosen,
                          double mfu, String bindingWall, double memoryPerRankBytes, boolean fits,
                          Map<String, Double> partsSeconds, String slowestWall) {
        this(id, source, system, accelerators, predictedSeconds, measuredSeconds, errorPercent, strategy, chosen, mfu,
                bindingWall, memoryPerRankBytes, fits, partsSeconds, slowestWall, Double.NaN);
    }

    /** Whether a layout needing {@code memoryBytes} of a rank holding {@code capacityBytes} cannot have run. */
    public static boolean cannotHaveRun(double memoryBytes, double capacityBytes) {
        return memoryBytes > CANNOT_HAVE_RUN * capacityBytes;
    }

    /**
     * Returns 100·(predicted − measured)/measured. Scaling the difference first overflows to −∞ on a published time of
     * 1e308 s, whose error is −100 %: then it divides first. (Otherwise it scales first, which keeps the last digits
     * of the errors reported so far.)
     */
    public static double errorPercent(double predictedSeconds, double measuredSeconds) {
        double scaled = 100 * (predictedSeconds - measuredSeconds);
        return Double.isFinite(scaled) ? scaled / measuredSeconds
                : 100 * ((predictedSeconds - measuredSeconds) / measuredSeconds);
    }
}
