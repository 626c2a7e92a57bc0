package app.tandem.crm;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A deal as a form creates or edits it (stage changes go through {@code DealService.moveToStage}). */
public record DealData(@Nullable Long id, long version, String name, long accountId, @Nullable Long primaryContactId,
        BigDecimal amount, long stageId, int probability, boolean probabilityOverridden,
        @Nullable LocalDate expectedCloseDate, @Nullable String source, long ownerId, @Nullable Long lostReasonId) {
}
