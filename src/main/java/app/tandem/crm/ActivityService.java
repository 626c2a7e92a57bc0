package app.tandem.crm;

import app.tandem.base.Paging;
import app.tandem.base.DomainException;
import app.tandem.crm.domain.CrmListQueries;
import app.tandem.crm.domain.AccountRepository;
import app.tandem.crm.domain.Activity;
import app.tandem.crm.domain.ActivityRepository;
import app.tandem.crm.domain.Contact;
import app.tandem.crm.domain.ContactRepository;
import app.tandem.crm.domain.Deal;
import app.tandem.crm.domain.DealRepository;
import app.tandem.crm.domain.Scope;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Calls, meetings, tasks, emails and notes; completing a recurring task plans the next one. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ActivityService {

    /** The longest subject, in characters. */
    public static final int MAX_SUBJECT = 200;
    /** The longest details text, in characters. */
    public static final int MAX_DETAILS = 10_000;
    /** The longest duration, in minutes (a week). */
    public static final int MAX_DURATION_MINUTES = Activity.MAX_DURATION_MINUTES;

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("dueAt"), Sort.Order.desc("id"));

    private final ActivityRepository activities;
    private final AccountRepository accounts;
    private final ContactRepository contacts;
    private final DealRepository deals;
    private final CrmAccess access;
    private final CrmListQueries lists;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ActivityService(ActivityRepository activities, AccountRepository accounts, ContactRepository contacts,
            DealRepository deals, CrmAccess access, CrmListQueries lists, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.activities = activities;
        this.accounts = accounts;
        this.contacts = contacts;
        this.deals = deals;
        this.access = access;
        this.lists = lists;
        this.clock = clock;
    }

    /** Whether the logged-in user may log or plan activities at all (compliance officers may not). */
    public boolean mayCreate() {
        return access.mayCreate();
    }

    /**
     * Plans an activity (status PLANNED, due at) or logs one that happened (status DONE, happened at). The account
     * must be readable; a contact or deal must be readable and of that account; only planned tasks repeat, until a
     * date after the due date.
     */
    @Transactional
    public ActivityData create(ActivityData data) {
        if (!access.mayCreate()) {
            throw new AccessDeniedException("Not allowed to create activities");
        }
        if (data.subject().isBlank()) {
            throw new DomainException("activity.subject.required");
        }
        if (data.subject().trim().length() > MAX_SUBJECT) {
            throw new DomainException("activity.subject.too-long", MAX_SUBJECT);
        }
        String details = AccountService.blankToNull(data.details());
        if (details != null && details.length() > MAX_DETAILS) {
            throw new DomainException("activity.details.too-long", MAX_DETAILS);
        }
        if (data.status() == ActivityStatus.CANCELLED) {
            throw new DomainException("activity.status.new");
        }
        if (data.status() == ActivityStatus.DONE && data.dueAt().isAfter(LocalDateTime.now(clock).plusDays(1))) {
            // a day of slack: times are the users' local times, the clock's is UTC
            throw new DomainException("activity.happened.future");
        }
        Scope scope = access.readScope();
        accounts.findReadable(data.accountId(), scope.all(), scope.userId(), scope.teamId())
                .orElseThrow(CrmAccess::notFound);
        checkContact(data.contactId(), data.accountId(), scope);
        checkDeal(data.dealId(), data.accountId(), scope);
        Activity activity = new Activity(data.type(), data.subject().trim(), data.dueAt(), data.accountId());
        activity.assignTo(data.ownerId(), access.checkOwner(data.ownerId()));
        activity.setDetails(details);
        activity.setDurationMinutes(data.durationMinutes());
        activity.setContactId(data.contactId());
        activity.setDealId(data.dealId());
        activity.repeat(data.recurrence(), data.recurUntil());
        if (data.status() == ActivityStatus.DONE) {
            activity.logAsDone(clock.instant());
        }
        Activity saved = activities.saveAndFlush(activity);
        if (saved.getStatus() == ActivityStatus.PLANNED && saved.getOwnerId() != access.me()) {
            // an activity opens on its account's page
            events.publishEvent(new CrmRecordAssigned("ACCOUNT", saved.getAccountId(), saved.getSubject(),
                    saved.getOwnerId(), access.me()));
        }
        return toData(saved);
    }

    private void checkContact(@Nullable Long contactId, long accountId, Scope scope) {
        if (contactId == null) {
            return;
        }
        Contact contact = contacts.findReadable(contactId, scope.all(), scope.userId(), scope.teamId())
                .orElseThrow(CrmAccess::notFound);
        if (!Objects.equals(contact.getAccountId(), accountId)) {
            throw new DomainException("activity.contact.other-account");
        }
    }

    private void checkDeal(@Nullable Long dealId, long accountId, Scope scope) {
        if (dealId == null) {
            return;
        }
        Deal deal = deals.findReadable(dealId, scope.all(), scope.userId(), scope.teamId())
                .orElseThrow(CrmAccess::notFound);
        if (deal.getAccountId() != accountId) {
            throw new DomainException("activity.deal.other-account");
        }
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
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<DueActivity> myDueActivities() {
        LocalDateTime startOfToday = LocalDate.now(clock).atStartOfDay();
        return lists.dueActivities(access.me(), startOfToday.plusDays(1), 200).stream()
                .map(a -> new DueActivity(a.id(), a.type(), a.subject(), a.dueAt(), a.accountId(), a.accountName(),
                        a.recurrence(), a.dueAt().isBefore(startOfToday)))
                .toList();
    }

    /**
     * Planned activities of every owner due in [from, to) (the users' local times), for the job that sends the
     * due-soon and overdue notifications; administrators only (the job runs as the system administrator).
     */
    @PreAuthorize("hasRole('" + app.tandem.security.Roles.ADMIN + "')")
    public List<ActivityDeadline> plannedDueBetween(LocalDateTime from, LocalDateTime to) {
        return activities.plannedDueBetween(from, to);
    }

    /** A page of an account's activities the user may read, newest first (due or happened at). */
    public Slice<ActivityEntry> timelineOfAccount(long accountId, Pageable pageable) {
        Scope scope = access.readScope();
        accounts.findReadable(accountId, scope.all(), scope.userId(), scope.teamId()).orElseThrow(CrmAccess::notFound);
        return timeline(accountId, null, scope, pageable);
    }

    /** A page of a deal's activities the user may read, newest first (due or happened at). */
    public Slice<ActivityEntry> timelineOfDeal(long dealId, Pageable pageable) {
        Scope scope = access.readScope();
        deals.findReadable(dealId, scope.all(), scope.userId(), scope.teamId()).orElseThrow(CrmAccess::notFound);
        return timeline(null, dealId, scope, pageable);
    }

    /** How many of the deal's activities the user may read. */
    public long countOfDeal(long dealId) {
        Scope scope = access.readScope();
        deals.findReadable(dealId, scope.all(), scope.userId(), scope.teamId()).orElseThrow(CrmAccess::notFound);
        return activities.countInScope(null, dealId, scope.all(), scope.userId(), scope.teamId());
    }

    private Slice<ActivityEntry> timeline(@Nullable Long accountId, @Nullable Long dealId, Scope scope,
            Pageable pageable) {
        Pageable newestFirst = pageable.isPaged()
                ? Paging.withSort(pageable, NEWEST_FIRST)
                : Pageable.unpaged(NEWEST_FIRST);
        var mayEdit = access.editRule();
        LocalDateTime startOfToday = LocalDate.now(clock).atStartOfDay();
        return activities.timeline(accountId, dealId, scope.all(), scope.userId(), scope.teamId(), newestFirst)
                .map(entry -> entry.decided(mayEdit.test(entry.ownerId(), entry.teamId()),
                        entry.planned() && entry.dueAt().isBefore(startOfToday)));
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
