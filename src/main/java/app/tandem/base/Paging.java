package app.tandem.base;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Paging helpers: every list gets a stable order, so slices never skip or repeat rows. */
public final class Paging {

    private Paging() {
    }

    /** The requested sort (or the fallback when none), always ending with the id as tie-breaker. */
    public static Pageable withStableSort(Pageable pageable, Sort fallback, String idProperty) {
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort() : fallback;
        if (sort.getOrderFor(idProperty) == null) {
            sort = sort.and(Sort.by(idProperty));
        }
        return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
    }
}
