package app.tandem.compliance;

import app.tandem.base.DomainException;
import app.tandem.base.Paging;
import app.tandem.compliance.domain.Finding;
import app.tandem.compliance.domain.FindingRepository;
import app.tandem.org.UserService;
import app.tandem.security.Roles;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Findings, managed by compliance officers and administrators: owner, due date and status up to VERIFYING. A
 * finding is CLOSED only by the effectiveness check (a later run of the schedule with the item passing).
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COMPLIANCE_OFFICER + "')")
@Transactional(readOnly = true)
public class FindingService {

    private final FindingRepository findings;
    private final UserService userService;

    FindingService(FindingRepository findings, UserService userService) {
        this.findings = findings;
        this.userService = userService;
    }

    public Slice<FindingListItem> list(@Nullable FindingStatus status, @Nullable Severity severity,
            @Nullable Long teamId, boolean openOnly, Pageable pageable) {
        return findings.search(status, severity, teamId, openOnly,
                Paging.withStableSort(pageable, Sort.by("dueDate"), "id"));
    }

    /** The findings a run raised. */
    public List<FindingListItem> ofRun(long runId) {
        return findings.search(null, null, null, false, PageRequest.of(0, 500, Sort.by("id"))).stream()
                .filter(f -> f.runId() == runId).toList();
    }

    public long ownerOf(long findingId) {
        return findings.findById(findingId).orElseThrow(ComplianceAccess::notFound).getOwnerId();
    }

    @Transactional
    public void update(long id, long version, long ownerId, LocalDate dueDate, FindingStatus status) {
        Finding finding = findings.findById(id).orElseThrow(ComplianceAccess::notFound);
        if (finding.getVersion() != version) {
            throw new OptimisticLockingFailureException("Finding changed since it was loaded");
        }
        if (finding.getStatus() == FindingStatus.CLOSED) {
            throw new DomainException("compliance.finding.closed");
        }
        if (status == FindingStatus.CLOSED) {
            throw new DomainException("compliance.finding.close-by-run");
        }
        if (ownerId != finding.getOwnerId() && !userService.isActive(ownerId)) {
            throw new DomainException("compliance.finding.owner-inactive");
        }
        finding.setOwnerId(ownerId);
        finding.setDueDate(dueDate);
        finding.setStatus(status);
        findings.saveAndFlush(finding);
    }
}
