package app.tandem.performance.domain;

import app.tandem.base.AbstractEntity;
import app.tandem.performance.Direction;
import app.tandem.performance.Rollup;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;

/** A manual KPI an administrator defined, e.g. "On-time delivery" in % (higher is better). */
@Entity
@Table(name = "perf_kpi")
@Audited
public class Kpi extends AbstractEntity {

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String name = "";

    @NotBlank
    @Size(max = 30)
    @Column(nullable = false, length = 30)
    private String unit = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Direction direction = Direction.HIGHER_IS_BETTER;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Rollup rollup = Rollup.MEAN;

    @Column(nullable = false)
    private boolean active = true;

    protected Kpi() {
    }

    public Kpi(String name, String unit, Direction direction, Rollup rollup) {
        this.name = name;
        this.unit = unit;
        this.direction = direction;
        this.rollup = rollup;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public Rollup getRollup() {
        return rollup;
    }

    public void setRollup(Rollup rollup) {
        this.rollup = rollup;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
