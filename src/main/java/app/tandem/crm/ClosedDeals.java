package app.tandem.crm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** Deals closed in a period: how many were won and lost, and the won deals' amount. */
public record ClosedDeals(long won, long lost, BigDecimal wonAmount) {

    /** Won / (won + lost) in percent, one decimal; null when no deal was closed. */
    public @Nullable BigDecimal winRate() {
        long closed = won + lost;
        return closed == 0 ? null
                : BigDecimal.valueOf(won * 100L).divide(BigDecimal.valueOf(closed), 1, RoundingMode.HALF_UP);
    }
}
