package dev.walls.core.validation;

import java.util.List;
import java.util.Map;

/**
 * The result of validating the model on a CSV of published runs.
 *
 * @param file     the CSV validated
 * @param cases    every row, in file order
 * @param summary  all rows together
 * @param bySource per source (id prefix), sorted by name
 * @param bySystem per system id, sorted by name
 */
public record ValidationReport(String file, List<ValidationCase> cases, ValidationSummary summary,
                               Map<String, ValidationSummary> bySource, Map<String, ValidationSummary> bySystem) {
}
