package app.tandem.performance;

import java.util.List;

/**
 * A person's scorecard for a period: target attainment per metric, CRM figures (activities done, win rate) and
 * improvements submitted and completed. Checklist on-time rate follows with the compliance module.
 */
public record Scorecard(long userId, String name, Period period, List<Score> scores, CrmFigures crm,
        long improvementsSubmitted, long improvementsCompleted) {
}
