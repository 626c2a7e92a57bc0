package app.tandem.compliance.domain;

import app.tandem.compliance.ItemResult;
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
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** The answer to one item of a run, saved as it is given: its canonical value, computed result and note. */
@Entity
@Audited
@Table(name = "compliance_answer")
public class RunAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(name = "answer_value", length = 2000)
    private @Nullable String value;

    @Enumerated(EnumType.STRING)
    @Column(length = 4)
    private @Nullable ItemResult result;

    @Column(length = 2000)
    private @Nullable String note;

    /** Copied from the last run: the assignee has to confirm or change it before submitting. */
    @Column(nullable = false)
    private boolean reconfirm;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt = Instant.EPOCH;

    @Column(name = "answered_by_id", nullable = false)
    private long answeredById;

    protected RunAnswer() {
    }

    public RunAnswer(long runId, long itemId) {
        this.runId = runId;
        this.itemId = itemId;
    }

    public void answer(@Nullable String newValue, @Nullable ItemResult newResult, long by, Instant at) {
        value = newValue;
        result = newResult;
        reconfirm = false;
        answeredById = by;
        answeredAt = at;
    }

    public void setNote(@Nullable String note, long by, Instant at) {
        this.note = note;
        answeredById = by;
        answeredAt = at;
    }

    public void confirm(long by, Instant at) {
        reconfirm = false;
        answeredById = by;
        answeredAt = at;
    }

    public void copyFrom(RunAnswer previous, long by, Instant at) {
        value = previous.value;
        result = previous.result;
        note = previous.note;
        reconfirm = true;
        answeredById = by;
        answeredAt = at;
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

    public @Nullable String getValue() {
        return value;
    }

    public @Nullable ItemResult getResult() {
        return result;
    }

    public @Nullable String getNote() {
        return note;
    }

    public boolean isReconfirm() {
        return reconfirm;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public long getAnsweredById() {
        return answeredById;
    }
}
