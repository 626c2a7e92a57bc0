package app.tandem.crm;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A row of the deals list; {@code weighted} is amount × probability / 100, computed in SQL. */
public record DealListItem(long id, String name, String accountName, BigDecimal amount, String stageName,
        int probability, BigDecimal weighted, @Nullable LocalDate expectedCloseDate, String ownerName) {
}
