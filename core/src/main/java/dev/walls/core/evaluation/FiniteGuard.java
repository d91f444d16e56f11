package dev.walls.core.evaluation;

import dev.walls.core.error.NonFiniteResultException;
import dev.walls.core.output.FiniteResults;
import dev.walls.spi.figure.Figures;
import dev.walls.spi.model.WallModel;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.workload.Workload;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The last line of defence behind the plausibility checks on inputs: an evaluation whose numbers are not all finite is
 * refused with the number and the inputs that feed it, never shown as "NaN" or "Infinity".
 */
final class FiniteGuard {

    private FiniteGuard() {
    }

    /** Returns the evaluation when every number in it is finite; else refuses it, naming the wall it came from. */
    static Evaluation checked(Evaluation e, SystemSpec system, Workload workload, Map<Wall, WallModel> models) {
        FiniteResults.Found found = FiniteResults.firstNonFiniteWithText(e).orElse(null);
        if (found == null) {
            return e;
        }
        Collection<WallModel> feeding = models.values();
        for (Wall w : Wall.values()) {
            if (found.path().startsWith("walls." + w.id() + ".")) {
                feeding = List.of(models.get(w));
            }
        }
        throw refusal("the result " + found.path() + " of " + workload.id() + " on " + system.id()
                + " is not finite: " + found.value(), system, workload, feeding);
    }

    /**
     * Returns the refusal of a number that is not finite ({@code problem}), computed from the system, the workload and
     * the assumptions of the given wall models.
     */
    static NonFiniteResultException refusal(String problem, SystemSpec system, Workload workload,
                                            Collection<WallModel> feeding) {
        List<String> walls = new ArrayList<>();
        List<String> overridden = new ArrayList<>();
        for (WallModel m : feeding) {
            walls.add(m.wall().id());
            m.assumptionSet().ifPresent(set -> Figures.in(set).forEach(f -> {
                String source = f.figure().provenance().source();
                if (source.startsWith("--assume ") && !overridden.contains(source)) {
                    overridden.add(source);
                }
            }));
        }
        String assumptions = (walls.size() == 1 ? "the " + walls.get(0) + " wall's" : "the walls'") + " assumptions"
                + (overridden.isEmpty() ? "" : " (you set " + String.join(", ", overridden) + ")");
        return new NonFiniteResultException(problem, "the system '" + system.id() + "', the workload '" + workload.id()
                + "' and " + assumptions);
    }
}
