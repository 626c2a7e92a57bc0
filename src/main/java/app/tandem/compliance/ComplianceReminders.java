package app.tandem.compliance;

import app.tandem.base.DueReminders;
import app.tandem.security.Roles;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checklist runs to fill in that are due today or tomorrow, or overdue; for the due-date notifications, administrators
 * only (the job runs as the system administrator).
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class ComplianceReminders implements DueReminders {

    private final ComplianceReminderService runs;

    ComplianceReminders(ComplianceReminderService runs) {
        this.runs = runs;
    }

    @Override
    public List<Reminder> dueReminders(LocalDateTime now, int lookBackDays) {
        LocalDate today = now.toLocalDate();
        return runs.fillableDueBetween(today.minusDays(lookBackDays), today.plusDays(1)).stream()
                .map(r -> new Reminder(r.assigneeId(), r.dueOn().isBefore(today), ComplianceSearch.RUN, r.id(),
                        r.template() + " · " + r.occurrenceDate(), "RUN:" + r.id() + ":" + r.dueOn()))
                .toList();
    }
}
