package app.tandem.compliance;

import app.tandem.base.DomainException;
import app.tandem.compliance.domain.ChecklistRun;
import app.tandem.compliance.domain.ChecklistRunRepository;
import app.tandem.compliance.domain.RunEvent;
import app.tandem.compliance.domain.RunEventRepository;
import app.tandem.security.Roles;
import java.time.Clock;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of a checklist run: the four-eyes sign-off that locks a submitted run, reopening a signed-off run
 * with a reason, and approving a missed run.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class RunSignOffService {

    private final ChecklistRunRepository runs;
    private final RunEventRepository events;
    private final RunRecords records;
    private final ComplianceAccess access;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    RunSignOffService(ChecklistRunRepository runs, RunEventRepository events, RunRecords records,
            ComplianceAccess access, Clock clock, ApplicationEventPublisher publisher) {
        this.runs = runs;
        this.events = events;
        this.records = records;
        this.access = access;
        this.clock = clock;
        this.publisher = publisher;
    }

    /**
     * A compliance officer (or administrator) signs off a submitted run: never one they filled in themselves (four
     * eyes), and only as they saw it: {@code seenVersion} is the run's version on the reviewer's page, and a run
     * changed since (e.g. reopened and submitted again) is a conflict. The run is locked from then on.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COMPLIANCE_OFFICER + "')")
    public RunView signOff(long runId, long seenVersion) {
        ChecklistRun run = records.readable(runId);
        RunRecords.requireNotLocked(run);
        if (run.getVersion() != seenVersion) {
            throw new OptimisticLockingFailureException("Run changed since the reviewer opened it");
        }
        if (run.getStatus() != RunStatus.SUBMITTED) {
            throw new DomainException("compliance.signoff.not-submitted");
        }
        long me = access.me();
        if (run.getAssigneeId() == me || Objects.equals(run.getSubmittedById(), me)
                || runs.answeredBy(runId).contains(me)) {
            throw new DomainException("compliance.signoff.four-eyes");
        }
        run.setStatus(RunStatus.SIGNED_OFF);
        runs.saveAndFlush(run);
        records.log(run, RunEventKind.SIGNED_OFF, null);
        RunView signed = records.view(run);
        Set<Long> filledBy = new HashSet<>(runs.answeredBy(runId));
        filledBy.add(run.getAssigneeId());
        if (run.getSubmittedById() != null) {
            filledBy.add(run.getSubmittedById());
        }
        filledBy.remove(me);
        publisher.publishEvent(new RunSignedOff(runId, signed.template() + " · " + run.getOccurrenceDate(),
                Set.copyOf(filledBy), me));
        return signed;
    }

    /**
     * An administrator reopens a signed-off run with a written reason: the sign-off stays in the history marked as
     * superseded, the assignee can correct it, and it needs a new submit and sign-off.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public RunView reopen(long runId, @Nullable String reason) {
        ChecklistRun run = records.readable(runId);
        if (run.getStatus() != RunStatus.SIGNED_OFF) {
            throw new DomainException("compliance.reopen.not-signed-off");
        }
        String why = ChecklistTemplateService.required(reason, "compliance.reopen.reason-required", 1000);
        events.findByRunIdAndKindAndSupersededFalse(runId, RunEventKind.SIGNED_OFF).forEach(RunEvent::supersede);
        run.setStatus(RunStatus.IN_PROGRESS);
        run.setScore(null, null);
        run.setSubmitted(null, null);
        runs.saveAndFlush(run);
        records.log(run, RunEventKind.REOPENED, why);
        return records.view(run);
    }

    /** A compliance officer closes a missed run with a reason ("approved miss"). */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COMPLIANCE_OFFICER + "')")
    public RunView approveMiss(long runId, @Nullable String reason) {
        ChecklistRun run = records.readable(runId);
        if (run.getStatus() != RunStatus.MISSED || run.getMissApprovedAt() != null) {
            throw new DomainException("compliance.miss.not-missed");
        }
        String why = ChecklistTemplateService.required(reason, "compliance.miss.reason-required", 1000);
        run.approveMiss(why, access.myName(), clock.instant());
        runs.saveAndFlush(run);
        records.log(run, RunEventKind.MISS_APPROVED, why);
        return records.view(run);
    }
}
