package app.tandem.crm;

import app.tandem.base.DomainException;
import app.tandem.crm.domain.AccountRepository;
import app.tandem.crm.domain.Activity;
import app.tandem.crm.domain.ActivityRepository;
import app.tandem.crm.domain.Scope;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Calls, meetings, tasks, emails and notes; completing a recurring task plans the next one. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ActivityService {

    private final ActivityRepository activities;
    private final AccountRepository accounts;
    private final CrmAccess access;
    private final Clock clock;

    ActivityService(ActivityRepository activities, AccountRepository accounts, CrmAccess access, Clock clock) {
        this.activities = activities;
        this.accounts = accounts;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public ActivityData create(ActivityData data) {
        if (!access.mayCreate()) {
            throw new AccessDeniedException("Not allowed to create activities");
        }
        if (data.subject().isBlank()) {
            throw new DomainException("activity.subject.required");
        }
        Scope scope = access.readScope();
        accounts.findReadable(data.accountId(), scope.all(), scope.userId(), scope.teamId())
                .orElseThrow(CrmAccess::notFound);
        Activity activity = new Activity(data.type(), data.subject().trim(), data.dueAt(), data.accountId());
        activity.assignTo(data.ownerId(), access.checkOwner(data.ownerId()));
        activity.setDetails(AccountService.blankToNull(data.details()));
        activity.setDurationMinutes(data.durationMinutes());
        activity.setContactId(data.contactId());
        activity.setDealId(data.dealId());
        activity.repeat(data.recurrence(), data.recurUntil());
        return toData(activities.saveAndFlush(activity));
    }

    /** Marks it done; for a recurring task returns the next occurrence, now planned. */
    @Transactional
    public Optional<ActivityData> complete(long id) {
        Activity activity = editable(id);
        return activity.complete(clock.instant()).map(activities::save).map(ActivityService::toData);
    }

    @Transactional
    public ActivityData reschedule(long id, LocalDateTime newDue) {
        Activity activity = editable(id);
        activity.reschedule(newDue);
        return toData(activity);
    }

    @Transactional
    public ActivityData cancel(long id) {
        Activity activity = editable(id);
        activity.cancel();
        return toData(activity);
    }

    /** The logged-in user's planned activities due today or overdue, oldest first (at most 200). */
    public List<DueActivity> myDueActivities() {
        LocalDateTime startOfToday = LocalDate.now(clock).atStartOfDay();
        return activities.findDue(access.me(), startOfToday.plusDays(1), PageRequest.of(0, 200)).stream()
                .map(a -> new DueActivity(a.id(), a.type(), a.subject(), a.dueAt(), a.accountId(), a.accountName(),
                        a.recurrence(), a.dueAt().isBefore(startOfToday)))
                .toList();
    }

    private Activity editable(long id) {
        Scope scope = access.readScope();
        Activity activity = activities.findReadable(id, scope.all(), scope.userId(), scope.teamId())
                .orElseThrow(CrmAccess::notFound);
        access.checkEdit(activity);
        return activity;
    }

    private static ActivityData toData(Activity a) {
        return new ActivityData(a.getId(), a.getVersion(), a.getType(), a.getSubject(), a.getDetails(), a.getDueAt(),
                a.getDurationMinutes(), a.getStatus(), a.getAccountId(), a.getContactId(), a.getDealId(),
                a.getOwnerId(), a.getRecurrence(), a.getRecurUntil());
    }
}
