package app.tandem.crm.domain;

import org.jspecify.annotations.Nullable;

/**
 * Which CRM records a user may read: all of them, or those of their team plus their own. Queries take
 * it as {@code (:all = true or x.teamId = :teamId or x.ownerId = :userId)}, so scope is applied in SQL.
 */
public record Scope(boolean all, long userId, @Nullable Long teamId) {
}
