package app.tandem.compliance.domain;

import app.tandem.compliance.ChoiceOption;
import app.tandem.compliance.ItemRule;
import app.tandem.compliance.ResponseType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** An item of a template version: what is asked, with its {@link ItemRule rules}; ordered within its section. */
@Entity
@Audited
@Table(name = "compliance_item")
public class TemplateItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "template_version_id", nullable = false, updatable = false)
    private long templateVersionId;

    @Column(name = "section_id", nullable = false)
    private long sectionId;

    @Column(nullable = false)
    private int position;

    @NotBlank
    @Size(max = 500)
    @Column(nullable = false, length = 500)
    private String prompt = "";

    @Size(max = 2000)
    @Column(length = 2000)
    private @Nullable String help;

    @Enumerated(EnumType.STRING)
    @Column(name = "response_type", nullable = false, length = 20)
    private ResponseType responseType = ResponseType.PASS_FAIL_NA;

    @Column(nullable = false)
    private boolean required = true;

    @Column(nullable = false)
    private int weight = 1;

    @Column(nullable = false)
    private boolean critical;

    @Column(name = "failing_answer", length = 10)
    private @Nullable String failingAnswer;

    @Column(name = "number_min", precision = 15, scale = 4)
    private @Nullable BigDecimal numberMin;

    @Column(name = "number_max", precision = 15, scale = 4)
    private @Nullable BigDecimal numberMax;

    @Size(max = 20)
    @Column(length = 20)
    private @Nullable String unit;

    @Column(name = "note_required_when_failed", nullable = false)
    private boolean noteRequiredWhenFailed;

    @Column(name = "evidence_required_when_failed", nullable = false)
    private boolean evidenceRequiredWhenFailed;

    @Column(name = "evidence_always_required", nullable = false)
    private boolean evidenceAlwaysRequired;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "compliance_item_option", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    private List<Option> options = new ArrayList<>();

    /** A stored option of a CHOICE item. */
    @Embeddable
    public static class Option {

        @Column(nullable = false, length = 200)
        private String label = "";

        @Column(nullable = false)
        private boolean passes;

        protected Option() {
        }

        Option(String label, boolean passes) {
            this.label = label;
            this.passes = passes;
        }
    }

    protected TemplateItem() {
    }

    public TemplateItem(long templateVersionId, long sectionId, int position) {
        this.templateVersionId = templateVersionId;
        this.sectionId = sectionId;
        this.position = position;
    }

    /** The rules as the pure rule and scoring classes see them. */
    public ItemRule rule() {
        return new ItemRule(responseType, required, weight, critical, failingAnswer, numberMin, numberMax,
                options.stream().map(o -> new ChoiceOption(o.label, o.passes)).toList(), noteRequiredWhenFailed,
                evidenceRequiredWhenFailed, evidenceAlwaysRequired);
    }

    /** Takes over a (validated) rule; parameters that do not belong to its response type are dropped. */
    public void setRule(ItemRule rule) {
        responseType = rule.type();
        required = rule.required();
        weight = rule.weight();
        critical = rule.critical();
        failingAnswer = rule.type() == ResponseType.YES_NO_NA ? rule.failingAnswer() : null;
        numberMin = rule.type() == ResponseType.NUMBER ? rule.min() : null;
        numberMax = rule.type() == ResponseType.NUMBER ? rule.max() : null;
        options.clear();
        if (rule.type() == ResponseType.CHOICE) {
            rule.options().forEach(o -> options.add(new Option(o.label().trim(), o.passes())));
        }
        noteRequiredWhenFailed = rule.noteRequiredWhenFailed();
        evidenceRequiredWhenFailed = rule.evidenceRequiredWhenFailed();
        evidenceAlwaysRequired = rule.evidenceAlwaysRequired();
    }

    /** A copy of this item for another (draft) version and section. */
    public TemplateItem copyTo(long otherVersionId, long otherSectionId) {
        TemplateItem copy = new TemplateItem(otherVersionId, otherSectionId, position);
        copy.prompt = prompt;
        copy.help = help;
        copy.unit = unit;
        copy.setRule(rule());
        return copy;
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

    public long getSectionId() {
        return sectionId;
    }

    public void setSectionId(long sectionId) {
        this.sectionId = sectionId;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getPrompt() {
        return prompt;
    }

    public void setPrompt(String prompt) {
        this.prompt = prompt;
    }

    public @Nullable String getHelp() {
        return help;
    }

    public void setHelp(@Nullable String help) {
        this.help = help;
    }

    public @Nullable String getUnit() {
        return unit;
    }

    public void setUnit(@Nullable String unit) {
        this.unit = unit;
    }

    public ResponseType getResponseType() {
        return responseType;
    }
}
