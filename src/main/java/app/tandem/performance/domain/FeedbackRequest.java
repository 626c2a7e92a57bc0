package app.tandem.performance.domain;

import app.tandem.base.AbstractEntity;
import app.tandem.base.DomainException;
import app.tandem.performance.FeedbackRequestStatus;
import app.tandem.performance.RecordLink;
import app.tandem.performance.RecordLinkType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A request for feedback: OPEN until the asked colleague answers it with feedback or declines it. */
@Entity
@Audited
@Table(name = "feedback_request")
public class FeedbackRequest extends AbstractEntity {

    @Column(name = "requester_id", nullable = false, updatable = false)
    private long requesterId;

    @Column(name = "asked_id", nullable = false, updatable = false)
    private long askedId;

    @NotBlank
    @Size(max = 1000)
    @Column(nullable = false, length = 1000)
    private String subject = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "link_type", length = 30)
    private @Nullable RecordLinkType linkType;

    @Column(name = "link_id")
    private @Nullable Long linkId;

    @Size(max = 200)
    @Column(name = "link_label", length = 200)
    private @Nullable String linkLabel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FeedbackRequestStatus status = FeedbackRequestStatus.OPEN;

    @Size(max = 1000)
    @Column(name = "decline_reason", length = 1000)
    private @Nullable String declineReason;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt = Instant.EPOCH;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    protected FeedbackRequest() {
    }

    public FeedbackRequest(long requesterId, long askedId, String subject, @Nullable RecordLink link,
            Instant requestedAt) {
        this.requesterId = requesterId;
        this.askedId = askedId;
        this.subject = subject;
        this.linkType = link == null ? null : link.type();
        this.linkId = link == null ? null : link.id();
        this.linkLabel = link == null ? null : link.label();
        this.requestedAt = requestedAt;
    }

    public void answer(Instant at) {
        close(FeedbackRequestStatus.ANSWERED, null, at);
    }

    public void decline(@Nullable String reason, Instant at) {
        close(FeedbackRequestStatus.DECLINED, reason, at);
    }

    private void close(FeedbackRequestStatus to, @Nullable String reason, Instant at) {
        if (status != FeedbackRequestStatus.OPEN) {
            throw new DomainException("feedback.request.closed");
        }
        status = to;
        declineReason = reason;
        closedAt = at;
    }

    public long getRequesterId() {
        return requesterId;
    }

    public long getAskedId() {
        return askedId;
    }

    public FeedbackRequestStatus getStatus() {
        return status;
    }
}
