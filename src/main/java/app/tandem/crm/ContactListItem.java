package app.tandem.crm;

import org.jspecify.annotations.Nullable;

/** A row of the contacts list; the account is null for a contact without one. */
public record ContactListItem(long id, @Nullable String firstName, String lastName, @Nullable String email,
        @Nullable String phone, @Nullable String jobTitle, @Nullable Long accountId, @Nullable String accountName,
        long ownerId, String ownerName) {
}
