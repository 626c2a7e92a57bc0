package app.tandem.compliance;

import app.tandem.base.DomainException;
import app.tandem.base.Paging;
import app.tandem.base.RecordNotFoundException;
import app.tandem.compliance.domain.ChecklistSchedule;
import app.tandem.compliance.domain.ChecklistScheduleRepository;
import app.tandem.compliance.domain.ChecklistTemplateRepository;
import app.tandem.compliance.domain.TemplateVersionRepository;
import app.tandem.org.UserService;
import app.tandem.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedules: which published template a team's assignee runs how often, kept by compliance officers and
 * administrators. Saving a schedule opens its due runs at once; the scheduler job keeps doing so.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COMPLIANCE_OFFICER + "')")
@Transactional(readOnly = true)
public class ChecklistScheduleService {

    public static final int MAX_WINDOW_DAYS = 366;

    private final ChecklistScheduleRepository schedules;
    private final ChecklistTemplateRepository templates;
    private final TemplateVersionRepository versions;
    private final RunGenerator generator;
    private final UserService userService;
    private final Clock clock;

    ChecklistScheduleService(ChecklistScheduleRepository schedules, ChecklistTemplateRepository templates,
            TemplateVersionRepository versions, RunGenerator generator, UserService userService, Clock clock) {
        this.schedules = schedules;
        this.templates = templates;
        this.versions = versions;
        this.generator = generator;
        this.userService = userService;
        this.clock = clock;
    }

    public Slice<ScheduleListItem> list(@Nullable Long templateId, @Nullable Long teamId, boolean activeOnly,
            Pageable pageable) {
        return schedules.search(templateId, teamId, activeOnly,
                Paging.withStableSort(pageable, Sort.by("startDate"), "id"));
    }

    public ScheduleData load(long id) {
        return toData(schedule(id));
    }

    /** The next occurrences of a rule (at most {@code count}, within two years), e.g. to preview a schedule. */
    public List<LocalDate> preview(RecurrenceRule rule, int count) {
        rule.validate();
        LocalDate today = LocalDate.now(clock);
        return rule.occurrences(today, today.plusYears(2)).stream().limit(Math.max(0, count)).toList();
    }

    @Transactional
    public ScheduleData save(ScheduleData data) {
        ChecklistSchedule schedule;
        if (data.id() == null) {
            schedule = new ChecklistSchedule(data.templateId());
        } else {
            schedule = schedule(data.id());
            if (schedule.getVersion() != data.version()) {
                throw new OptimisticLockingFailureException("Schedule changed since it was loaded");
            }
        }
        if (!templates.existsById(data.templateId()) || versions.findFirstByTemplateIdAndStatusOrderByNumberDesc(
                data.templateId(), VersionStatus.PUBLISHED).isEmpty()) {
            throw new DomainException("compliance.schedule.template-unpublished");
        }
        if (!schedules.teamExists(data.teamId())) {
            throw new DomainException("compliance.schedule.team-required");
        }
        if (!userService.isActive(data.assigneeId())) {
            throw new DomainException("compliance.schedule.assignee-inactive");
        }
        if (data.windowDays() < 0 || data.windowDays() > MAX_WINDOW_DAYS) {
            throw new DomainException("compliance.schedule.window-invalid", MAX_WINDOW_DAYS);
        }
        data.rule().validate();
        schedule.setTemplateId(data.templateId());
        schedule.setTeamId(data.teamId());
        schedule.setAssigneeId(data.assigneeId());
        schedule.setRule(data.rule());
        schedule.setWindowDays(data.windowDays());
        schedule.setActive(data.active());
        ChecklistSchedule saved = schedules.saveAndFlush(schedule);
        generator.openRuns(saved.getId(), LocalDate.now(clock));
        return toData(saved);
    }

    private ChecklistSchedule schedule(long id) {
        return schedules.findById(id).orElseThrow(RecordNotFoundException::new);
    }

    private static ScheduleData toData(ChecklistSchedule s) {
        return new ScheduleData(s.getId(), s.getVersion(), s.getTemplateId(), s.getTeamId(), s.getAssigneeId(),
                s.rule(), s.getWindowDays(), s.isActive());
    }
}
