package app.tandem.crm;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of a deal's stage history. */
public record StageChange(@Nullable Long fromStageId, long toStageId, Instant changedAt, String changedBy,
        BigDecimal amount) {
}
