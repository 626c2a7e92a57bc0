package app.tandem.crm;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the deals list is filtered by; null means "any". The text matches the deal's or its account's name;
 * the account narrows it to one account's deals (the account page); {@code noNextActivity} keeps the open deals
 * without a planned activity.
 */
public record DealFilter(@Nullable String text, @Nullable Long stageId, @Nullable Long ownerId, @Nullable Long teamId,
        @Nullable LocalDate closeFrom, @Nullable LocalDate closeTo, @Nullable Long accountId, boolean noNextActivity) {

    public DealFilter(@Nullable String text, @Nullable Long stageId, @Nullable Long ownerId, @Nullable Long teamId,
            @Nullable LocalDate closeFrom, @Nullable LocalDate closeTo, @Nullable Long accountId) {
        this(text, stageId, ownerId, teamId, closeFrom, closeTo, accountId, false);
    }

    public DealFilter(@Nullable String text, @Nullable Long stageId, @Nullable Long ownerId, @Nullable Long teamId,
            @Nullable LocalDate closeFrom, @Nullable LocalDate closeTo) {
        this(text, stageId, ownerId, teamId, closeFrom, closeTo, null);
    }

    public static DealFilter any() {
        return new DealFilter(null, null, null, null, null, null, null, false);
    }

    /** The open deals without a planned activity. */
    public static DealFilter withoutNextActivity() {
        return new DealFilter(null, null, null, null, null, null, null, true);
    }

    public static DealFilter ofAccount(long accountId) {
        return new DealFilter(null, null, null, null, null, null, accountId);
    }
}
