package app.tandem.compliance.domain;

import app.tandem.compliance.RunEventKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A line of a run's history: who did what when (started, submitted, signed off, reopened, ...). */
@Entity
@Audited
@Table(name = "compliance_run_event")
public class RunEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private RunEventKind kind = RunEventKind.STARTED;

    @Column(length = 1000, updatable = false)
    private @Nullable String text;

    @Column(name = "actor_id", updatable = false)
    private @Nullable Long actorId;

    @Column(name = "actor_name", nullable = false, length = 100, updatable = false)
    private String actorName = "";

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant happenedAt = Instant.EPOCH;

    /** A sign-off that a reopening made void: kept in the history, marked as superseded. */
    @Column(nullable = false)
    private boolean superseded;

    protected RunEvent() {
    }

    public RunEvent(long runId, RunEventKind kind, @Nullable String text, @Nullable Long actorId, String actorName,
            Instant happenedAt) {
        this.runId = runId;
        this.kind = kind;
        this.text = text;
        this.actorId = actorId;
        this.actorName = actorName;
        this.happenedAt = happenedAt;
    }

    public void supersede() {
        superseded = true;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public RunEventKind getKind() {
        return kind;
    }

    public @Nullable String getText() {
        return text;
    }

    public @Nullable Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public boolean isSuperseded() {
        return superseded;
    }
}
