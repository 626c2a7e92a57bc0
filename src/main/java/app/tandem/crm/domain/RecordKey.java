package app.tandem.crm.domain;

import org.jspecify.annotations.Nullable;

/**
 * A CRM record as an import matches it: its id, the value of one natural key (a domain, a name, an email), and
 * the owner and team that decide who may change it.
 */
public record RecordKey(long id, String key, long ownerId, @Nullable Long teamId) {
}
