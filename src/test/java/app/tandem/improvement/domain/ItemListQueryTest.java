package app.tandem.improvement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemServiceTest;
import app.tandem.base.db.Rows;
import app.tandem.base.db.SamePages;
import app.tandem.improvement.ItemFilter;
import app.tandem.improvement.ItemKind;
import app.tandem.improvement.ItemStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The improvement items list reads its pages as a deferred join: the same rows (annual targets included) as the
 * plain query for every page, sort, filter and scope (team, submitter, owner, approver, action owner).
 */
@TandemServiceTest
class ItemListQueryTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    ItemListQuery query;
    @Autowired
    JdbcTemplate jdbc;

    long ops;
    long otto;
    long pia;
    long quinn;

    @BeforeEach
    void data() {
        ops = team("Ops");
        long other = team("Other");
        otto = user("otto", "Otto", ops);
        pia = user("pia", "Pia", other);
        quinn = user("quinn", "Quinn", other);
        jdbc.update("insert into improvement_area (name, active, created_at, created_by, updated_at, updated_by)"
                + " values ('Floor', true, now(), 't', now(), 't')");
        long area = jdbc.queryForObject("select id from improvement_area where name = 'Floor'", Long.class);
        long[] people = {otto, pia, quinn};
        for (int i = 0; i < 70; i++) {
            jdbc.update("""
                    insert into improvement_item (kind, title, problem_statement, area_id, team_id, submitter_id,
                        owner_id, approver_id, priority, due_date, status, created_at, created_by, updated_at,
                        updated_by)
                    values (?, ?, 'p', ?, ?, ?, ?, ?, ?, ?, ?, ?, 't', now(), 't')""",
                    ItemKind.values()[i % 5].name(), "Item " + i % 9, i % 3 == 0 ? null : area,
                    i % 4 == 0 ? null : i % 2 == 0 ? ops : other, people[i % 3], people[(i + 1) % 3],
                    i % 5 == 0 ? people[(i + 2) % 3] : null, List.of("LOW", "MEDIUM", "HIGH").get(i % 3),
                    i % 6 == 0 ? null : TODAY.plusDays(i % 11 - 5), ItemStatus.values()[i % 9].name(),
                    java.time.LocalDateTime.of(2026, 1 + i % 6, 1 + i % 3, 8, 0));
        }
        List<Long> items = jdbc.queryForList("select id from improvement_item order by id", Long.class);
        for (int i = 0; i < items.size(); i += 4) {
            jdbc.update("""
                    insert into improvement_impact (item_id, type, hard, recurrence, unit, target_value, created_at,
                        created_by, updated_at, updated_by) values (?, 'COST', true, ?, ?, ?, now(), 't', now(), 't')""",
                    items.get(i), i % 8 == 0 ? "MONTHLY" : "ONE_OFF", i % 12 == 0 ? "HOURS" : "MONEY", 100 + i);
            jdbc.update("""
                    insert into improvement_action (item_id, what, owner_id, done, created_at, created_by, updated_at,
                        updated_by) values (?, 'do', ?, false, now(), 't', now(), 't')""", items.get(i), quinn);
        }
    }

    @Test
    void items_deferred_pages_equal_the_plain_query_for_every_sort_filter_and_scope() {
        List<Sort> sorts = List.of(Sort.by(Sort.Direction.DESC, "createdAt"), Sort.by("title"), Sort.by("dueDate"),
                Sort.by(Sort.Direction.DESC, "status"), Sort.by("a.name"), Sort.by(Sort.Direction.DESC, "t.name"),
                Sort.by("o.displayName"), Sort.by("kind"));
        ItemFilter any = ItemFilter.any();
        ItemFilter some = new ItemFilter(null, null, null, null, null, null, true, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 5, 31));
        ItemFilter text = new ItemFilter("%Item 1%", ItemStatus.DRAFT, null, ops, null, null, false, null, null);
        assertThat(SamePages.check((page, mode) -> query.page(true, otto, ops, null, any, TODAY, ZONE, page, mode),
                sorts)).isEqualTo(70);
        for (long user : new long[] {otto, pia, quinn}) {
            Long team = user == otto ? ops : null;
            assertThat(SamePages.check((page, mode) -> query.page(false, user, team, null, any, TODAY, ZONE, page,
                    mode), sorts)).isGreaterThan(20);
            SamePages.check((page, mode) -> query.page(false, user, team, null, some, TODAY, ZONE, page, mode), sorts);
            SamePages.check((page, mode) -> query.page(false, user, team, "%Item 1%", text, TODAY, ZONE, page, mode),
                    sorts);
        }
    }

    private long team(String name) {
        return Rows.team(jdbc, name, "OPERATIONS");
    }

    private long user(String username, String displayName, Long team) {
        return Rows.user(jdbc, username, displayName, team);
    }
}
