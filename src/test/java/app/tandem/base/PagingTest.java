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

        assertThat(stable.getSort()).containsExactly(Order.desc("createdAt"), Order.asc("id"));
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
