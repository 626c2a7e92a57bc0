package app.tandem.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/** One person's (or a team's summed) CRM figures of a period, from which the built-in metrics follow. */
public record CrmFigures(BigDecimal revenueWon, long dealsWon, long dealsClosed, long activitiesDone,
        long newAccounts) {

    public static final CrmFigures NONE = new CrmFigures(BigDecimal.ZERO, 0, 0, 0, 0);

    /** Won / closed in percent (two decimals); null without closed deals. */
    public @Nullable BigDecimal winRate() {
        return dealsClosed == 0 ? null
                : BigDecimal.valueOf(dealsWon * 100L).divide(BigDecimal.valueOf(dealsClosed), 2, RoundingMode.HALF_UP);
    }

    /** The value of a built-in metric. */
    public @Nullable BigDecimal value(Metric metric) {
        return switch (metric) {
            case REVENUE_WON -> revenueWon;
            case DEALS_WON -> BigDecimal.valueOf(dealsWon);
            case WIN_RATE -> winRate();
            case ACTIVITIES_DONE -> BigDecimal.valueOf(activitiesDone);
            case NEW_ACCOUNTS -> BigDecimal.valueOf(newAccounts);
            case KPI -> throw new IllegalArgumentException("A KPI is entered, not computed");
        };
    }

    /** The team's figures: the members' summed, so the team's win rate is weighted by closed deals. */
    public static CrmFigures sum(Collection<CrmFigures> members) {
        BigDecimal revenue = BigDecimal.ZERO;
        long won = 0;
        long closed = 0;
        long activities = 0;
        long accounts = 0;
        for (CrmFigures f : members) {
            revenue = revenue.add(f.revenueWon);
            won += f.dealsWon;
            closed += f.dealsClosed;
            activities += f.activitiesDone;
            accounts += f.newAccounts;
        }
        return new CrmFigures(revenue, won, closed, activities, accounts);
    }
}
