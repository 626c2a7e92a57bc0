package app.tandem.performance.domain;

import app.tandem.performance.Period;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** The value of a manual KPI that a supervisor or manager entered for a person or team and a period. */
@Entity
@Table(name = "perf_kpi_actual")
@Audited
public class KpiActual extends SubjectPeriodValue {

    @Column(name = "kpi_id", nullable = false, updatable = false)
    private long kpiId;

    @Column(name = "actual_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal actualValue = BigDecimal.ZERO;

    @Size(max = 1000)
    @Column(length = 1000)
    private @Nullable String comment;

    protected KpiActual() {
    }

    public KpiActual(long kpiId, Subject subject, Period period) {
        super(subject, period);
        this.kpiId = kpiId;
    }

    public long getKpiId() {
        return kpiId;
    }

    public BigDecimal getActualValue() {
        return actualValue;
    }

    public void setActualValue(BigDecimal actualValue) {
        this.actualValue = actualValue;
    }

    public @Nullable String getComment() {
        return comment;
    }

    public void setComment(@Nullable String comment) {
        this.comment = comment;
    }
}
