package app.tandem.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

class ListQueryTest {

    static final Map<String, String> SORT = Map.of("id", "a.id", "name", "a.name", "o.displayName", "o.display_name");

    @Test
    void only_the_filters_that_are_set_reach_the_sql_and_a_page_asks_for_one_row_more() {
        String sql = new ListQuery("select a.id from account a join app_user o on o.id = a.owner_id", SORT)
                .where("a.status = :status", "status", "CUSTOMER")
                .where("a.owner_id = :ownerId", "ownerId", null)
                .where("a.team_id = :teamId", "teamId", 7L)
                .sql(PageRequest.of(2, 50, Sort.by(Sort.Order.desc("o.displayName"), Sort.Order.asc("id"))));

        assertThat(sql).isEqualTo("""
                select a.id from account a join app_user o on o.id = a.owner_id
                where a.status = :status
                  and a.team_id = :teamId
                order by o.display_name desc, a.id
                limit 51 offset 100""");
    }

    @Test
    void a_sort_outside_the_whitelist_never_reaches_the_sql() {
        ListQuery query = new ListQuery("select a.id from account a", SORT);

        assertThatThrownBy(() -> query.sql(PageRequest.of(0, 10, Sort.by("name; drop table account"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> query.sql(PageRequest.of(0, 10))).as("no sort at all")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_page_reads_its_ids_through_only_the_joins_that_filters_and_sort_name_then_joins_the_rows() {
        ListQuery query = ListQuery.of("select a.id, a.name, o.display_name", "account a", SORT)
                .join("o", "join app_user o on o.id = a.owner_id")
                .join("me", "join app_user me on me.id = :me")
                .where("(a.team_id = me.team_id or a.owner_id = :me)").param("me", 3L)
                .where("a.status = :status", "status", "CUSTOMER");

        assertThat(query.sql(PageRequest.of(1000, 50, Sort.by("name")))).isEqualTo("""
                select straight_join a.id, a.name, o.display_name
                from (select a.id from account a
                     join app_user me on me.id = :me
                where (a.team_id = me.team_id or a.owner_id = :me)
                  and a.status = :status order by a.name, a.id
                limit 51 offset 50000) page_
                     join account a on a.id = page_.id
                     join app_user o on o.id = a.owner_id
                order by a.name, a.id""");
        assertThat(query.plainSql(PageRequest.of(0, 50, Sort.by(Sort.Order.desc("o.displayName"))))).isEqualTo("""
                select a.id, a.name, o.display_name
                from account a
                     join app_user o on o.id = a.owner_id
                     join app_user me on me.id = :me
                where (a.team_id = me.team_id or a.owner_id = :me)
                  and a.status = :status
                order by o.display_name desc, a.id desc
                limit 51 offset 0""");
    }
}
