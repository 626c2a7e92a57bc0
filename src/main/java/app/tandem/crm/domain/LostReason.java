package app.tandem.crm.domain;

import app.tandem.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;

/** Why a deal was lost; an administrator keeps the list. */
@Entity
@Audited
@Table(name = "lost_reason")
public class LostReason extends AbstractEntity {

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, unique = true, length = 100)
    private String name = "";

    @Column(nullable = false)
    private boolean active = true;

    protected LostReason() {
    }

    public LostReason(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void rename(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
