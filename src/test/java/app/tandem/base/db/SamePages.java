package app.tandem.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.base.OffsetRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;

/** Checks that a list's deferred join returns exactly the rows of its plain query, page by page. */
public final class SamePages {

    private SamePages() {
    }

    /**
     * For every sort: pages at several offsets and sizes (also between page boundaries and past the end) are equal
     * row by row, and paging through the whole list by the deferred join gives every row exactly once.
     *
     * @return how many rows the list has (so a test can check that its data reached the list at all)
     */
    public static int check(BiFunction<Pageable, ListQuery.Mode, Slice<?>> list, List<Sort> sorts) {
        int total = -1;
        for (Sort sort : sorts) {
            List<Object> all = new ArrayList<>(list.apply(Pageable.unpaged(sort), ListQuery.Mode.PLAIN).getContent());
            total = all.size();
            for (long offset : new long[] {0, 1, 7, 10, 25, Math.max(0, total - 3), total, total + 5}) {
                for (int size : new int[] {1, 10, 25}) {
                    OffsetRequest page = new OffsetRequest(offset, size, sort);
                    Slice<?> deferred = list.apply(page, ListQuery.Mode.DEFERRED);
                    Slice<?> plain = list.apply(page, ListQuery.Mode.PLAIN);
                    assertThat(deferred.getContent()).as("%s, offset %d, size %d", sort, offset, size)
                            .isEqualTo(plain.getContent());
                    assertThat(deferred.hasNext()).as("%s, offset %d, size %d: more", sort, offset, size)
                            .isEqualTo(plain.hasNext());
                }
            }
            List<Object> walked = new ArrayList<>();
            for (long offset = 0; ; offset += 10) {
                Slice<?> page = list.apply(new OffsetRequest(offset, 10, sort), ListQuery.Mode.DEFERRED);
                walked.addAll(page.getContent());
                if (!page.hasNext()) {
                    break;
                }
            }
            assertThat(walked).as("%s: every row once, in order", sort).isEqualTo(all);
            assertThat(new HashSet<>(walked)).hasSize(walked.size());
        }
        return total;
    }
}
