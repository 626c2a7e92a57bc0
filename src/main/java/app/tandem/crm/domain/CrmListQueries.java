package app.tandem.crm.domain;

import app.tandem.base.db.ListQuery;
import app.tandem.crm.AccountListItem;
import app.tandem.crm.AccountStatus;
import app.tandem.crm.ActivityType;
import app.tandem.crm.ContactListItem;
import app.tandem.crm.DealListItem;
import app.tandem.crm.Recurrence;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The CRM grids' pages as plain SQL over JDBC ({@link ListQuery}): one statement per page with only the set
 * filters, the record scope inside it, and rows mapped straight to the list records. A grid page is the
 * hottest query of the app; this keeps it close to hand-written SQL (docs/benchmarks.md). The scope for a user
 * who does not read everything is their team's records plus their own: the user's row is joined as a constant
 * table ({@code me}), so MariaDB reads the team id once, before planning, as if it were a literal.
 */
@Component
public class CrmListQueries {

    private static final Map<String, String> ACCOUNT_SORT = Map.of("id", "a.id", "name", "a.name", "domain",
            "a.domain", "industry", "a.industry", "city", "a.city", "status", "a.status", "o.displayName",
            "o.display_name");
    private static final Map<String, String> CONTACT_SORT = Map.of("id", "c.id", "lastName", "c.last_name",
            "firstName", "c.first_name", "email", "c.email", "phone", "c.phone", "jobTitle", "c.job_title", "a.name",
            "a.name", "o.displayName", "o.display_name");
    private static final Map<String, String> DEAL_SORT = Map.of("id", "d.id", "name", "d.name", "a.name", "a.name",
            "amount", "d.amount", "s.position", "s.position", "probability", "d.probability", "expectedCloseDate",
            "d.expected_close_date", "o.displayName", "o.display_name");
    private static final String TEXT = "%s like :text escape '\\\\'";

    /** An open deal without a planned activity. */
    private static final String NO_NEXT_ACTIVITY = "s.closed = false and not exists (select 1 from activity x"
            + " where x.deal_id = d.id and x.status = 'PLANNED')";

    private final JdbcClient jdbc;

    CrmListQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the accounts list; {@code text} is a ready like pattern (escaped, with %). */
    public Slice<AccountListItem> accounts(boolean all, long userId, @Nullable String text,
            @Nullable AccountStatus status, @Nullable Long ownerId, @Nullable Long teamId, Pageable pageable) {
        return accounts(all, userId, text, status, ownerId, teamId, pageable, ListQuery.Mode.DEFERRED);
    }

    public Slice<AccountListItem> accounts(boolean all, long userId, @Nullable String text,
            @Nullable AccountStatus status, @Nullable Long ownerId, @Nullable Long teamId, Pageable pageable,
            ListQuery.Mode mode) {
        ListQuery query = ListQuery.of("""
                select a.id, a.name, a.domain, a.industry, a.city, a.status, a.owner_id, o.display_name, a.team_id""",
                "account a", ACCOUNT_SORT).join("o", "join app_user o on o.id = a.owner_id");
        scope(query, all, userId, "a");
        query.where("(" + TEXT.formatted("a.name") + " or " + TEXT.formatted("a.domain") + ")", "text", text)
                .where("a.status = :status", "status", status == null ? null : status.name())
                .where("a.owner_id = :ownerId", "ownerId", ownerId)
                .where("a.team_id = :teamId", "teamId", teamId);
        return query.slice(jdbc, pageable, mode, (rs, i) -> new AccountListItem(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), AccountStatus.valueOf(rs.getString(6)),
                rs.getLong(7), rs.getString(8), nullableLong(rs, 9)));
    }

    /** A page of the contacts list; {@code text} is a ready like pattern (escaped, with %). */
    public Slice<ContactListItem> contacts(boolean all, long userId, @Nullable String text, @Nullable Long accountId,
            @Nullable Long ownerId, @Nullable Long teamId, Pageable pageable) {
        return contacts(all, userId, text, accountId, ownerId, teamId, pageable, ListQuery.Mode.DEFERRED);
    }

    public Slice<ContactListItem> contacts(boolean all, long userId, @Nullable String text, @Nullable Long accountId,
            @Nullable Long ownerId, @Nullable Long teamId, Pageable pageable, ListQuery.Mode mode) {
        ListQuery query = ListQuery.of("""
                select c.id, c.first_name, c.last_name, c.email, c.phone, c.job_title, c.account_id, a.name,
                       c.owner_id, o.display_name""", "contact c", CONTACT_SORT)
                .join("o", "join app_user o on o.id = c.owner_id")
                .join("a", "left join account a on a.id = c.account_id");
        scope(query, all, userId, "c");
        query.where("(" + TEXT.formatted("c.last_name") + " or " + TEXT.formatted("c.first_name") + " or "
                        + TEXT.formatted("c.email") + ")", "text", text)
                .where("c.account_id = :accountId", "accountId", accountId)
                .where("c.owner_id = :ownerId", "ownerId", ownerId)
                .where("c.team_id = :teamId", "teamId", teamId);
        return query.slice(jdbc, pageable, mode, (rs, i) -> new ContactListItem(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), nullableLong(rs, 7),
                rs.getString(8), rs.getLong(9), rs.getString(10)));
    }

    /** A page of the deals list; {@code text} is a ready like pattern (escaped, with %). */
    public Slice<DealListItem> deals(boolean all, long userId, @Nullable String text, @Nullable Long stageId,
            @Nullable Long ownerId, @Nullable Long teamId, @Nullable LocalDate closeFrom, @Nullable LocalDate closeTo,
            @Nullable Long accountId, boolean noNextActivity, Pageable pageable) {
        return deals(all, userId, text, stageId, ownerId, teamId, closeFrom, closeTo, accountId, noNextActivity,
                pageable, ListQuery.Mode.DEFERRED);
    }

    public Slice<DealListItem> deals(boolean all, long userId, @Nullable String text, @Nullable Long stageId,
            @Nullable Long ownerId, @Nullable Long teamId, @Nullable LocalDate closeFrom, @Nullable LocalDate closeTo,
            @Nullable Long accountId, boolean noNextActivity, Pageable pageable, ListQuery.Mode mode) {
        ListQuery query = ListQuery.of("""
                select d.id, d.name, a.name, d.amount, s.name, d.probability, d.amount * d.probability / 100,
                       d.expected_close_date, o.display_name""", "deal d", DEAL_SORT)
                .join("a", "join account a on a.id = d.account_id")
                .join("s", "join pipeline_stage s on s.id = d.stage_id")
                .join("o", "join app_user o on o.id = d.owner_id");
        scope(query, all, userId, "d");
        query.where("(" + TEXT.formatted("d.name") + " or " + TEXT.formatted("a.name") + ")", "text", text)
                .where("d.stage_id = :stageId", "stageId", stageId)
                .where("d.owner_id = :ownerId", "ownerId", ownerId)
                .where("d.team_id = :teamId", "teamId", teamId)
                .where("d.expected_close_date >= :closeFrom", "closeFrom", closeFrom)
                .where("d.expected_close_date <= :closeTo", "closeTo", closeTo)
                .where("d.account_id = :accountId", "accountId", accountId);
        if (noNextActivity) {
            query.where(NO_NEXT_ACTIVITY);
        }
        return query.slice(jdbc, pageable, mode, (rs, i) -> new DealListItem(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getBigDecimal(4), rs.getString(5), rs.getInt(6), rs.getBigDecimal(7),
                rs.getObject(8, LocalDate.class), rs.getString(9)));
    }

    /** How many open deals within the scope have no planned activity (the deals list's "no next activity"). */
    public long countWithoutNextActivity(boolean all, long userId) {
        String sql = "select count(*) from deal d join pipeline_stage s on s.id = d.stage_id" + me(all)
                + " where " + NO_NEXT_ACTIVITY + (all ? "" : " and (d.team_id = me.team_id or d.owner_id = :me)");
        var statement = jdbc.sql(sql);
        if (!all) {
            statement = statement.param("me", userId);
        }
        return statement.query(Long.class).single();
    }

    /** A planned activity of "my activities": what the service needs to tell overdue from due today. */
    public record Due(long id, ActivityType type, String subject, LocalDateTime dueAt, long accountId,
            String accountName, Recurrence recurrence) {
    }

    /** The user's planned activities due before the given time, oldest first, at most {@code limit}. */
    public List<Due> dueActivities(long ownerId, LocalDateTime before, int limit) {
        return jdbc.sql("""
                select x.id, x.type, x.subject, x.due_at, x.account_id, a.name, x.recurrence
                from activity x join account a on a.id = x.account_id
                where x.owner_id = :ownerId and x.status = 'PLANNED' and x.due_at < :before
                order by x.due_at, x.id limit :limit""")
                .param("ownerId", ownerId).param("before", before).param("limit", limit)
                .query((rs, i) -> new Due(rs.getLong(1), ActivityType.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class), rs.getLong(5), rs.getString(6),
                        Recurrence.valueOf(rs.getString(7))))
                .list();
    }

    /** The logged-in user's own row, joined as a constant table, when the scope is team plus own records. */
    private static String me(boolean all) {
        return all ? "" : "\n     join app_user me on me.id = :me";
    }

    private static void scope(ListQuery query, boolean all, long userId, String alias) {
        if (!all) {
            query.join("me", "join app_user me on me.id = :me").where("(%1$s.team_id = me.team_id or %1$s.owner_id = :me)".formatted(alias)).param("me", userId);
        }
    }

    private static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
