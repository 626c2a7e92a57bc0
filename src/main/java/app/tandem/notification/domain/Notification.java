package app.tandem.notification.domain;

import app.tandem.base.NotificationKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A notification row. Written by {@link NotificationRepository#insert} (only when absent, so the due-date job is
 * idempotent); the entity is read and marked read.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind = NotificationKind.ASSIGNED;

    @Column(name = "record_type", nullable = false, length = 40)
    private String recordType = "";

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(nullable = false, length = 200)
    private String title = "";

    @Column(name = "actor_name", length = 200)
    private @Nullable String actorName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    @Column(name = "dedup_key", length = 150)
    private @Nullable String dedupKey;

    protected Notification() {
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getRecordType() {
        return recordType;
    }

    public long getRecordId() {
        return recordId;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getActorName() {
        return actorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getReadAt() {
        return readAt;
    }

    /** Marks it read, once: a second call keeps the first time. */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
