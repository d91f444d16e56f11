package dev.walls.core.validation;

import java.util.Arrays;
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
        // Summed in ascending order, not the file's: the same cases in another order give the same bits.
        double[] errors = cases.stream().mapToDouble(ValidationCase::errorPercent).sorted().toArray();
        double[] absolute = Arrays.stream(errors).map(Math::abs).sorted().toArray();
        double sumAbs = 0;
        double sum = 0;
        for (int i = 0; i < errors.length; i++) {
            sum += errors[i];
            sumAbs += absolute[i];
        }
        double max = absolute.length == 0 ? 0 : absolute[absolute.length - 1];
        int n = cases.size();
        return new ValidationSummary(n, n == 0 ? 0 : sumAbs / n, max, n == 0 ? 0 : sum / n);
    }
}
