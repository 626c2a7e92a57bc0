package app.tandem.compliance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A section of a template version: a title and, through {@link TemplateItem#getSectionId()}, its items. */
@Entity
@Audited
@Table(name = "compliance_section")
public class TemplateSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "template_version_id", nullable = false, updatable = false)
    private long templateVersionId;

    @Column(nullable = false)
    private int position;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String title = "";

    protected TemplateSection() {
    }

    public TemplateSection(long templateVersionId, int position, String title) {
        this.templateVersionId = templateVersionId;
        this.position = position;
        this.title = title;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getTemplateVersionId() {
        return templateVersionId;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
