package app.tandem.performance;

import java.math.BigDecimal;

/** Weighted open pipeline (amount × probability) expected to close in a period, by forecast category. */
public record ForecastCategoryTotals(BigDecimal commit, BigDecimal bestCase, BigDecimal pipeline) {

    public static final ForecastCategoryTotals NONE = new ForecastCategoryTotals(BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO);

    /** These totals with a weighted amount added to the named category (CLOSED stages are not open). */
    public ForecastCategoryTotals plus(String category, BigDecimal weighted) {
        return switch (category) {
            case "COMMIT" -> new ForecastCategoryTotals(commit.add(weighted), bestCase, pipeline);
            case "BEST_CASE" -> new ForecastCategoryTotals(commit, bestCase.add(weighted), pipeline);
            default -> new ForecastCategoryTotals(commit, bestCase, pipeline.add(weighted));
        };
    }

    public ForecastCategoryTotals plus(ForecastCategoryTotals other) {
        return new ForecastCategoryTotals(commit.add(other.commit), bestCase.add(other.bestCase),
                pipeline.add(other.pipeline));
    }
}
