package app.tandem.crm.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemServiceTest;
import app.tandem.base.db.ListQuery;
import app.tandem.base.db.Rows;
import app.tandem.base.db.SamePages;
import app.tandem.crm.AccountStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The CRM lists read their pages as deferred joins (ids first, then the rows): the same rows as the plain query
 * for every page, sort, filter and scope, with many equal sort values so the id has to break the ties.
 */
@TandemServiceTest
class CrmListQueriesTest {

    @Autowired
    CrmListQueries lists;
    @Autowired
    JdbcTemplate jdbc;

    long east;
    long west;
    long anna;
    long bert;
    long cleo;
    long proposal;

    @BeforeEach
    void data() {
        east = team("East");
        west = team("West");
        anna = user("anna", "Anna", east);
        bert = user("bert", "Bert", east);
        cleo = user("cleo", "Cleo", west);
        proposal = jdbc.queryForObject("select id from pipeline_stage where name = 'Proposal'", Long.class);
        List<Long> stages = jdbc.queryForList("select id from pipeline_stage order by position", Long.class);
        long[] owners = {anna, bert, cleo};
        String[] names = {"Acme", "Birch", "Acme", "Cobalt", "Dune", "Birch"};
        for (int i = 0; i < 60; i++) {
            long owner = owners[i % 3];
            Long team = i % 7 == 0 ? null : owner == cleo ? west : east;
            jdbc.update("""
                    insert into account (owner_id, team_id, name, domain, city, industry, status, created_at, created_by,
                        updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, now(), 't', now(), 't')""",
                    owner, team, names[i % names.length], "d" + (i % 9) + ".example", i % 4 == 0 ? null : "City" + i % 5,
                    "Ind" + i % 3, AccountStatus.values()[i % AccountStatus.values().length].name());
        }
        List<Long> accounts = jdbc.queryForList("select id from account order by id", Long.class);
        for (int i = 0; i < 90; i++) {
            long owner = owners[i % 3];
            jdbc.update("""
                    insert into contact (owner_id, team_id, first_name, last_name, email, account_id, created_at,
                        created_by, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, now(), 't', now(), 't')""",
                    owner, i % 5 == 0 ? null : owner == cleo ? west : east, i % 4 == 0 ? null : "F" + i % 3,
                    "L" + i % 6, "c" + i + "@x.example", i % 6 == 0 ? null : accounts.get(i % accounts.size()));
        }
        for (int i = 0; i < 80; i++) {
            long owner = owners[i % 3];
            jdbc.update("""
                    insert into deal (owner_id, team_id, name, account_id, amount, stage_id, probability,
                        probability_overridden, expected_close_date, created_at, created_by, updated_at, updated_by)
                    values (?, ?, ?, ?, ?, ?, ?, false, ?, now(), 't', now(), 't')""",
                    owner, i % 6 == 0 ? null : owner == cleo ? west : east, "Deal " + i % 8,
                    accounts.get(i % accounts.size()), 1000 * (i % 5), stages.get(i % stages.size()), 10 * (i % 4),
                    i % 5 == 0 ? null : java.time.LocalDate.of(2026, 1 + i % 12, 1));
        }
    }

    @Test
    void accounts_deferred_pages_equal_the_plain_query_for_every_sort_filter_and_scope() {
        List<Sort> sorts = sorts(Map.of("name", true, "city", false, "status", true, "o.displayName", false,
                "domain", true));
        for (boolean all : new boolean[] {true, false}) {
            int rows = SamePages.check((page, mode) -> lists.accounts(all, anna, null, null, null, null, page, mode),
                    sorts);
            int inScope = jdbc.queryForObject("select count(*) from account where team_id = ? or owner_id = ?",
                    Integer.class, east, anna);
            assertThat(rows).isEqualTo(all ? 60 : inScope);
            SamePages.check((page, mode) -> lists.accounts(all, anna, "%c%", AccountStatus.CUSTOMER, null, null, page,
                    mode), sorts);
            SamePages.check((page, mode) -> lists.accounts(all, anna, null, null, bert, east, page, mode), sorts);
        }
    }

    @Test
    void contacts_deferred_pages_equal_the_plain_query_for_every_sort_filter_and_scope() {
        List<Sort> sorts = sorts(Map.of("lastName", true, "firstName", false, "a.name", true, "o.displayName", false,
                "email", true));
        for (boolean all : new boolean[] {true, false}) {
            int rows = SamePages.check((page, mode) -> lists.contacts(all, cleo, null, null, null, null, page, mode),
                    sorts);
            assertThat(rows).isGreaterThan(all ? 89 : 20);
            SamePages.check((page, mode) -> lists.contacts(all, cleo, "%l%", null, null, east, page, mode), sorts);
            SamePages.check((page, mode) -> lists.contacts(all, cleo, null, null, anna, null, page, mode), sorts);
        }
    }

    @Test
    void deals_deferred_pages_equal_the_plain_query_for_every_sort_filter_and_scope() {
        List<Sort> sorts = sorts(Map.of("name", true, "expectedCloseDate", false, "a.name", true, "s.position", true,
                "amount", false, "o.displayName", true));
        for (boolean all : new boolean[] {true, false}) {
            int rows = SamePages.check((page, mode) -> lists.deals(all, bert, null, null, null, null, null, null, null,
                    false, page, mode), sorts);
            assertThat(rows).isGreaterThan(all ? 79 : 20);
            SamePages.check((page, mode) -> lists.deals(all, bert, null, proposal, null, null, null, null, null, false,
                    page, mode), sorts);
            SamePages.check((page, mode) -> lists.deals(all, bert, "%a%", null, null, east,
                    java.time.LocalDate.of(2026, 3, 1), null, null, true, page, mode), sorts);
        }
    }

    private static List<Sort> sorts(Map<String, Boolean> properties) {
        return properties.entrySet().stream().map(e -> Sort.by(e.getValue() ? Sort.Direction.ASC : Sort.Direction.DESC,
                e.getKey())).toList();
    }

    private long team(String name) {
        return Rows.team(jdbc, name, "SALES");
    }

    private long user(String username, String displayName, Long team) {
        return Rows.user(jdbc, username, displayName, team);
    }
}
