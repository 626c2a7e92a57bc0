package app.tandem.compliance;

import app.tandem.compliance.domain.ChecklistRunRepository;
import app.tandem.security.CurrentUser;
import app.tandem.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is due for a user, for reminders (the in-app notification centre comes later): the runs they fill in and
 * the runs of the teams they supervise that are still open and due today (within 24 hours) or overdue, overdue
 * first.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ComplianceReminderService {

    private final ChecklistRunRepository runs;
    private final CurrentUser currentUser;
    private final Clock clock;

    ComplianceReminderService(ChecklistRunRepository runs, CurrentUser currentUser, Clock clock) {
        this.runs = runs;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public List<DueRun> dueForMe() {
        return due(currentUser.id());
    }

    /** The same for any user, e.g. for a job that sends the reminders; administrators only. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<DueRun> dueFor(long userId) {
        return due(userId);
    }

    /**
     * Runs of every assignee still to be filled in, due between the days (both included), for the job that sends
     * the due-soon and overdue notifications; administrators only.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<RunDeadline> fillableDueBetween(LocalDate from, LocalDate to) {
        return runs.fillableDueBetween(EnumSet.of(RunStatus.OPEN, RunStatus.IN_PROGRESS), from, to,
                LocalDate.now(clock));
    }

    private List<DueRun> due(long userId) {
        LocalDate today = LocalDate.now(clock);
        return runs.findDueFor(userId, EnumSet.of(RunStatus.OPEN, RunStatus.IN_PROGRESS), today).stream()
                .map(r -> new DueRun(r.id(), r.template(), r.team(), r.assignee(), r.dueOn(),
                        r.dueOn().isBefore(today) ? DueRun.Kind.OVERDUE : DueRun.Kind.DUE_SOON,
                        r.assigneeId() == userId))
                .toList();
    }
}
