package app.tandem.crm;

import org.jspecify.annotations.Nullable;

/** What the contacts list is filtered by; null means "any". */
public record ContactFilter(@Nullable String text, @Nullable Long accountId, @Nullable Long ownerId,
        @Nullable Long teamId) {

    public static ContactFilter any() {
        return new ContactFilter(null, null, null, null);
    }
}
