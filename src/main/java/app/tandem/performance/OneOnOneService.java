package app.tandem.performance;

import org.springframework.data.domain.Sort;
import app.tandem.base.Paging;
import app.tandem.base.DomainException;
import app.tandem.base.RecordNotFoundException;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import app.tandem.performance.domain.FeedbackRepository;
import app.tandem.performance.domain.MeetingAction;
import app.tandem.performance.domain.OneOnOneMeeting;
import app.tandem.performance.domain.OneOnOneSeries;
import app.tandem.performance.domain.OneOnOneTables;
import app.tandem.performance.domain.PrivateNote;
import app.tandem.performance.domain.TalkingPoint;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 1:1 meetings: a series between a lead and a report at a cadence; each meeting has shared talking points,
 * action items and each participant's private note. Holding a meeting creates the next one (scheduled one
 * cadence after the held one) and carries the unticked talking points over to it.
 *
 * <p><b>Who</b>: a series, its meetings, points and action items are read and changed by its two participants
 * only; no role (not MANAGER, not ADMIN) reads another's series. A private note is read and written by its
 * author only, enforced in the query. A series is started by a supervisor with a member of a team they
 * supervise, or by a manager with anyone.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class OneOnOneService {

    static final int MAX_POINT = 500;
    static final int MAX_NOTE = 10000;

    private final OneOnOneTables tables;
    private final FeedbackRepository people;
    private final CurrentUser currentUser;
    private final UserService userService;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OneOnOneService(OneOnOneTables tables, FeedbackRepository people, CurrentUser currentUser,
            UserService userService, Clock clock, ApplicationEventPublisher events) {
        this.tables = tables;
        this.events = events;
        this.people = people;
        this.currentUser = currentUser;
        this.userService = userService;
        this.clock = clock;
    }

    // --- series -------------------------------------------------------------------------------------

    /** My series, as lead or as report, with their open meeting. */
    public List<SeriesItem> mySeries() {
        return tables.series().mine(me());
    }

    /** Whether I may start series at all: I supervise a team or I am a manager. */
    public boolean mayStartSeries() {
        return isManager() || !people.teamsSupervisedBy(me()).isEmpty();
    }

    /** The people I may start a series with: members of the teams I supervise (anyone for a manager). */
    public Slice<UserRef> possibleReports(@Nullable String text, Pageable pageable) {
        return people.reportsOf(me(), isManager(), FeedbackService.like(text),
                Paging.withSort(pageable, Sort.unsorted()));
    }

    /** Starts a series with its first meeting on {@code firstDate}; returns that meeting's id. */
    @Transactional
    public long startSeries(long reportId, Cadence cadence, LocalDate firstDate) {
        long me = me();
        if (reportId == me) {
            throw new DomainException("oneonone.series.self");
        }
        if (!isManager() && !people.isSupervisorOf(me, reportId)) {
            throw new DomainException("oneonone.series.not-your-report");
        }
        if (!userService.isActive(reportId)) {
            throw new DomainException("feedback.recipient.inactive");
        }
        if (tables.series().existsByLeadIdAndReportId(me, reportId)) {
            throw new DomainException("oneonone.series.exists");
        }
        OneOnOneSeries created = tables.series().saveAndFlush(new OneOnOneSeries(me, reportId, cadence));
        return tables.meetings().saveAndFlush(new OneOnOneMeeting(created.getId(), firstDate)).getId();
    }

    // --- meetings -----------------------------------------------------------------------------------

    public MeetingData meeting(long meetingId) {
        OneOnOneMeeting meeting = readable(meetingId);
        OneOnOneSeries s = tables.series().findById(meeting.getSeriesId()).orElseThrow(RecordNotFoundException::new);
        Map<Long, String> names = userService.displayNames(List.of(s.getLeadId(), s.getReportId()));
        return new MeetingData(meeting.getId(), meeting.getVersion(), s.getId(), s.getLeadId(),
                names.getOrDefault(s.getLeadId(), ""), s.getReportId(), names.getOrDefault(s.getReportId(), ""),
                s.getCadence(), meeting.getScheduledDate(), meeting.getHeldAt(),
                tables.meetings().previousOf(s.getId(), meeting.getScheduledDate(), meeting.getId()).orElse(null),
                tables.meetings().nextOf(s.getId(), meeting.getScheduledDate(), meeting.getId()).orElse(null));
    }

    /**
     * Holds the meeting: it is closed, the next one is scheduled one cadence after this one's date, and the
     * unticked talking points are carried over to it. Returns the next meeting's id.
     */
    @Transactional
    public long hold(long meetingId, long version) {
        OneOnOneMeeting meeting = readable(meetingId);
        if (meeting.getVersion() != version) {
            throw new OptimisticLockingFailureException("Meeting changed since it was loaded");
        }
        meeting.hold(clock.instant());
        tables.meetings().saveAndFlush(meeting);
        OneOnOneSeries s = tables.series().findById(meeting.getSeriesId()).orElseThrow(RecordNotFoundException::new);
        OneOnOneMeeting next = tables.meetings().saveAndFlush(new OneOnOneMeeting(s.getId(),
                s.getCadence().after(meeting.getScheduledDate())));
        for (TalkingPoint open : tables.points().findByMeetingIdAndDoneFalseOrderById(meetingId)) {
            tables.points().save(open.carryTo(next.getId()));
        }
        return next.getId();
    }

    // --- talking points -----------------------------------------------------------------------------

    public List<TalkingPointItem> points(long meetingId) {
        readable(meetingId);
        return tables.points().findItems(meetingId);
    }

    @Transactional
    public void addPoint(long meetingId, String text) {
        readable(meetingId).requireOpen();
        tables.points().save(new TalkingPoint(meetingId, me(), required(text, "oneonone.point.required", MAX_POINT),
                false));
    }

    /** Ticks a point off (or on again) while the meeting is open. */
    @Transactional
    public void tickPoint(long pointId, boolean done) {
        TalkingPoint point = tables.points().findById(pointId).orElseThrow(RecordNotFoundException::new);
        readable(point.getMeetingId()).requireOpen();
        point.setDone(done);
        tables.points().saveAndFlush(point);
    }

    // --- private notes ------------------------------------------------------------------------------

    /** My private note on the meeting ("" when I wrote none); nobody else's, whatever their role. */
    public String myNote(long meetingId) {
        readable(meetingId);
        return tables.privateNotes().findOwn(meetingId, me()).map(PrivateNote::getText).orElse("");
    }

    @Transactional
    public void saveMyNote(long meetingId, String text) {
        readable(meetingId);
        String clean = text == null ? "" : text.strip();
        if (clean.length() > MAX_NOTE) {
            throw new DomainException("feedback.too-long", MAX_NOTE);
        }
        PrivateNote note = tables.privateNotes().findOwn(meetingId, me())
                .orElseGet(() -> new PrivateNote(meetingId, me()));
        note.setText(clean);
        tables.privateNotes().saveAndFlush(note);
    }

    // --- action items -------------------------------------------------------------------------------

    /** My action items not done yet, from all my 1:1 meetings (only the two participants own action items). */
    public List<OpenActionItem> myOpenActions() {
        return tables.actions().findOpenOf(me());
    }

    public List<MeetingActionItem> actions(long meetingId) {
        readable(meetingId);
        return tables.actions().findItems(meetingId);
    }

    /** Adds an action item owned by one of the two participants, while the meeting is open. */
    @Transactional
    public void addAction(long meetingId, String text, long ownerId, @Nullable LocalDate dueDate) {
        OneOnOneMeeting meeting = readable(meetingId);
        meeting.requireOpen();
        OneOnOneSeries s = tables.series().findById(meeting.getSeriesId()).orElseThrow(RecordNotFoundException::new);
        if (!s.hasParticipant(ownerId)) {
            throw new DomainException("oneonone.action.owner-not-participant");
        }
        String what = required(text, "oneonone.action.required", MAX_POINT);
        tables.actions().save(new MeetingAction(meetingId, what, ownerId, dueDate));
        if (ownerId != me()) {
            events.publishEvent(new ActionItemGiven(meetingId, what.length() <= 200 ? what
                    : what.substring(0, 199) + "…", ownerId, me()));
        }
    }

    /** Ticks an action item off (also after the meeting was held: the work is often done later). */
    @Transactional
    public void tickAction(long actionId, boolean done) {
        MeetingAction action = tables.actions().findById(actionId).orElseThrow(RecordNotFoundException::new);
        readable(action.getMeetingId());
        action.setDone(done);
        tables.actions().saveAndFlush(action);
    }

    // --- helpers ------------------------------------------------------------------------------------

    private OneOnOneMeeting readable(long meetingId) {
        return tables.meetings().findReadable(meetingId, me()).orElseThrow(RecordNotFoundException::new);
    }

    private long me() {
        return currentUser.id();
    }

    private boolean isManager() {
        return currentUser.hasRole(Role.MANAGER);
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
