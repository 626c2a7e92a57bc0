package app.tandem.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Order;

class PagingTest {

    static final Sort BY_NAME = Sort.by("name");

    @Test
    void an_unsorted_request_gets_the_fallback_sort_and_the_id_as_tie_breaker() {
        Pageable stable = Paging.withStableSort(PageRequest.of(2, 25), BY_NAME, "id");

        assertThat(stable.getSort()).containsExactly(Order.asc("name"), Order.asc("id"));
        assertThat(stable.getPageNumber()).isEqualTo(2);
        assertThat(stable.getPageSize()).isEqualTo(25);
    }

    @Test
    void the_requested_sort_wins_over_the_fallback_and_keeps_its_direction() {
        Pageable stable = Paging.withStableSort(PageRequest.of(0, 10, Sort.by(Order.desc("createdAt"))), BY_NAME,
                "id");

        assertThat(stable.getSort()).containsExactly(Order.desc("createdAt"), Order.desc("id"));
    }

    @Test
    void the_id_breaks_ties_in_the_direction_of_the_last_order_so_one_index_serves_the_page() {
        // (created_at, id) read backwards gives "created_at desc, id desc"; "desc, id asc" would need a filesort
        assertThat(Paging.withStableSort(PageRequest.of(0, 10), Sort.by(Order.desc("dueOn")), "id").getSort())
                .containsExactly(Order.desc("dueOn"), Order.desc("id"));
        assertThat(Paging.withStableSort(PageRequest.of(0, 10, Sort.by(Order.desc("a"), Order.asc("b"))), BY_NAME,
                "id").getSort()).containsExactly(Order.desc("a"), Order.asc("b"), Order.asc("id"));
    }

    @Test
    void a_sort_that_already_ends_with_the_id_is_kept_as_it_is() {
        Sort sort = Sort.by(Order.asc("name"), Order.desc("id"));

        Pageable stable = Paging.withStableSort(PageRequest.of(0, 10, sort), BY_NAME, "id");

        assertThat(stable.getSort()).containsExactly(Order.asc("name"), Order.desc("id"));
    }

    @Test
    void an_unpaged_request_stays_unpaged_but_gets_a_stable_sort() {
        Pageable stable = Paging.withStableSort(Pageable.unpaged(), BY_NAME, "u.id");

        assertThat(stable.isPaged()).isFalse();
        assertThat(stable.getSort()).containsExactly(Order.asc("name"), Order.asc("u.id"));
    }
}
