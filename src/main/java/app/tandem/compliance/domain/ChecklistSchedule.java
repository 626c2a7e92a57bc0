package app.tandem.compliance.domain;

import app.tandem.base.AbstractEntity;
import app.tandem.compliance.Recurrence;
import app.tandem.compliance.RecurrenceRule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** Which template a team's assignee runs how often: the scheduler job opens the runs from here. */
@Entity
@Audited
@Table(name = "compliance_schedule")
public class ChecklistSchedule extends AbstractEntity {

    @Column(name = "template_id", nullable = false)
    private long templateId;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "assignee_id", nullable = false)
    private long assigneeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Recurrence recurrence = Recurrence.ONE_OFF;

    /** The days of a WEEKLY schedule, as "MONDAY,THURSDAY". */
    @Column(length = 100)
    private @Nullable String weekdays;

    @Column(name = "day_of_month")
    private @Nullable Integer dayOfMonth;

    @Column(name = "window_days", nullable = false)
    private int windowDays = 1;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate = LocalDate.EPOCH;

    @Column(name = "end_date")
    private @Nullable LocalDate endDate;

    @Column(nullable = false)
    private boolean active = true;

    protected ChecklistSchedule() {
    }

    public ChecklistSchedule(long templateId) {
        this.templateId = templateId;
    }

    public RecurrenceRule rule() {
        return new RecurrenceRule(recurrence, weekdaySet(), dayOfMonth, startDate, endDate);
    }

    public void setRule(RecurrenceRule rule) {
        recurrence = rule.recurrence();
        weekdays = rule.recurrence() == Recurrence.WEEKLY ? rule.weekdays().stream().sorted()
                .map(DayOfWeek::name).collect(Collectors.joining(",")) : null;
        dayOfMonth = rule.recurrence() == Recurrence.MONTHLY || rule.recurrence() == Recurrence.QUARTERLY
                ? rule.dayOfMonth() : null;
        startDate = rule.start();
        endDate = rule.end();
    }

    private Set<DayOfWeek> weekdaySet() {
        if (weekdays == null || weekdays.isBlank()) {
            return Set.of();
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(weekdays.split(",")).map(String::trim).map(DayOfWeek::valueOf).forEach(days::add);
        return days;
    }

    public long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(long templateId) {
        this.templateId = templateId;
    }

    public long getTeamId() {
        return teamId;
    }

    public void setTeamId(long teamId) {
        this.teamId = teamId;
    }

    public long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(long assigneeId) {
        this.assigneeId = assigneeId;
    }

    public int getWindowDays() {
        return windowDays;
    }

    public void setWindowDays(int windowDays) {
        this.windowDays = windowDays;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
