package app.tandem.crm;

import org.jspecify.annotations.Nullable;

/**
 * An account as a form edits it; {@code id} and {@code version} are null/0 for a new one. The version
 * is the one the form loaded, so saving over someone else's change fails.
 */
public record AccountData(@Nullable Long id, long version, String name, @Nullable String website,
        @Nullable String industry, @Nullable String phone, @Nullable String street, @Nullable String postalCode,
        @Nullable String city, @Nullable String country, AccountStatus status, @Nullable String notes,
        long ownerId) {
}
