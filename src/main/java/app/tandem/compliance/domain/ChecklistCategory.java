package app.tandem.compliance.domain;

import app.tandem.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;

/** A category of checklists (Safety, Quality, Data protection, ...); administrators keep the list. */
@Entity
@Audited
@Table(name = "compliance_category")
public class ChecklistCategory extends AbstractEntity {

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String name = "";

    @Column(nullable = false)
    private boolean active = true;

    protected ChecklistCategory() {
    }

    public ChecklistCategory(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
