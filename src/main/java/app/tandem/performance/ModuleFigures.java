package app.tandem.performance;

import app.tandem.compliance.RunPunctuality;
import app.tandem.crm.SalesFigures;
import app.tandem.improvement.ImprovementFigures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The figures team performance takes from other modules, each asked through the read model its owner publishes
 * (no SQL here names another module's tables; docs/adr/0018): CRM figures and the open pipeline per person,
 * improvement items submitted and completed, checklist runs on time. Callers have checked the reader's access.
 */
@Component
class ModuleFigures {

    private final SalesFigures sales;
    private final ImprovementFigures improvement;
    private final RunPunctuality runs;

    ModuleFigures(SalesFigures sales, ImprovementFigures improvement, RunPunctuality runs) {
        this.sales = sales;
        this.improvement = improvement;
        this.runs = runs;
    }

    /** Each person's CRM figures in the period; people without any have {@link CrmFigures#NONE}. */
    Map<Long, CrmFigures> crmFigures(Collection<Long> userIds, Instant from, Instant to) {
        Map<Long, CrmFigures> result = new HashMap<>();
        sales.ownerFigures(userIds, from, to).forEach((owner, f) -> result.put(owner,
                new CrmFigures(f.wonAmount(), f.won(), f.closed(), f.activitiesDone(), f.accountsCreated())));
        userIds.forEach(id -> result.putIfAbsent(id, CrmFigures.NONE));
        return result;
    }

    /** Each person's open deals expected to close in [start, end), weighted, by forecast category. */
    Map<Long, ForecastCategoryTotals> openPipeline(Collection<Long> userIds, LocalDate start, LocalDate end) {
        Map<Long, ForecastCategoryTotals> result = new HashMap<>();
        for (SalesFigures.OwnerForecast row : sales.openPipeline(userIds, start, end)) {
            ForecastCategoryTotals totals = result.getOrDefault(row.ownerId(), ForecastCategoryTotals.NONE);
            result.put(row.ownerId(), totals.plus(row.forecastCategory(), row.weighted()));
        }
        return result;
    }

    long improvementsSubmitted(long userId, Instant from, Instant to) {
        return improvement.submitted(userId, from, to);
    }

    long improvementsCompleted(long userId, Instant from, Instant to) {
        return improvement.completed(userId, from, to);
    }

    /** (due, on time) of the person's checklist runs due in the period; see {@link RunPunctuality#of}. */
    long[] checklistsOnTime(long userId, LocalDate from, LocalDate lastDay, LocalDate today) {
        RunPunctuality.OnTime onTime = runs.of(userId, from, lastDay, today);
        return new long[] {onTime.due(), onTime.onTime()};
    }
}
