package app.tandem.improvement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The savings dashboard of one year, within the reader's scope: realised savings, i.e. the annualised actual
 * money impacts (monthly × 12) of the items completed that year, hard and soft, by team and by month of
 * completion; target vs forecast vs actual of the items raised that year; items raised that year by status; the median days from approval to completion of items completed that year, and participation this
 * quarter (active users who submitted at least one item, of all active users).
 */
public record SavingsFigures(int year, List<Savings> byTeam, List<Savings> byMonth, BigDecimal target,
        BigDecimal forecast, BigDecimal actual, Map<ItemStatus, Long> byStatus, @Nullable Double medianCycleDays,
        long participants, long activeUsers) {

    /** Annualised actual savings of one team or month ({@code label}: team name or month number 1–12). */
    public record Savings(String label, BigDecimal hard, BigDecimal soft) {
    }

    /** Share of active users who submitted an item this quarter, 0–1. */
    public double participation() {
        return activeUsers == 0 ? 0 : (double) participants / activeUsers;
    }
}
