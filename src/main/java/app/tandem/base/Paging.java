package app.tandem.base;

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
        return withSort(pageable, sort);
    }

    /** The same rows (offset and size, also an offset between pages or an empty range) in another order. */
    public static Pageable withSort(Pageable pageable, Sort sort) {
        return pageable.isPaged() ? new OffsetRequest(pageable.getOffset(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
    }
}
