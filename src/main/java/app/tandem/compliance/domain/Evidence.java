package app.tandem.compliance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A file attached to an item of a run as evidence: its metadata. The bytes are in their own table
 * ({@link EvidenceFiles}), so a database backup holds everything and lists never read them. Evidence removed
 * from a run that was ever signed off is only marked removed: the signed version still shows it.
 */
@Entity
@Audited
@Table(name = "compliance_evidence")
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName = "";

    @Column(name = "content_type", nullable = false, length = 50)
    private String contentType = "";

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate = LocalDate.EPOCH;

    @Column(name = "expiry_date")
    private @Nullable LocalDate expiryDate;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt = Instant.EPOCH;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy = "";

    @Column(name = "removed_at")
    private @Nullable Instant removedAt;

    @Column(name = "removed_by", length = 100)
    private @Nullable String removedBy;

    protected Evidence() {
    }

    public Evidence(long runId, long itemId, String fileName, String contentType, long sizeBytes,
            LocalDate effectiveDate, @Nullable LocalDate expiryDate, String uploadedBy, Instant uploadedAt) {
        this.runId = runId;
        this.itemId = itemId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.effectiveDate = effectiveDate;
        this.expiryDate = expiryDate;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public void markRemoved(String by, Instant at) {
        removedBy = by;
        removedAt = at;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public boolean isExpired(LocalDate today) {
        return expiryDate != null && expiryDate.isBefore(today);
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public long getItemId() {
        return itemId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public @Nullable LocalDate getExpiryDate() {
        return expiryDate;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
