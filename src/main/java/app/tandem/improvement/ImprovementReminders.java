package app.tandem.improvement;

import app.tandem.base.DueReminders;
import app.tandem.security.Roles;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open improvement items (corrective actions too) past their due date; for the due-date notifications, administrators
 * only (the job runs as the system administrator).
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class ImprovementReminders implements DueReminders {

    private final ImprovementService improvement;

    ImprovementReminders(ImprovementService improvement) {
        this.improvement = improvement;
    }

    @Override
    public List<Reminder> dueReminders(LocalDateTime now, int lookBackDays) {
        LocalDate today = now.toLocalDate();
        return improvement.openItemsDueBetween(today.minusDays(lookBackDays), today.minusDays(1)).stream()
                .map(i -> new Reminder(i.ownerId(), true, ImprovementSearch.ITEM, i.id(), i.title(),
                        "ITEM:" + i.id() + ":" + i.dueDate()))
                .toList();
    }
}
