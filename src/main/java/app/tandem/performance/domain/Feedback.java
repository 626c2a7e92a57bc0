package app.tandem.performance.domain;

import app.tandem.base.AbstractEntity;
import app.tandem.base.DomainException;
import app.tandem.performance.FeedbackType;
import app.tandem.performance.FeedbackVisibility;
import app.tandem.performance.RecordLink;
import app.tandem.performance.RecordLinkType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * Feedback from a giver to a recipient. Its giver may change it for {@link #EDIT_WINDOW} after giving it;
 * a formal warning is never changed, only acknowledged by its recipient and followed by notes.
 */
@Entity
@Table(name = "feedback")
@Audited
public class Feedback extends AbstractEntity {

    public static final Duration EDIT_WINDOW = Duration.ofHours(24);

    @Column(name = "giver_id", nullable = false, updatable = false)
    private long giverId;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FeedbackType type = FeedbackType.PRAISE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private FeedbackVisibility visibility = FeedbackVisibility.PRIVATE;

    @NotBlank
    @Size(max = 5000)
    @Column(nullable = false, columnDefinition = "TEXT")
    private String text = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "link_type", length = 30)
    private @Nullable RecordLinkType linkType;

    @Column(name = "link_id")
    private @Nullable Long linkId;

    @Size(max = 200)
    @Column(name = "link_label", length = 200)
    private @Nullable String linkLabel;

    @Column(name = "request_id", updatable = false)
    private @Nullable Long requestId;

    @Column(name = "given_at", nullable = false, updatable = false)
    private Instant givenAt = Instant.EPOCH;

    @Column(name = "acknowledged_at")
    private @Nullable Instant acknowledgedAt;

    protected Feedback() {
    }

    public Feedback(long giverId, long recipientId, FeedbackType type, @Nullable Long requestId, Instant givenAt) {
        this.giverId = giverId;
        this.recipientId = recipientId;
        this.type = type;
        this.requestId = requestId;
        this.givenAt = givenAt;
    }

    /**
     * {@link FeedbackRepository#VISIBLE} for this feedback (or one version of it) and a reader: {@code manager} holds
     * the MANAGER role, {@code supervisor} supervises the recipient's team, {@code teammate} is in that team.
     */
    public boolean isReadableBy(long reader, boolean manager, boolean supervisor, boolean teammate) {
        boolean warning = type == FeedbackType.FORMAL_WARNING;
        boolean aboutReader = recipientId == reader;
        return giverId == reader
                || aboutReader && visibility != FeedbackVisibility.MANAGER_ONLY
                || manager && visibility != FeedbackVisibility.PRIVATE && !aboutReader
                || supervisor && !warning && visibility != FeedbackVisibility.PRIVATE && !aboutReader
                || teammate && !warning && visibility == FeedbackVisibility.PUBLIC;
    }

    public boolean isEditableAt(Instant now) {
        return type != FeedbackType.FORMAL_WARNING && now.isBefore(editableUntil());
    }

    public Instant editableUntil() {
        return givenAt.plus(EDIT_WINDOW);
    }

    /** The recipient confirms they have read the warning; only once, and only for warnings. */
    public void acknowledge(Instant at) {
        if (type != FeedbackType.FORMAL_WARNING) {
            throw new DomainException("feedback.acknowledge.not-a-warning");
        }
        if (acknowledgedAt != null) {
            throw new DomainException("feedback.acknowledge.already");
        }
        acknowledgedAt = at;
    }

    public long getGiverId() {
        return giverId;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public FeedbackType getType() {
        return type;
    }

    public void setType(FeedbackType type) {
        this.type = type;
    }

    public FeedbackVisibility getVisibility() {
        return visibility;
    }

    public void setVisibility(FeedbackVisibility visibility) {
        this.visibility = visibility;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public @Nullable RecordLink getLink() {
        return linkType == null || linkId == null ? null
                : new RecordLink(linkType, linkId, linkLabel == null ? "" : linkLabel);
    }

    public void setLink(@Nullable RecordLink link) {
        linkType = link == null ? null : link.type();
        linkId = link == null ? null : link.id();
        linkLabel = link == null ? null : link.label();
    }

    public @Nullable Long getRequestId() {
        return requestId;
    }

    public Instant getGivenAt() {
        return givenAt;
    }

    public @Nullable Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
