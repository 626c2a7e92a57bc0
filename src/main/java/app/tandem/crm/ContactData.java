package app.tandem.crm;

import org.jspecify.annotations.Nullable;

/**
 * A contact as a form edits it; {@code id} and {@code version} are null/0 for a new one. The version
 * is the one the form loaded, so saving over someone else's change fails.
 */
public record ContactData(@Nullable Long id, long version, @Nullable String firstName, String lastName,
        @Nullable String email, @Nullable String phone, @Nullable String jobTitle, @Nullable Long accountId,
        long ownerId) {
}
