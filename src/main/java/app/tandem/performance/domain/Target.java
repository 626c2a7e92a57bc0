package app.tandem.performance.domain;

import app.tandem.performance.Metric;
import app.tandem.performance.MetricRef;
import app.tandem.performance.Period;
import app.tandem.performance.TargetStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A target value of one metric for one person or team and one period. */
@Entity
@Table(name = "perf_target")
@Audited
public class Target extends SubjectPeriodValue {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Metric metric = Metric.REVENUE_WON;

    @Column(name = "kpi_id", updatable = false)
    private @Nullable Long kpiId;

    @Column(name = "metric_key", nullable = false, length = 30, updatable = false)
    private String metricKey = "";

    @Column(name = "target_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal targetValue = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TargetStatus status = TargetStatus.ACTIVE;

    protected Target() {
    }

    public Target(MetricRef metric, Subject subject, Period period, BigDecimal value, TargetStatus status) {
        super(subject, period);
        this.metric = metric.metric();
        this.kpiId = metric.kpiId();
        this.metricKey = metric.key();
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
