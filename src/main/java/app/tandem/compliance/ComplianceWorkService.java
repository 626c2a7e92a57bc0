package app.tandem.compliance;

import app.tandem.base.WorkContributor;
import app.tandem.base.WorkEntry;
import app.tandem.compliance.domain.ChecklistRunRepository;
import app.tandem.compliance.domain.FindingRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance part of "My work": the runs I fill in (opened, or opening within {@value #DAYS_AHEAD} days), the
 * submitted runs I may sign off (officers and administrators, four eyes), and the findings I own that are not closed.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ComplianceWorkService implements WorkContributor {

    public static final int DAYS_AHEAD = 30;
    static final int LIMIT = 100;
    /** Record types under which the compliance UI links its records. */
    public static final String RUN = "CHECKLIST_RUN";

    private final ChecklistRunRepository runs;
    private final FindingRepository findings;
    private final ComplianceAccess access;
    private final Clock clock;

    ComplianceWorkService(ChecklistRunRepository runs, FindingRepository findings, ComplianceAccess access,
            Clock clock) {
        this.runs = runs;
        this.findings = findings;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public List<WorkEntry> myWork() {
        LocalDate today = LocalDate.now(clock);
        long me = access.me();
        List<WorkEntry> work = new ArrayList<>();
        runs.findFillableOf(me, EnumSet.of(RunStatus.OPEN, RunStatus.IN_PROGRESS), today.plusDays(DAYS_AHEAD),
                PageRequest.of(0, LIMIT)).forEach(r -> work.add(new WorkEntry("compliance.run.fill", r.id(), RUN, r.id(),
                        r.template(), r.team(), r.dueOn(), null)));
        if (access.isOfficer()) {
            runs.findAwaitingSignOffBy(me, PageRequest.of(0, LIMIT)).forEach(r -> work.add(new WorkEntry(
                    "compliance.run.sign-off", r.id(), RUN, r.id(), r.template(), r.team() + " · " + r.assignee(), null,
                    r.submittedAt() == null ? today : r.submittedAt().atZone(clock.getZone()).toLocalDate())));
        }
        findings.findOpenOwnedBy(me, PageRequest.of(0, LIMIT)).forEach(f -> work.add(new WorkEntry(
                "compliance.finding", f.id(), RUN, f.runId(), f.title(), f.template() + " · " + f.team(), f.dueDate(), null)));
        return work;
    }
}
