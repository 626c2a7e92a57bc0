package app.tandem.crm;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the deals list is filtered by; null means "any". The text matches the deal's or its account's name. */
public record DealFilter(@Nullable String text, @Nullable Long stageId, @Nullable Long ownerId, @Nullable Long teamId,
        @Nullable LocalDate closeFrom, @Nullable LocalDate closeTo) {

    public static DealFilter any() {
        return new DealFilter(null, null, null, null, null, null);
    }
}
