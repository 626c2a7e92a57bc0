package app.tandem.crm;

import org.jspecify.annotations.Nullable;

/**
 * A record that may be the one being created again: the duplicate warning. Only records the user may read
 * are matched ({@code readable} is then true), so the warning reveals nothing outside the user's scope.
 *
 * @param detail the account's domain, or the contact's account name
 */
public record DuplicateMatch(long id, String name, @Nullable String detail, String ownerName, boolean readable) {
}
