package dev.walls.core.validation;

import java.util.List;

/**
 * Error statistics of a set of validation cases.
 *
 * @param count              cases
 * @param mape               mean absolute percentage error
 * @param maxAbsErrorPercent largest absolute percentage error
 * @param meanErrorPercent   mean signed percentage error (positive: predictions too slow)
 */
public record ValidationSummary(int count, double mape, double maxAbsErrorPercent, double meanErrorPercent) {

    /** Summarizes cases. */
    public static ValidationSummary of(List<ValidationCase> cases) {
        double sumAbs = 0;
        double sum = 0;
        double max = 0;
        for (ValidationCase c : cases) {
            sumAbs += Math.abs(c.errorPercent());
            sum += c.errorPercent();
            max = Math.max(max, Math.abs(c.errorPercent()));
        }
        int n = cases.size();
        return new ValidationSummary(n, n == 0 ? 0 : sumAbs / n, max, n == 0 ? 0 : sum / n);
    }
}
