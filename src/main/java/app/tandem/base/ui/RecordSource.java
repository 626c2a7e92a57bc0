package app.tandem.base.ui;

import app.tandem.base.HistoryEntry;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a record page needs from its feature (see docs/adr/0004): each list/detail screen implements it, mostly
 * by calling its service. Record scope and edit rights stay in the service; a record out of scope is a
 * {@code RecordNotFoundException} from {@link #load}.
 */
public interface RecordSource<R> {

    /** A new, unsaved record with its defaults; the address may carry some (e.g. {@code ?account=42}). */
    R blank(QueryParameters query);

    R load(long id);

    R create(R record);

    R update(R record);

    List<HistoryEntry> history(long id);

    boolean mayEdit(long id);

    /** The record's id, null for a new one. */
    @Nullable Long id(R record);

    /** The record's name as the detail's title and in messages. */
    String title(R record);
}
