package app.tandem.home;

import app.tandem.base.WorkContributor;
import app.tandem.base.WorkEntry;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My work": everything waiting for the logged-in user across the features, each feature's
 * {@link WorkContributor} asked for its own part (so each applies its own rules of who may see what), with one rule
 * for what is due when:
 * <ul>
 * <li>an entry with a deadline of its own (activity, run, finding, item, action item, 1:1 meeting, target period)
 * is due on that day;</li>
 * <li>a request without a deadline (approval, sign-off, feedback request, formal warning to acknowledge) is due
 * {@value #RESPONSE_DAYS} days after it reached the user;</li>
 * <li>due before today is overdue; today; this week is up to and including Sunday (ISO weeks); everything else,
 * and entries with no date at all, is later.</li>
 * </ul>
 * Done entries are not listed: each feature lists only what is still open.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class MyWorkService {

    /** Days within which a request without a deadline of its own should be answered. */
    public static final int RESPONSE_DAYS = 3;

    private static final Comparator<WorkItem> ORDER = Comparator.comparing(WorkItem::group)
            .thenComparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(i -> i.entry().kind()).thenComparing(i -> i.entry().recordId());

    private final List<WorkContributor> contributors;
    private final Clock clock;

    MyWorkService(List<WorkContributor> contributors, Clock clock) {
        this.contributors = contributors;
        this.clock = clock;
    }

    /** All open entries of the logged-in user, overdue first, then by due day. */
    public List<WorkItem> myWork() {
        LocalDate today = LocalDate.now(clock);
        List<WorkEntry> entries = new ArrayList<>();
        contributors.forEach(contributor -> entries.addAll(contributor.myWork()));
        return entries.stream().map(e -> item(e, today)).sorted(ORDER).toList();
    }

    /** Whether the entry is done with one click here (a CRM activity, a 1:1 action item). */
    public boolean canComplete(WorkEntry entry) {
        return contributors.stream().anyMatch(c -> c.completes(entry.kind()));
    }

    /** Marks the entry done in its feature, by that feature's rules. */
    @Transactional
    public void complete(WorkEntry entry) {
        contributors.stream().filter(c -> c.completes(entry.kind())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not done from My work: " + entry.kind()))
                .complete(entry);
    }

    static WorkItem item(WorkEntry entry, LocalDate today) {
        LocalDate due = entry.dueOn() != null ? entry.dueOn()
                : entry.waitingSince() != null ? entry.waitingSince().plusDays(RESPONSE_DAYS) : null;
        return new WorkItem(entry, due, groupOf(due, today));
    }

    static WorkGroup groupOf(@Nullable LocalDate due, LocalDate today) {
        if (due == null) {
            return WorkGroup.LATER;
        }
        if (due.isBefore(today)) {
            return WorkGroup.OVERDUE;
        }
        if (due.isEqual(today)) {
            return WorkGroup.TODAY;
        }
        return due.isAfter(today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))) ? WorkGroup.LATER
                : WorkGroup.THIS_WEEK;
    }
}
