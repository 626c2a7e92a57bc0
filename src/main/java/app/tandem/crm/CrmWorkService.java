package app.tandem.crm;

import app.tandem.base.WorkContributor;
import app.tandem.base.WorkEntry;
import app.tandem.crm.domain.CrmListQueries;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The CRM's part of "My work": the logged-in user's planned activities, overdue ones included. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class CrmWorkService implements WorkContributor {

    /** How far ahead planned activities are listed. */
    public static final int DAYS_AHEAD = 30;
    static final int LIMIT = 200;

    private final CrmListQueries lists;
    private final CrmAccess access;
    private final ActivityService activities;
    private final Clock clock;

    CrmWorkService(CrmListQueries lists, CrmAccess access, ActivityService activities, Clock clock) {
        this.lists = lists;
        this.access = access;
        this.activities = activities;
        this.clock = clock;
    }

    /** My planned activities due before the end of the next {@value #DAYS_AHEAD} days, oldest first. */
    @Override
    public List<WorkEntry> myWork() {
        LocalDate today = LocalDate.now(clock);
        return lists.dueActivities(access.me(), today.plusDays(DAYS_AHEAD + 1L).atStartOfDay(), LIMIT).stream()
                .map(a -> new WorkEntry("crm.activity." + a.type().name().toLowerCase(), a.id(), "ACCOUNT",
                        a.accountId(),
                        a.subject(), a.accountName(), a.dueAt().toLocalDate(), null))
                .toList();
    }

    /** A planned activity is done with one click. */
    @Override
    public boolean completes(String kind) {
        return kind.startsWith("crm.activity.");
    }

    @Override
    @Transactional
    public void complete(WorkEntry entry) {
        activities.complete(entry.itemId());
    }
}
