package app.tandem.crm;

import org.jspecify.annotations.Nullable;

/** What the accounts list is filtered by; null means "any". */
public record AccountFilter(@Nullable String text, @Nullable AccountStatus status, @Nullable Long ownerId,
        @Nullable Long teamId) {

    public static AccountFilter any() {
        return new AccountFilter(null, null, null, null);
    }
}
