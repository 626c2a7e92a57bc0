package app.tandem.compliance;

import app.tandem.compliance.domain.ChecklistRunRepository;
import app.tandem.compliance.domain.ChecklistSchedule;
import app.tandem.compliance.domain.ChecklistScheduleRepository;
import app.tandem.compliance.domain.TemplateVersion;
import app.tandem.compliance.domain.TemplateVersionRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the runs of a schedule ahead of time and marks runs never started MISSED after their window. Each call is
 * its own short transaction; inserts rely on the unique key, so any number of app instances may run it at once.
 */
@Component
class RunGenerator {

    private static final Logger log = LoggerFactory.getLogger(RunGenerator.class);

    private final ChecklistScheduleRepository schedules;
    private final ChecklistRunRepository runs;
    private final TemplateVersionRepository versions;
    private final Clock clock;
    private final int lookaheadDays;

    RunGenerator(ChecklistScheduleRepository schedules, ChecklistRunRepository runs, TemplateVersionRepository versions,
            Clock clock, @Value("${tandem.compliance.scheduler.lookahead-days:7}") int lookaheadDays) {
        this.schedules = schedules;
        this.runs = runs;
        this.versions = versions;
        this.clock = clock;
        this.lookaheadDays = lookaheadDays;
    }

    /**
     * Opens the runs of the schedule's occurrences from the lookahead back to those still inside their window,
     * pinned to the template's newest published version. Returns how many runs it opened.
     */
    @Transactional
    int openRuns(long scheduleId, LocalDate today) {
        Optional<ChecklistSchedule> found = schedules.findById(scheduleId).filter(ChecklistSchedule::isActive);
        if (found.isEmpty()) {
            return 0;
        }
        ChecklistSchedule schedule = found.get();
        if (!runs.userActive(schedule.getAssigneeId()).orElse(false)) {
            log.warn("No run opened for schedule {}: its assignee {} is deactivated; give the schedule another"
                    + " assignee", scheduleId, schedule.getAssigneeId());
            return 0;
        }
        Optional<TemplateVersion> version = versions.findFirstByTemplateIdAndStatusOrderByNumberDesc(
                schedule.getTemplateId(), VersionStatus.PUBLISHED);
        if (version.isEmpty()) {
            return 0;
        }
        int opened = 0;
        for (LocalDate occurrence : schedule.rule().occurrences(today.minusDays(schedule.getWindowDays()),
                today.plusDays(lookaheadDays))) {
            LocalDate due = RecurrenceRule.dueDate(occurrence, schedule.getWindowDays());
            if (!due.isBefore(today)) {
                opened += runs.openIfAbsent(scheduleId, schedule.getTemplateId(), version.get().getId(),
                        schedule.getTeamId(), schedule.getAssigneeId(), occurrence, due, clock.instant());
            }
        }
        return opened;
    }

    @Transactional
    int markMissed(LocalDate today) {
        return runs.markMissed(today, clock.instant());
    }
}
