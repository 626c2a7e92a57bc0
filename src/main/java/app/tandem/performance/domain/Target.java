package app.tandem.performance.domain;

import app.tandem.base.AbstractEntity;
import app.tandem.performance.Metric;
import app.tandem.performance.MetricRef;
import app.tandem.performance.Period;
import app.tandem.performance.PeriodType;
import app.tandem.performance.TargetStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A target value of one metric for one person or team and one period. */
@Entity
@Table(name = "perf_target")
@Audited
public class Target extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Metric metric = Metric.REVENUE_WON;

    @Column(name = "kpi_id", updatable = false)
    private @Nullable Long kpiId;

    @Column(name = "metric_key", nullable = false, length = 30, updatable = false)
    private String metricKey = "";

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

    @Column(name = "target_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal targetValue = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TargetStatus status = TargetStatus.ACTIVE;

    protected Target() {
    }

    public Target(MetricRef metric, Subject subject, Period period, BigDecimal value, TargetStatus status) {
        this.metric = metric.metric();
        this.kpiId = metric.kpiId();
        this.metricKey = metric.key();
        this.userId = subject.userId();
        this.teamId = subject.teamId();
        this.subjectKey = subject.key();
        this.periodType = period.type();
        this.periodStart = period.start();
        this.targetValue = value;
        this.status = status;
    }

    public Metric getMetric() {
        return metric;
    }

    public @Nullable Long getKpiId() {
        return kpiId;
    }

    public String getMetricKey() {
        return metricKey;
    }

    public Subject getSubject() {
        return new Subject(userId, teamId);
    }

    public Period getPeriod() {
        return new Period(periodType, periodStart);
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(BigDecimal targetValue) {
        this.targetValue = targetValue;
    }

    public TargetStatus getStatus() {
        return status;
    }

    public void setStatus(TargetStatus status) {
        this.status = status;
    }
}
