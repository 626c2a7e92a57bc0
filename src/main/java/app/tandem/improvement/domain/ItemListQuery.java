package app.tandem.improvement.domain;

import app.tandem.base.db.ListQuery;
import app.tandem.improvement.ItemFilter;
import app.tandem.improvement.ItemKind;
import app.tandem.improvement.ItemListItem;
import app.tandem.improvement.ItemStatus;
import app.tandem.improvement.Priority;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The improvement items list's page over JDBC ({@link ListQuery}, a deferred join): only the set filters in the
 * SQL, the scope rule of {@link ImprovementItemRepository#SCOPE} inside it, and the annual target summed for the
 * page's rows only. Timestamps are stored in UTC (hibernate.jdbc.time_zone).
 */
@Component
public class ItemListQuery {

    private static final Map<String, String> SORT = Map.of("id", "i.id", "title", "i.title", "kind", "i.kind",
            "status", "i.status", "a.name", "a.name", "t.name", "t.name", "o.displayName", "o.display_name",
            "dueDate", "i.due_date", "createdAt", "i.created_at", "priority", "i.priority");

    private final JdbcClient jdbc;

    ItemListQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A page of the items the scope may read: {@code all}, or the reader's team's items, or those they submitted,
     * own, approve or own an action of. {@code text} is a ready like pattern (escaped, with %).
     */
    public Slice<ItemListItem> page(boolean all, long userId, @Nullable Long teamId, @Nullable String text,
            ItemFilter filter, LocalDate today, ZoneId zone, Pageable pageable, ListQuery.Mode mode) {
        ListQuery query = ListQuery.of("""
                select i.id, i.kind, i.title, i.status, a.name, t.name, o.display_name, i.priority, i.due_date,
                       i.created_at,
                       coalesce((select sum(m.target_value * (case m.recurrence when 'MONTHLY' then 12 else 1 end))
                                 from improvement_impact m where m.item_id = i.id and m.unit = 'MONEY'), 0),
                       i.owner_id, i.team_id""", "improvement_item i", SORT)
                .join("o", "join app_user o on o.id = i.owner_id")
                .join("a", "left join improvement_area a on a.id = i.area_id")
                .join("t", "left join team t on t.id = i.team_id");
        if (!all) {
            query.where("(" + (teamId == null ? "" : "i.team_id = :teamId or ") + """
                    i.submitter_id = :userId or i.owner_id = :userId or i.approver_id = :userId
                       or exists (select 1 from improvement_action x where x.item_id = i.id and x.owner_id = :userId))""")
                    .param("userId", userId);
            if (teamId != null) {
                query.param("teamId", teamId);
            }
        }
        query.where("i.title like :text escape '\\\\'", "text", text)
                .where("i.status = :status", "status", filter.status() == null ? null : filter.status().name())
                .where("i.kind = :kind", "kind", filter.kind() == null ? null : filter.kind().name())
                .where("i.team_id = :filterTeamId", "filterTeamId", filter.teamId())
                .where("i.area_id = :areaId", "areaId", filter.areaId())
                .where("i.owner_id = :ownerId", "ownerId", filter.ownerId())
                .where("i.created_at >= :from", "from", filter.from() == null ? null : utc(filter.from(), zone))
                .where("i.created_at < :to", "to", filter.to() == null ? null : utc(filter.to().plusDays(1), zone));
        if (filter.overdueOnly()) {
            query.where("i.due_date < :today and i.status not in (:closed)").param("today", today)
                    .param("closed", ItemStatus.closed().stream().map(Enum::name).toList());
        }
        return query.slice(jdbc, pageable, mode, (rs, n) -> new ItemListItem(rs.getLong(1),
                ItemKind.valueOf(rs.getString(2)), rs.getString(3), ItemStatus.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), Priority.valueOf(rs.getString(8)),
                rs.getObject(9, LocalDate.class), instant(rs, 10), rs.getBigDecimal(11), rs.getLong(12),
                nullableLong(rs, 13)));
    }

    private static LocalDateTime utc(LocalDate day, ZoneId zone) {
        return LocalDateTime.ofInstant(day.atStartOfDay(zone).toInstant(), ZoneOffset.UTC);
    }

    private static java.time.@Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
