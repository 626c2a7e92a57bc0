package app.tandem.crm;

import org.jspecify.annotations.Nullable;

/** A contact on a deal: the primary contact and/or a contact with a role (decision maker, influencer, user). */
public record DealContact(long contactId, String name, @Nullable String jobTitle, @Nullable String email,
        @Nullable ContactRole role, boolean primary) {
}
