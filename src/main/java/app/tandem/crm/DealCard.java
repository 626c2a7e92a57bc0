package app.tandem.crm;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A deal as a card on the pipeline board. */
public record DealCard(long id, String name, String accountName, BigDecimal amount,
        @Nullable LocalDate expectedCloseDate, String ownerName, long stageId, int probability) {
}
