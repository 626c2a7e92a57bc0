package app.tandem.improvement.domain;

import app.tandem.base.AbstractEntity;
import app.tandem.improvement.ImpactRecurrence;
import app.tandem.improvement.ImpactType;
import app.tandem.improvement.ImpactUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A measured effect of an item: target, forecast and actual value of one type, hard or soft, once or recurring. */
@Entity
@Table(name = "improvement_impact")
@Audited
public class Impact extends AbstractEntity {

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImpactType type = ImpactType.COST;

    @Column(nullable = false)
    private boolean hard;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImpactRecurrence recurrence = ImpactRecurrence.ONE_OFF;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImpactUnit unit = ImpactUnit.MONEY;

    @Size(max = 200)
    @Column(length = 200)
    private @Nullable String description;

    @Column(name = "target_value", precision = 15, scale = 2)
    private @Nullable BigDecimal target;

    @Column(name = "forecast_value", precision = 15, scale = 2)
    private @Nullable BigDecimal forecast;

    @Column(name = "actual_value", precision = 15, scale = 2)
    private @Nullable BigDecimal actual;

    protected Impact() {
    }

    public Impact(long itemId) {
        this.itemId = itemId;
    }

    public long getItemId() {
        return itemId;
    }

    public ImpactType getType() {
        return type;
    }

    public void setType(ImpactType type) {
        this.type = type;
    }

    public boolean isHard() {
        return hard;
    }

    public void setHard(boolean hard) {
        this.hard = hard;
    }

    public ImpactRecurrence getRecurrence() {
        return recurrence;
    }

    public void setRecurrence(ImpactRecurrence recurrence) {
        this.recurrence = recurrence;
    }

    public ImpactUnit getUnit() {
        return unit;
    }

    public void setUnit(ImpactUnit unit) {
        this.unit = unit;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public @Nullable BigDecimal getTarget() {
        return target;
    }

    public void setTarget(@Nullable BigDecimal target) {
        this.target = target;
    }

    public @Nullable BigDecimal getForecast() {
        return forecast;
    }

    public void setForecast(@Nullable BigDecimal forecast) {
        this.forecast = forecast;
    }

    public @Nullable BigDecimal getActual() {
        return actual;
    }

    public void setActual(@Nullable BigDecimal actual) {
        this.actual = actual;
    }
}
