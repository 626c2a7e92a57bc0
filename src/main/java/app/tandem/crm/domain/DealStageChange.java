package app.tandem.crm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One stage change of a deal; append-only. */
@Entity
@Table(name = "deal_stage_change")
public class DealStageChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "deal_id", nullable = false, updatable = false)
    private long dealId;

    @Column(name = "from_stage_id", updatable = false)
    private @Nullable Long fromStageId;

    @Column(name = "to_stage_id", nullable = false, updatable = false)
    private long toStageId;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt = Instant.EPOCH;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 100)
    private String changedBy = "";

    @Column(nullable = false, updatable = false, precision = 15, scale = 2)
    private BigDecimal amount = BigDecimal.ZERO;

    protected DealStageChange() {
    }

    public DealStageChange(long dealId, @Nullable Long fromStageId, long toStageId, Instant changedAt,
            String changedBy, BigDecimal amount) {
        this.dealId = dealId;
        this.fromStageId = fromStageId;
        this.toStageId = toStageId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.amount = amount;
    }

    public long getDealId() {
        return dealId;
    }

    public @Nullable Long getFromStageId() {
        return fromStageId;
    }

    public long getToStageId() {
        return toStageId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
