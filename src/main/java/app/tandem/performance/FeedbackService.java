package app.tandem.performance;

import app.tandem.base.DomainException;
import app.tandem.base.EntityHistory;
import app.tandem.base.HistoryEntry;
import app.tandem.base.Paging;
import app.tandem.base.RecordNotFoundException;
import app.tandem.org.TeamRef;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import app.tandem.performance.domain.Feedback;
import app.tandem.performance.domain.FeedbackNote;
import app.tandem.performance.domain.FeedbackNoteRepository;
import app.tandem.performance.domain.FeedbackRepository;
import app.tandem.performance.domain.FeedbackRequest;
import app.tandem.performance.domain.FeedbackRequestRepository;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import app.tandem.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback between colleagues, follow-up notes, formal warnings and feedback requests.
 *
 * <p><b>Who reads what</b> ({@link FeedbackVisibility}, enforced in every query, see {@code FeedbackRepository}):
 * the giver always; the recipient unless MANAGER_ONLY; users with the MANAGER role unless PRIVATE; the
 * supervisor of the recipient's team unless PRIVATE; the recipient's team for PUBLIC. ADMIN and COMPLIANCE_OFFICER
 * are readers by no role of their own: an administrator reads private feedback only when also a MANAGER.
 * Feedback a user may not read is "not found", by id too.
 *
 * <p><b>Formal warnings</b>: given only by the recipient's supervisor or a MANAGER; read by the recipient, the
 * giver and managers (not other supervisors); never edited; the recipient acknowledges them once (with the
 * time); anyone who reads them may add notes. Other feedback is edited by its giver for 24 hours after it was
 * given, then fixed; every change is kept (Envers history).
 *
 * <p><b>For other features</b>: {@link #countsByType(long, LocalDate, LocalDate)}, e.g. for a scorecard.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class FeedbackService {

    static final int MAX_TEXT = 5000;
    static final int MAX_NOTE = 5000;
    static final int MAX_SUBJECT = 1000;

    private final FeedbackRepository feedback;
    private final FeedbackNoteRepository notes;
    private final FeedbackRequestRepository requests;
    private final CurrentUser currentUser;
    private final UserService userService;
    private final FeedbackLinks links;
    private final EntityHistory entityHistory;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FeedbackService(FeedbackRepository feedback, FeedbackNoteRepository notes, FeedbackRequestRepository requests,
            CurrentUser currentUser, UserService userService, FeedbackLinks links, EntityHistory entityHistory,
            Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.feedback = feedback;
        this.notes = notes;
        this.requests = requests;
        this.currentUser = currentUser;
        this.userService = userService;
        this.links = links;
        this.entityHistory = entityHistory;
        this.clock = clock;
    }

    // --- reading ------------------------------------------------------------------------------------

    /** Feedback I received and may read (not manager-only feedback about me), newest first by default. */
    public Slice<FeedbackListItem> received(Pageable pageable) {
        return feedback.received(me(), isManager(), myTeamId(), sorted(pageable));
    }

    /** Feedback I gave. */
    public Slice<FeedbackListItem> given(Pageable pageable) {
        return feedback.given(me(), sorted(pageable));
    }

    /**
     * The team feedback log: readable feedback about members of the teams I supervise, or about anyone for a
     * manager. Visibility still applies: a supervisor does not read PRIVATE feedback of their team.
     */
    @PreAuthorize("hasAnyRole('" + Roles.MANAGER + "', '" + Roles.SUPERVISOR + "')")
    public Slice<FeedbackListItem> log(FeedbackLogFilter filter, Pageable pageable) {
        return feedback.log(me(), isManager(), myTeamId(), isManager(), filter.type(), filter.personId(),
                filter.teamId(), startOf(filter.from()), startOf(filter.to() == null ? null : filter.to().plusDays(1)),
                sorted(pageable));
    }

    /** How many rows the team feedback log shows for the filter (same rules as {@link #log}). */
    @PreAuthorize("hasAnyRole('" + Roles.MANAGER + "', '" + Roles.SUPERVISOR + "')")
    public long logCount(FeedbackLogFilter filter) {
        return feedback.countLog(me(), isManager(), myTeamId(), isManager(), filter.type(), filter.personId(),
                filter.teamId(), startOf(filter.from()), startOf(filter.to() == null ? null : filter.to().plusDays(1)));
    }

    /** The teams of the log's team filter: those I supervise, all for a manager. */
    @PreAuthorize("hasAnyRole('" + Roles.MANAGER + "', '" + Roles.SUPERVISOR + "')")
    public List<TeamRef> logTeams() {
        return isManager() ? feedback.allTeams() : feedback.teamsSupervisedBy(me());
    }

    public FeedbackData load(long id) {
        return toData(readable(id));
    }

    /**
     * Every change of the feedback (Envers), newest first, of only the versions the reader could read as they
     * were: a version written as manager-only or private is not shown to a reader it was hidden from, even after
     * its visibility changed.
     */
    public List<HistoryEntry> history(long id) {
        Feedback current = readable(id);
        long me = me();
        boolean manager = isManager();
        boolean supervisor = feedback.isSupervisorOf(me, current.getRecipientId());
        Long myTeam = myTeamId();
        boolean teammate = myTeam != null && feedback.isMemberOf(current.getRecipientId(), myTeam);
        return entityHistory.of(Feedback.class, id,
                v -> v.isReadableBy(me, manager, supervisor, teammate), FeedbackService::visibleFields);
    }

    public List<FeedbackNoteItem> notes(long id) {
        readable(id);
        return notes.findItems(id);
    }

    /**
     * How much feedback of each type the person received in the period (both days included, in the clock's
     * zone), counting only what the caller may read.
     */
    public FeedbackCounts countsByType(long recipientId, LocalDate from, LocalDate to) {
        ZoneId zone = clock.getZone();
        Map<FeedbackType, Long> counts = new EnumMap<>(FeedbackType.class);
        for (Object[] row : feedback.countByType(recipientId, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant(), me(), isManager(), myTeamId())) {
            counts.put((FeedbackType) row[0], ((Number) row[1]).longValue());
        }
        return new FeedbackCounts(counts);
    }

    /** My formal warnings still to be acknowledged. */
    public long unacknowledgedWarnings() {
        return feedback.countUnacknowledgedWarnings(me());
    }

    /** Whether I may give that person a formal warning: their team's supervisor, or a manager. */
    public boolean mayGiveFormalWarningTo(long recipientId) {
        return recipientId != me() && (isManager() || feedback.isSupervisorOf(me(), recipientId));
    }

    /** Records of a type whose name contains the text, among those I may read, for the link picker. */
    public Slice<RecordLink> findLinkable(RecordLinkType type, @Nullable String text, Pageable pageable) {
        return links.find(type, text, pageable);
    }

    // --- giving and changing --------------------------------------------------------------------------

    /**
     * Gives feedback. A formal warning needs the recipient's supervisor or a manager as giver, and is read by
     * the recipient and managers whatever visibility is asked for. With a request id, the feedback answers
     * that request: I must be the one asked, and the recipient is the one who asked.
     */
    @Transactional
    public long give(FeedbackDraft draft) {
        long me = me();
        FeedbackRequest request = null;
        long recipientId = draft.recipientId();
        if (draft.requestId() != null) {
            request = requests.findReadable(draft.requestId(), me).filter(q -> q.getAskedId() == me)
                    .orElseThrow(RecordNotFoundException::new);
            recipientId = request.getRequesterId();
        }
        if (recipientId == me) {
            throw new DomainException("feedback.recipient.self");
        }
        if (!userService.isActive(recipientId)) {
            throw new DomainException("feedback.recipient.inactive");
        }
        if (draft.type() == FeedbackType.FORMAL_WARNING && !mayGiveFormalWarningTo(recipientId)) {
            throw new DomainException("feedback.warning.not-allowed");
        }
        Instant now = clock.instant();
        Feedback given = new Feedback(me, recipientId, draft.type(), draft.requestId(), now);
        apply(given, draft);
        long id = feedback.saveAndFlush(given).getId();
        if (request != null) {
            request.answer(now);
            requests.saveAndFlush(request);
        }
        // manager-only feedback is not for the recipient's eyes: they must not even learn that it exists
        if (given.getVisibility() != FeedbackVisibility.MANAGER_ONLY) {
            events.publishEvent(new FeedbackGiven(id, excerpt(given.getText()), recipientId, me));
        }
        return id;
    }

    /** The giver changes type, visibility, text or link within 24 hours of giving it; never a formal warning. */
    @Transactional
    public FeedbackData update(long id, long version, FeedbackDraft draft) {
        Feedback existing = readable(id);
        if (existing.getGiverId() != me()) {
            throw new DomainException("feedback.edit.not-giver");
        }
        if (existing.getType() == FeedbackType.FORMAL_WARNING) {
            throw new DomainException("feedback.warning.fixed");
        }
        if (!existing.isEditableAt(clock.instant())) {
            throw new DomainException("feedback.edit.too-late");
        }
        if (draft.type() == FeedbackType.FORMAL_WARNING) {
            throw new DomainException("feedback.warning.not-by-edit");
        }
        if (existing.getVersion() != version) {
            throw new OptimisticLockingFailureException("Feedback changed since it was loaded");
        }
        apply(existing, draft);
        return toData(feedback.saveAndFlush(existing));
    }

    /** The recipient acknowledges a formal warning; the time is kept. */
    @Transactional
    public FeedbackData acknowledge(long id) {
        Feedback warning = readable(id);
        if (warning.getRecipientId() != me()) {
            throw new DomainException("feedback.acknowledge.not-recipient");
        }
        warning.acknowledge(clock.instant());
        return toData(feedback.saveAndFlush(warning));
    }

    /** Anyone who may read the feedback adds a follow-up note; notes are never changed or deleted. */
    @Transactional
    public void addNote(long id, String text) {
        readable(id);
        notes.save(new FeedbackNote(id, me(), required(text, "feedback.note.required", MAX_NOTE), clock.instant()));
    }

    private void apply(Feedback target, FeedbackDraft draft) {
        target.setType(draft.type());
        // a warning's readers are fixed by its type; PRIVATE_AND_MANAGER keeps managers and the recipient
        target.setVisibility(draft.type() == FeedbackType.FORMAL_WARNING ? FeedbackVisibility.PRIVATE_AND_MANAGER
                : draft.visibility());
        target.setText(required(draft.text(), "feedback.text.required", MAX_TEXT));
        RecordLink link = draft.link();
        if (!Objects.equals(link, target.getLink())) {
            target.setLink(links.checked(link));
        }
    }

    // --- requests -----------------------------------------------------------------------------------

    /** Asks a colleague for feedback on something; it stays in their list until answered or declined. */
    @Transactional
    public long requestFeedback(long askedId, String subject, @Nullable RecordLink link) {
        if (askedId == me()) {
            throw new DomainException("feedback.request.self");
        }
        if (!userService.isActive(askedId)) {
            throw new DomainException("feedback.recipient.inactive");
        }
        FeedbackRequest request = new FeedbackRequest(me(), askedId,
                required(subject, "feedback.request.subject-required", MAX_SUBJECT), links.checked(link),
                clock.instant());
        long id = requests.saveAndFlush(request).getId();
        events.publishEvent(new FeedbackRequested(id, excerpt(subject), askedId, me()));
        return id;
    }

    /** Open requests for feedback from me. */
    public Slice<FeedbackRequestItem> requestsToMe(Pageable pageable) {
        return requests.openFor(me(), requestSort(pageable));
    }

    /** My requests, whatever became of them. */
    public Slice<FeedbackRequestItem> requestsByMe(Pageable pageable) {
        return requests.askedBy(me(), requestSort(pageable));
    }

    public FeedbackRequestItem loadRequest(long id) {
        return requests.findItem(id, me()).orElseThrow(RecordNotFoundException::new);
    }

    /** The one asked declines, with an optional reason. */
    @Transactional
    public void declineRequest(long id, @Nullable String reason) {
        FeedbackRequest request = requests.findReadable(id, me()).orElseThrow(RecordNotFoundException::new);
        if (request.getAskedId() != me()) {
            throw new DomainException("feedback.request.not-asked");
        }
        String clean = reason == null || reason.isBlank() ? null : reason.trim();
        if (clean != null && clean.length() > MAX_SUBJECT) {
            throw new DomainException("feedback.too-long", MAX_SUBJECT);
        }
        request.decline(clean, clock.instant());
        requests.saveAndFlush(request);
    }

    /** People I may ask for or give feedback to: active colleagues other than me. */
    public Slice<UserRef> colleagues(@Nullable String text, Pageable pageable) {
        return feedback.reportsOf(me(), true, like(text), Paging.withSort(pageable, Sort.unsorted()));
    }

    // --- helpers ------------------------------------------------------------------------------------

    private Feedback readable(long id) {
        return feedback.findReadable(id, me(), isManager(), myTeamId()).orElseThrow(RecordNotFoundException::new);
    }

    private FeedbackData toData(Feedback f) {
        Map<Long, String> names = userService.displayNames(List.of(f.getGiverId(), f.getRecipientId()));
        long me = me();
        boolean mayEdit = f.getGiverId() == me && f.isEditableAt(clock.instant());
        boolean mayAcknowledge = f.getRecipientId() == me && f.getType() == FeedbackType.FORMAL_WARNING
                && f.getAcknowledgedAt() == null;
        return new FeedbackData(f.getId(), f.getVersion(), f.getGiverId(), names.getOrDefault(f.getGiverId(), ""),
                f.getRecipientId(), names.getOrDefault(f.getRecipientId(), ""), f.getType(), f.getVisibility(),
                f.getText(), f.getLink(), f.getGivenAt(), f.getAcknowledgedAt(), f.editableUntil(), mayEdit,
                mayAcknowledge);
    }

    private static Map<String, String> visibleFields(Feedback f) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", f.getType().name());
        fields.put("visibility", f.getVisibility().name());
        fields.put("text", f.getText());
        fields.put("link", f.getLink() == null ? "" : f.getLink().label());
        fields.put("acknowledgedAt", f.getAcknowledgedAt() == null ? "" : f.getAcknowledgedAt().toString());
        return fields;
    }

    private static Pageable sorted(Pageable pageable) {
        return Paging.withStableSort(pageable, Sort.by(Sort.Direction.DESC, "givenAt"), "id");
    }

    private static Pageable requestSort(Pageable pageable) {
        return Paging.withStableSort(pageable, Sort.by(Sort.Direction.DESC, "requestedAt"), "id");
    }

    /** The day's first instant in the clock's zone. */
    private @Nullable Instant startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
    }

    private long me() {
        return currentUser.id();
    }

    private boolean isManager() {
        return currentUser.hasRole(Role.MANAGER);
    }

    private @Nullable Long myTeamId() {
        return userService.teamIdOf(me()).orElse(null);
    }

    private static String excerpt(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 120 ? line : line.substring(0, 119) + "…";
    }

    static @Nullable String like(@Nullable String text) {
        return text == null || text.isBlank() ? null
                : "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String required(@Nullable String text, String key, int max) {
        String clean = text == null ? "" : text.trim();
        if (clean.isEmpty()) {
            throw new DomainException(key);
        }
        if (clean.length() > max) {
            throw new DomainException("feedback.too-long", max);
        }
        return clean;
    }
}
