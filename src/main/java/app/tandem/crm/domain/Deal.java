package app.tandem.crm.domain;

import app.tandem.base.DomainException;
import app.tandem.crm.ContactRole;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/**
 * A sales opportunity at an account, moving through the pipeline stages. Its probability follows the
 * stage unless the user overrides it; an override lasts until the next stage change.
 */
@Entity
@Table(name = "deal")
@Audited
public class Deal extends OwnedEntity {

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name = "";

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "primary_contact_id")
    private @Nullable Long primaryContactId;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "deal_contact", joinColumns = @JoinColumn(name = "deal_id"))
    @MapKeyColumn(name = "contact_id")
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Map<Long, ContactRole> contacts = new HashMap<>();

    @DecimalMin("0.00")
    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount = BigDecimal.ZERO;

    @Column(name = "stage_id", nullable = false)
    private long stageId;

    @Column(nullable = false)
    private int probability;

    @Column(name = "probability_overridden", nullable = false)
    private boolean probabilityOverridden;

    @Column(name = "expected_close_date")
    private @Nullable LocalDate expectedCloseDate;

    @Size(max = 100)
    @Column(length = 100)
    private @Nullable String source;

    @Column(name = "lost_reason_id")
    private @Nullable Long lostReasonId;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    protected Deal() {
    }

    public Deal(String name, long accountId, PipelineStage stage) {
        this.name = name;
        this.accountId = accountId;
        this.stageId = stage.getId();
        this.probability = stage.getProbability();
    }

    /**
     * Moves the deal to another stage: the probability becomes the stage's (dropping an override), a lost
     * stage needs a reason, a closed stage records when. Returns false when it already was in that stage.
     */
    public boolean moveTo(PipelineStage stage, @Nullable Long lostReason, Instant now) {
        if (stage.getId() == stageId) {
            return false;
        }
        if (stage.isLost() && lostReason == null) {
            throw new DomainException("deal.lost-reason.required");
        }
        stageId = stage.getId();
        probability = stage.getProbability();
        probabilityOverridden = false;
        lostReasonId = stage.isLost() ? lostReason : null;
        closedAt = stage.isClosed() ? now : null;
        return true;
    }

    public void overrideProbability(int percent) {
        if (percent < 0 || percent > 100) {
            throw new DomainException("deal.probability.range");
        }
        if (percent != probability) {
            probability = percent;
            probabilityOverridden = true;
        }
    }

    public BigDecimal weightedAmount() {
        return amount.multiply(BigDecimal.valueOf(probability)).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.HALF_UP);
    }

    public void setContactRole(long contactId, ContactRole role) {
        contacts.put(contactId, role);
    }

    public void removeContact(long contactId) {
        contacts.remove(contactId);
        if (primaryContactId != null && primaryContactId == contactId) {
            primaryContactId = null;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public long getAccountId() {
        return accountId;
    }

    public void setAccountId(long accountId) {
        this.accountId = accountId;
    }

    public @Nullable Long getPrimaryContactId() {
        return primaryContactId;
    }

    public void setPrimaryContactId(@Nullable Long primaryContactId) {
        this.primaryContactId = primaryContactId;
    }

    public Map<Long, ContactRole> getContacts() {
        return Map.copyOf(contacts);
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new DomainException("deal.amount.negative");
        }
        this.amount = amount.setScale(2, RoundingMode.HALF_UP);
    }

    public long getStageId() {
        return stageId;
    }

    public int getProbability() {
        return probability;
    }

    public boolean isProbabilityOverridden() {
        return probabilityOverridden;
    }

    public @Nullable LocalDate getExpectedCloseDate() {
        return expectedCloseDate;
    }

    public void setExpectedCloseDate(@Nullable LocalDate expectedCloseDate) {
        this.expectedCloseDate = expectedCloseDate;
    }

    public @Nullable String getSource() {
        return source;
    }

    public void setSource(@Nullable String source) {
        this.source = source;
    }

    public @Nullable Long getLostReasonId() {
        return lostReasonId;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }
}
