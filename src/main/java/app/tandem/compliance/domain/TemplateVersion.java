package app.tandem.compliance.domain;

import app.tandem.base.AbstractEntity;
import app.tandem.base.DomainException;
import app.tandem.compliance.VersionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * One version of a template's content (its sections and items hang off it). A DRAFT is edited; publishing makes
 * it immutable for good, so the runs that pin it always show what was asked.
 */
@Entity
@Audited
@Table(name = "compliance_template_version")
public class TemplateVersion extends AbstractEntity {

    @Column(name = "template_id", nullable = false, updatable = false)
    private long templateId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VersionStatus status = VersionStatus.DRAFT;

    @Column(name = "pass_mark", nullable = false)
    private int passMark = 80;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Column(name = "published_by", length = 100)
    private @Nullable String publishedBy;

    protected TemplateVersion() {
    }

    public TemplateVersion(long templateId, int number) {
        this.templateId = templateId;
        this.number = number;
    }

    /** Every change of content goes through here first: a published version refuses. */
    public void requireDraft() {
        if (status != VersionStatus.DRAFT) {
            throw new DomainException("compliance.version.published");
        }
    }

    public void publish(String by, Instant at) {
        requireDraft();
        status = VersionStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
    }

    public long getTemplateId() {
        return templateId;
    }

    public int getNumber() {
        return number;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == VersionStatus.PUBLISHED;
    }

    public int getPassMark() {
        return passMark;
    }

    public void setPassMark(int passMark) {
        requireDraft();
        if (passMark < 0 || passMark > 100) {
            throw new DomainException("compliance.version.pass-mark-invalid");
        }
        this.passMark = passMark;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    public @Nullable String getPublishedBy() {
        return publishedBy;
    }
}
