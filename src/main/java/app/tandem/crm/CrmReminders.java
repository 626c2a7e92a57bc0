package app.tandem.crm;

import app.tandem.base.DueReminders;
import app.tandem.security.Roles;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planned activities due within 24 hours or overdue (an activity opens on its account); for the due-date
 * notifications, administrators only (the job runs as the system administrator).
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class CrmReminders implements DueReminders {

    private final ActivityService activities;

    CrmReminders(ActivityService activities) {
        this.activities = activities;
    }

    @Override
    public List<Reminder> dueReminders(LocalDateTime now, int lookBackDays) {
        return activities.plannedDueBetween(now.minusDays(lookBackDays), now.plusHours(24)).stream()
                .map(a -> new Reminder(a.ownerId(), a.dueAt().isBefore(now), "ACCOUNT", a.accountId(), a.subject(),
                        "ACTIVITY:" + a.id() + ":" + a.dueAt().toLocalDate()))
                .toList();
    }
}
