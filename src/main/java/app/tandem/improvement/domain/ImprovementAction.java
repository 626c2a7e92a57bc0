package app.tandem.improvement.domain;

import app.tandem.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** One row of an item's implementation plan: what is done, by whom, by when, and whether it is done. */
@Entity
@Audited
@Table(name = "improvement_action")
public class ImprovementAction extends AbstractEntity {

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @NotBlank
    @Size(max = 500)
    @Column(nullable = false, length = 500)
    private String what = "";

    @Column(name = "owner_id")
    private @Nullable Long ownerId;

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    @Column(nullable = false)
    private boolean done;

    protected ImprovementAction() {
    }

    public ImprovementAction(long itemId) {
        this.itemId = itemId;
    }

    public long getItemId() {
        return itemId;
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    public @Nullable Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(@Nullable Long ownerId) {
        this.ownerId = ownerId;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(@Nullable LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public boolean isDone() {
        return done;
    }

    public void setDone(boolean done) {
        this.done = done;
    }
}
