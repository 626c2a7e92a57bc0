package app.tandem.performance.domain;

import app.tandem.base.AbstractEntity;
import app.tandem.performance.Period;
import app.tandem.performance.PeriodType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** The value of a manual KPI that a supervisor or manager entered for a person or team and a period. */
@Entity
@Table(name = "perf_kpi_actual")
@Audited
public class KpiActual extends AbstractEntity {

    @Column(name = "kpi_id", nullable = false, updatable = false)
    private long kpiId;

    @Column(name = "user_id", updatable = false)
    private @Nullable Long userId;

    @Column(name = "team_id", updatable = false)
    private @Nullable Long teamId;

    @Column(name = "subject_key", nullable = false, length = 30, updatable = false)
    private String subjectKey = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false, length = 10, updatable = false)
    private PeriodType periodType = PeriodType.MONTH;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart = LocalDate.EPOCH;

    @Column(name = "actual_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal actualValue = BigDecimal.ZERO;

    @Size(max = 1000)
    @Column(length = 1000)
    private @Nullable String comment;

    protected KpiActual() {
    }

    public KpiActual(long kpiId, Subject subject, Period period) {
        this.kpiId = kpiId;
        this.userId = subject.userId();
        this.teamId = subject.teamId();
        this.subjectKey = subject.key();
        this.periodType = period.type();
        this.periodStart = period.start();
    }

    public long getKpiId() {
        return kpiId;
    }

    public Subject getSubject() {
        return new Subject(userId, teamId);
    }

    public Period getPeriod() {
        return new Period(periodType, periodStart);
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
