package app.tandem.crm.domain;

import app.tandem.base.AbstractEntity;
import app.tandem.base.DomainException;
import app.tandem.crm.ForecastCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;

/** A step of the sales pipeline, in order; closed stages end a deal, as won or lost. */
@Entity
@Audited
@Table(name = "pipeline_stage")
public class PipelineStage extends AbstractEntity {

    @NotBlank
    @Size(max = 60)
    @Column(nullable = false, unique = true, length = 60)
    private String name = "";

    @Column(nullable = false)
    private int position;

    @Min(0)
    @Max(100)
    @Column(nullable = false)
    private int probability;

    @Enumerated(EnumType.STRING)
    @Column(name = "forecast_category", nullable = false, length = 20)
    private ForecastCategory forecastCategory = ForecastCategory.PIPELINE;

    @Column(nullable = false)
    private boolean closed;

    @Column(nullable = false)
    private boolean won;

    protected PipelineStage() {
    }

    public PipelineStage(String name, int position, int probability, ForecastCategory category, boolean closed,
            boolean won) {
        this.position = position;
        change(name, probability, category, closed, won);
    }

    /**
     * Sets what the stage is; refuses a won stage that is not closed, a probability outside 0-100, and a forecast
     * category that does not match (closed stages, and only they, count as CLOSED).
     */
    public void change(String name, int probability, ForecastCategory category, boolean closed, boolean won) {
        if (won && !closed) {
            throw new DomainException("stage.won-must-be-closed");
        }
        if (probability < 0 || probability > 100) {
            throw new DomainException("deal.probability.range");
        }
        if ((category == ForecastCategory.CLOSED) != closed) {
            throw new DomainException("stage.forecast-category.mismatch");
        }
        this.name = name;
        this.probability = probability;
        this.forecastCategory = category;
        this.closed = closed;
        this.won = won;
    }

    /** Its place in the pipeline's order: stages are shown by ascending position. */
    public void moveTo(int position) {
        this.position = position;
    }

    public boolean isLost() {
        return closed && !won;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    public int getProbability() {
        return probability;
    }

    public ForecastCategory getForecastCategory() {
        return forecastCategory;
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean isWon() {
        return won;
    }
}
