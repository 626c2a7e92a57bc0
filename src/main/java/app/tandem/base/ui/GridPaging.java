package app.tandem.base.ui;

import app.tandem.base.OffsetRequest;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.springframework.data.domain.Pageable;

/**
 * What every lazy grid and combo box passes to its service: exactly the rows the component asked for. Vaadin's
 * own {@code toSpringPageRequest} turns an offset that is no multiple of the limit into a different page, and an
 * empty range (limit 0, asked when a list shrank under a scrolling user) into a division by zero.
 */
public final class GridPaging {

    private GridPaging() {
    }

    public static Pageable toSpringPageRequest(Query<?, ?> query) {
        return new OffsetRequest(query.getOffset(), query.getLimit(), VaadinSpringDataHelpers.toSpringDataSort(query));
    }
}
