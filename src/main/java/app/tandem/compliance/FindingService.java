package app.tandem.compliance;

import app.tandem.base.DomainException;
import app.tandem.base.Paging;
import app.tandem.base.db.ListQuery;
import app.tandem.base.io.ExportSpool;
import app.tandem.base.io.TabularFormat;
import app.tandem.compliance.domain.ComplianceListQueries;
import app.tandem.compliance.domain.Finding;
import app.tandem.compliance.domain.FindingRepository;
import app.tandem.org.UserService;
import app.tandem.security.CurrentUser;
import app.tandem.security.Roles;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Findings, managed by compliance officers and administrators: owner, due date and status up to VERIFYING. A
 * finding is CLOSED only by the effectiveness check (a later run of the schedule with the item passing).
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COMPLIANCE_OFFICER + "')")
@Transactional(readOnly = true)
public class FindingService {

    /** The findings register's columns: message keys of their titles. */
    private static final List<String> COLUMNS = List.of("compliance.export.finding-number", "compliance.field.item",
            "compliance.field.severity", "compliance.field.template", "compliance.field.team",
            "compliance.field.owner", "compliance.field.due", "compliance.field.status",
            "compliance.export.recurring", "compliance.export.run-number", "compliance.export.action-number",
            "compliance.export.closed-by-run");

    private final FindingRepository findings;
    private final UserService userService;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    private final ExportSpool spool;
    private final ComplianceListQueries listQueries;

    FindingService(FindingRepository findings, UserService userService, CurrentUser currentUser,
            ApplicationEventPublisher events, ExportSpool spool, ComplianceListQueries listQueries) {
        this.listQueries = listQueries;
        this.spool = spool;
        this.currentUser = currentUser;
        this.events = events;
        this.findings = findings;
        this.userService = userService;
    }

    /** A page of the findings register (one SELECT: no transaction of its own). */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Slice<FindingListItem> list(@Nullable FindingStatus status, @Nullable Severity severity,
            @Nullable Long teamId, boolean openOnly, Pageable pageable) {
        return listQueries.findings(status, severity, teamId, openOnly,
                Paging.withStableSort(pageable, Sort.by("dueDate"), "id"), ListQuery.Mode.DEFERRED);
    }

    /**
     * The findings register: every finding of the filter (not only a page), in the grid's sort (due date when it
     * has none), written as CSV or XLSX page by page as it is read. Due dates are dates in XLSX.
     *
     * @param text translates a message key into the user's language (the column titles and statuses)
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void export(FindingFilter filter, Sort sort, TabularFormat format, OutputStream target, ZoneId zone,
            Locale locale, Function<String, String> text) throws IOException {
        // the file is written in a read-only transaction, then sent without holding a connection
        spool.export(target, out -> {
            ComplianceExport.write(page -> list(filter.status(), filter.severity(), filter.teamId(), filter.openOnly(),
                    PageRequest.of(page, ComplianceExport.PAGE_SIZE, sort)), COLUMNS, f -> Arrays.asList(f.id(),
                            f.title(), text.apply("compliance.severity." + f.severity().name()), f.template(), f.team(),
                            f.owner(), f.dueDate(), text.apply("compliance.finding.status." + f.status().name()),
                            ComplianceExport.flag(f.recurring(), text), f.runId(), f.correctiveActionId(),
                            f.closedByRunId()),
                    format, out, zone, locale, text);
        });
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
        boolean reassigned = ownerId != finding.getOwnerId();
        finding.setOwnerId(ownerId);
        finding.setDueDate(dueDate);
        finding.setStatus(status);
        findings.saveAndFlush(finding);
        if (reassigned && ownerId != currentUser.id()) {
            String title = finding.getTitle().length() <= 200 ? finding.getTitle()
                    : finding.getTitle().substring(0, 199) + "…";
            events.publishEvent(new FindingAssigned(id, finding.getRunId(), title, ownerId, currentUser.id()));
        }
    }
}
