package app.tandem.performance.domain;

import app.tandem.base.AbstractEntity;
import app.tandem.performance.Period;
import app.tandem.performance.PeriodType;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * What a target and a KPI actual share: whose it is (a person or a team, with the key stored for uniqueness) and
 * which period it counts for. Neither changes once written.
 */
@MappedSuperclass
@Audited
public abstract class SubjectPeriodValue extends AbstractEntity {

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

    protected SubjectPeriodValue() {
    }

    protected SubjectPeriodValue(Subject subject, Period period) {
        this.userId = subject.userId();
        this.teamId = subject.teamId();
        this.subjectKey = subject.key();
        this.periodType = period.type();
        this.periodStart = period.start();
    }

    public Subject getSubject() {
        return new Subject(userId, teamId);
    }

    public Period getPeriod() {
        return new Period(periodType, periodStart);
    }
}
