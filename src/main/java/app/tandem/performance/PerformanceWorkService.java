package app.tandem.performance;

import app.tandem.base.WorkContributor;
import app.tandem.base.WorkEntry;
import app.tandem.performance.domain.FeedbackRepository;
import app.tandem.performance.domain.FeedbackRequestRepository;
import app.tandem.performance.domain.MeetingActionRepository;
import app.tandem.performance.domain.TalkingPointRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Team performance's part of "My work": my open 1:1 action items, my upcoming 1:1 meetings with open talking
 * points, feedback requests addressed to me, formal warnings I have not acknowledged, and (managers) targets
 * proposed by supervisors that wait to be accepted.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class PerformanceWorkService implements WorkContributor {

    public static final int DAYS_AHEAD = 30;
    static final int LIMIT = 100;
    /** Record types under which the performance UI links its records. */
    public static final String MEETING = "ONE_ON_ONE_MEETING";
    public static final String FEEDBACK = "FEEDBACK";
    public static final String FEEDBACK_REQUEST = "FEEDBACK_REQUEST";
    public static final String PROPOSED_TARGETS = "PROPOSED_TARGETS";

    private final MeetingActionRepository actions;
    private final TalkingPointRepository points;
    private final FeedbackRequestRepository requests;
    private final FeedbackRepository feedback;
    private final TargetService targets;
    private final OneOnOneService oneOnOnes;
    private final PerformanceAccess access;
    private final Clock clock;

    PerformanceWorkService(MeetingActionRepository actions, TalkingPointRepository points,
            FeedbackRequestRepository requests, FeedbackRepository feedback, TargetService targets,
            OneOnOneService oneOnOnes, PerformanceAccess access, Clock clock) {
        this.oneOnOnes = oneOnOnes;
        this.actions = actions;
        this.points = points;
        this.requests = requests;
        this.feedback = feedback;
        this.targets = targets;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public List<WorkEntry> myWork() {
        long me = access.me();
        LocalDate today = LocalDate.now(clock);
        ZoneId zone = clock.getZone();
        List<WorkEntry> work = new ArrayList<>();
        actions.findOpenOf(me).stream().limit(LIMIT).forEach(a -> work.add(new WorkEntry("performance.action",
                a.id(), MEETING, a.meetingId(), a.text(), null, a.dueDate(), null)));
        points.findOpenAgendas(me, today.plusDays(DAYS_AHEAD)).stream().limit(LIMIT).forEach(m -> work.add(
                new WorkEntry("performance.agenda", m.meetingId(), MEETING, m.meetingId(), m.otherName(),
                        Long.toString(m.openPoints()), m.scheduledDate(), null)));
        requests.openFor(me, PageRequest.of(0, LIMIT, Sort.by("requestedAt", "id"))).forEach(r -> work.add(
                new WorkEntry("performance.feedback-request", r.id(), FEEDBACK_REQUEST, r.id(), r.subject(),
                        r.requesterName(), null, r.requestedAt().atZone(zone).toLocalDate())));
        feedback.findUnacknowledgedWarnings(me).stream().limit(LIMIT).forEach(w -> work.add(new WorkEntry(
                "performance.warning", w.id(), FEEDBACK, w.id(), w.giverName(), null, null,
                w.givenAt().atZone(zone).toLocalDate())));
        if (access.isManager()) {
            targets.list(new TargetFilter(null, null, null, null, TargetStatus.PROPOSED),
                    PageRequest.of(0, LIMIT, Sort.by("period"))).forEach(t -> work.add(new WorkEntry(
                            "performance.target-approval", t.id(), PROPOSED_TARGETS, t.id(), t.subjectName(),
                            t.teamName(), t.period().start(), null)));
        }
        return work;
    }

    /** A 1:1 action item is done with one click. */
    @Override
    public boolean completes(String kind) {
        return kind.equals("performance.action");
    }

    @Override
    @Transactional
    public void complete(WorkEntry entry) {
        oneOnOnes.tickAction(entry.itemId(), true);
    }
}
