package app.tandem.improvement.domain;

import app.tandem.improvement.ItemStatus;
import app.tandem.improvement.LogKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of an item's log: a comment or an automatic note of a status or locked-impact change. Append-only. */
@Entity
@Table(name = "improvement_log")
public class LogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private LogKind kind = LogKind.COMMENT;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 20)
    private @Nullable ItemStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", updatable = false, length = 20)
    private @Nullable ItemStatus toStatus;

    @Column(updatable = false, columnDefinition = "TEXT")
    private @Nullable String text;

    @Column(name = "author_id", updatable = false)
    private @Nullable Long authorId;

    @Column(name = "author_name", nullable = false, updatable = false, length = 100)
    private String authorName = "";

    @Column(name = "logged_at", nullable = false, updatable = false)
    private Instant loggedAt = Instant.EPOCH;

    protected LogEntry() {
    }

    private LogEntry(long itemId, LogKind kind, @Nullable ItemStatus from, @Nullable ItemStatus to,
            @Nullable String text, @Nullable Long authorId, String authorName, Instant at) {
        this.itemId = itemId;
        this.kind = kind;
        this.fromStatus = from;
        this.toStatus = to;
        this.text = text;
        this.authorId = authorId;
        this.authorName = authorName;
        this.loggedAt = at;
    }

    public static LogEntry comment(long itemId, String text, @Nullable Long authorId, String authorName, Instant at) {
        return new LogEntry(itemId, LogKind.COMMENT, null, null, text, authorId, authorName, at);
    }

    public static LogEntry statusChange(long itemId, @Nullable ItemStatus from, ItemStatus to, @Nullable String note,
            @Nullable Long authorId, String authorName, Instant at) {
        return new LogEntry(itemId, LogKind.STATUS, from, to, note, authorId, authorName, at);
    }

    public static LogEntry impactChange(long itemId, String note, @Nullable Long authorId, String authorName,
            Instant at) {
        return new LogEntry(itemId, LogKind.IMPACT, null, null, note, authorId, authorName, at);
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public LogKind getKind() {
        return kind;
    }

    public @Nullable ItemStatus getFromStatus() {
        return fromStatus;
    }

    public @Nullable ItemStatus getToStatus() {
        return toStatus;
    }

    public @Nullable String getText() {
        return text;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getLoggedAt() {
        return loggedAt;
    }
}
