package app.tandem.base;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Paging helpers: every list gets a stable order, so slices never skip or repeat rows. */
public final class Paging {

    private Paging() {
    }

    /**
     * The requested sort (or the fallback when none), always ending with the id as tie-breaker, in the direction of
     * the last order: then an index on (column, id) serves the page forwards or backwards, without a filesort.
     */
    public static Pageable withStableSort(Pageable pageable, Sort fallback, String idProperty) {
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort() : fallback;
        if (sort.getOrderFor(idProperty) == null) {
            Sort.Direction last = sort.stream().reduce((a, b) -> b).map(Sort.Order::getDirection)
                    .orElse(Sort.Direction.ASC);
            sort = sort.and(Sort.by(last, idProperty));
        }
        return withSort(pageable, sort);
    }

    /** The same rows (offset and size, also an offset between pages or an empty range) in another order. */
    public static Pageable withSort(Pageable pageable, Sort sort) {
        return pageable.isPaged() ? new OffsetRequest(pageable.getOffset(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
    }
}
