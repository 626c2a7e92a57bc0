package app.tandem.crm;

import org.jspecify.annotations.Nullable;

/**
 * A record that may be the one being created again: the duplicate warning. The check looks across the whole
 * company, so that two teams do not keep the same customer twice; a match outside the user's scope shows
 * who owns it but cannot be opened ({@code readable} is false).
 *
 * @param detail the account's domain, or the contact's account name
 */
public record DuplicateMatch(long id, String name, @Nullable String detail, String ownerName, boolean readable) {
}
