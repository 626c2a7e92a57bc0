package app.tandem.crm;

import org.jspecify.annotations.Nullable;

/** A row of the accounts list. */
public record AccountListItem(long id, String name, @Nullable String domain, @Nullable String industry,
        @Nullable String city, AccountStatus status, long ownerId, String ownerName, @Nullable Long teamId) {
}
