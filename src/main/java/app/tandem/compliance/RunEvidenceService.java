package app.tandem.compliance;

import app.tandem.base.DomainException;
import app.tandem.compliance.domain.ChecklistRun;
import app.tandem.compliance.domain.Evidence;
import app.tandem.compliance.domain.EvidenceFiles;
import app.tandem.compliance.domain.EvidenceRepository;
import app.tandem.compliance.domain.RunEventRepository;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence on a checklist run's items: the assignee attaches files while filling the run and removes them again;
 * whoever may read the run may download them. The file itself lives in {@link EvidenceFiles}.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class RunEvidenceService {

    private final EvidenceRepository evidence;
    private final EvidenceFiles files;
    private final RunEventRepository events;
    private final RunRecords records;
    private final ComplianceAccess access;
    private final Clock clock;

    RunEvidenceService(EvidenceRepository evidence, EvidenceFiles files, RunEventRepository events,
            RunRecords records, ComplianceAccess access, Clock clock) {
        this.evidence = evidence;
        this.files = files;
        this.events = events;
        this.records = records;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Attaches a file as evidence to an item: an image (PNG, JPEG, GIF, WebP) or a PDF as its content shows, of at
     * most 10 MB, with the date it is effective from and an optional expiry date.
     */
    @Transactional
    public EvidenceRow addEvidence(long runId, long itemId, String fileName, byte[] content,
            @Nullable LocalDate effectiveDate, @Nullable LocalDate expiryDate) {
        ChecklistRun run = records.fillable(runId);
        records.itemOf(run, itemId);
        if (content.length == 0) {
            throw new DomainException("compliance.evidence.empty");
        }
        if (content.length > EvidenceType.MAX_BYTES) {
            throw new DomainException("compliance.evidence.too-large", EvidenceType.MAX_BYTES / (1024 * 1024));
        }
        EvidenceType type = EvidenceType.sniff(content).orElseThrow(
                () -> new DomainException("compliance.evidence.type-not-allowed"));
        if (effectiveDate == null) {
            throw new DomainException("compliance.evidence.effective-required");
        }
        if (expiryDate != null && expiryDate.isBefore(effectiveDate)) {
            throw new DomainException("compliance.evidence.expiry-before-effective");
        }
        String name = cleanFileName(fileName);
        Evidence saved = evidence.saveAndFlush(new Evidence(runId, itemId, name, type.contentType(), content.length,
                effectiveDate, expiryDate, access.myName(), clock.instant()));
        files.store(saved.getId(), content);
        return RunRecords.toRow(saved, records.today());
    }

    /** Removes evidence; from a run ever signed off it is only marked removed, so the signed version still shows it. */
    @Transactional
    public void removeEvidence(long runId, long evidenceId) {
        records.fillable(runId);
        Evidence e = evidence.findById(evidenceId).filter(x -> x.getRunId() == runId && !x.isRemoved())
                .orElseThrow(ComplianceAccess::notFound);
        if (events.existsByRunIdAndKind(runId, RunEventKind.SIGNED_OFF)) {
            e.markRemoved(access.myName(), clock.instant());
            evidence.saveAndFlush(e);
            return;
        }
        files.delete(evidenceId);
        evidence.delete(e);
        evidence.flush();
    }

    static String cleanFileName(@Nullable String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.isEmpty()) {
            name = "evidence";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    /** The evidence's metadata, e.g. to name a download. */
    public EvidenceRow evidenceInfo(long evidenceId) {
        Evidence e = evidence.findById(evidenceId).orElseThrow(ComplianceAccess::notFound);
        records.readable(e.getRunId());
        return RunRecords.toRow(e, records.today());
    }

    /** Streams the evidence's file to the output without loading it whole into memory. */
    public void writeEvidence(long evidenceId, OutputStream out) {
        Evidence e = evidence.findById(evidenceId).orElseThrow(ComplianceAccess::notFound);
        records.readable(e.getRunId());
        if (!files.copyTo(evidenceId, out)) {
            throw ComplianceAccess.notFound();
        }
    }
}
