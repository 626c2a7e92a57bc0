package app.tandem.improvement;

import static app.tandem.improvement.ItemText.required;

import app.tandem.base.EntityHistory;
import app.tandem.base.HistoryEntry;
import app.tandem.improvement.domain.Impact;
import app.tandem.improvement.domain.ImprovementItem;
import app.tandem.improvement.domain.LogEntryRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened to an item: its log (status steps, comments, changes of locked impacts) and its field-level
 * history. Anyone who may read the item reads both and comments on it.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ItemLogService {

    private final LogEntryRepository log;
    private final ImprovementAccess access;
    private final ItemLog itemLog;
    private final EntityHistory entityHistory;

    ItemLogService(LogEntryRepository log, ImprovementAccess access, ItemLog itemLog, EntityHistory entityHistory) {
        this.log = log;
        this.access = access;
        this.itemLog = itemLog;
        this.entityHistory = entityHistory;
    }

    /** The item's log, newest first. */
    public List<LogItem> log(long id) {
        access.readable(id);
        return log.findByItemIdOrderByLoggedAtDescIdDesc(id).stream()
                .map(e -> new LogItem(e.getId(), e.getKind(), e.getFromStatus(), e.getToStatus(), e.getText(),
                        e.getAuthorName(), e.getLoggedAt()))
                .toList();
    }

    @Transactional
    public void comment(long id, String text) {
        access.readable(id);
        itemLog.comment(id, required(text, "improvement.comment.required", 5000));
    }

    /**
     * Field-level changes of the item and of its impact rows (Envers; an impact's change shows the row before
     * and after, including changes of locked impacts), newest first.
     */
    public List<HistoryEntry> history(long id) {
        access.readable(id);
        List<HistoryEntry> all = new ArrayList<>(entityHistory.of(ImprovementItem.class, id, ItemHistory::fields));
        all.addAll(entityHistory.ofChildren(Impact.class, "itemId", id, Impact::getId, ItemHistory::impact));
        all.sort(Comparator.comparing(HistoryEntry::revision).reversed());
        return all;
    }
}
