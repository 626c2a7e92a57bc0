package app.tandem.crm.ui;

import app.tandem.crm.AccountRef;
import app.tandem.crm.DealData;
import app.tandem.crm.StageInfo;
import app.tandem.org.UserRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The deal form's mutable bean, with the version the form loaded. The stage is not edited here (it moves
 * through the stage bar); fields the form does not show are carried over unchanged.
 */
final class DealDraft {

    private @Nullable Long id;
    private long version;
    private String name = "";
    private @Nullable AccountRef account;
    private @Nullable Long primaryContactId;
    private @Nullable BigDecimal amount = BigDecimal.ZERO;
    private long stageId;
    private @Nullable Integer probability;
    private boolean probabilityOverridden;
    private @Nullable LocalDate expectedCloseDate;
    private @Nullable String source;
    private @Nullable UserRef owner;
    private @Nullable Long lostReasonId;

    static DealDraft newIn(StageInfo firstStage, UserRef owner) {
        DealDraft draft = new DealDraft();
        draft.stageId = firstStage.id();
        draft.probability = firstStage.probability();
        draft.owner = owner;
        return draft;
    }

    static DealDraft newAt(StageInfo firstStage, AccountRef account, UserRef owner) {
        DealDraft draft = newIn(firstStage, owner);
        draft.account = account;
        return draft;
    }

    static DealDraft of(DealData data, AccountRef account, UserRef owner) {
        DealDraft draft = new DealDraft();
        draft.id = data.id();
        draft.version = data.version();
        draft.name = data.name();
        draft.account = account;
        draft.primaryContactId = data.primaryContactId();
        draft.amount = data.amount();
        draft.stageId = data.stageId();
        draft.probability = data.probability();
        draft.probabilityOverridden = data.probabilityOverridden();
        draft.expectedCloseDate = data.expectedCloseDate();
        draft.source = data.source();
        draft.owner = owner;
        draft.lostReasonId = data.lostReasonId();
        return draft;
    }

    DealData toData() {
        if (account == null || owner == null || amount == null || probability == null) {
            throw new IllegalStateException("A deal needs an account, an owner, an amount and a probability");
        }
        return new DealData(id, version, name.trim(), account.id(), primaryContactId, amount, stageId, probability,
                probabilityOverridden, expectedCloseDate, source, owner.id(), lostReasonId);
    }

    boolean isNew() {
        return id == null;
    }

    @Nullable Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    @Nullable Long getPrimaryContactId() {
        return primaryContactId;
    }

    /** The deal's contacts changed (new version, maybe another primary contact); the form's fields did not. */
    void contactsChanged(DealData saved) {
        version = saved.version();
        primaryContactId = saved.primaryContactId();
    }

    long getStageId() {
        return stageId;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    @Nullable AccountRef getAccount() {
        return account;
    }

    void setAccount(@Nullable AccountRef account) {
        this.account = account;
    }

    @Nullable BigDecimal getAmount() {
        return amount;
    }

    void setAmount(@Nullable BigDecimal amount) {
        this.amount = amount;
    }

    @Nullable Integer getProbability() {
        return probability;
    }

    void setProbability(@Nullable Integer probability) {
        this.probability = probability;
    }

    @Nullable LocalDate getExpectedCloseDate() {
        return expectedCloseDate;
    }

    void setExpectedCloseDate(@Nullable LocalDate expectedCloseDate) {
        this.expectedCloseDate = expectedCloseDate;
    }

    @Nullable UserRef getOwner() {
        return owner;
    }

    void setOwner(@Nullable UserRef owner) {
        this.owner = owner;
    }
}
