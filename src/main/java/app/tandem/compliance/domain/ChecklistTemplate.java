package app.tandem.compliance.domain;

import app.tandem.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A checklist template: its name, category and description; its content lives in {@link TemplateVersion}s. */
@Entity
@Audited
@Table(name = "compliance_template")
public class ChecklistTemplate extends AbstractEntity {

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name = "";

    @Column(name = "category_id", nullable = false)
    private long categoryId;

    @Size(max = 2000)
    @Column(length = 2000)
    private @Nullable String description;

    protected ChecklistTemplate() {
    }

    public ChecklistTemplate(String name, long categoryId, @Nullable String description) {
        this.name = name;
        this.categoryId = categoryId;
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(long categoryId) {
        this.categoryId = categoryId;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }
}
