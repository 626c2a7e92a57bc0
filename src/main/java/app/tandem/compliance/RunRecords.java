package app.tandem.compliance;

import app.tandem.base.DomainException;
import app.tandem.compliance.ComplianceAccess.ReadScope;
import app.tandem.compliance.domain.ChecklistRun;
import app.tandem.compliance.domain.ChecklistRunRepository;
import app.tandem.compliance.domain.ChecklistTemplate;
import app.tandem.compliance.domain.ChecklistTemplateRepository;
import app.tandem.compliance.domain.Evidence;
import app.tandem.compliance.domain.EvidenceRepository;
import app.tandem.compliance.domain.RunAnswer;
import app.tandem.compliance.domain.RunAnswerRepository;
import app.tandem.compliance.domain.RunEvent;
import app.tandem.compliance.domain.RunEventRepository;
import app.tandem.compliance.domain.TemplateItem;
import app.tandem.compliance.domain.TemplateItemRepository;
import app.tandem.compliance.domain.TemplateSectionRepository;
import app.tandem.compliance.domain.TemplateVersion;
import app.tandem.compliance.domain.TemplateVersionRepository;
import app.tandem.org.UserService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What the run services share, inside their transactions: the run this user may read or fill (the first change
 * starts it), the run's event log, and the run as {@link RunView} with the rights of this user.
 */
@Component
class RunRecords {

    static final Set<RunStatus> FILLABLE = EnumSet.of(RunStatus.OPEN, RunStatus.IN_PROGRESS);
    private static final Set<RunStatus> DONE = EnumSet.of(RunStatus.SUBMITTED, RunStatus.SIGNED_OFF);

    private final ChecklistRunRepository runs;
    private final RunAnswerRepository answers;
    private final EvidenceRepository evidence;
    private final RunEventRepository events;
    private final TemplateVersionRepository versions;
    private final ChecklistTemplateRepository templates;
    private final TemplateSectionRepository sections;
    private final TemplateItemRepository items;
    private final ComplianceAccess access;
    private final UserService userService;
    private final Clock clock;

    RunRecords(ChecklistRunRepository runs, RunAnswerRepository answers, EvidenceRepository evidence,
            RunEventRepository events, TemplateVersionRepository versions, ChecklistTemplateRepository templates,
            TemplateSectionRepository sections, TemplateItemRepository items, ComplianceAccess access,
            UserService userService, Clock clock) {
        this.runs = runs;
        this.answers = answers;
        this.evidence = evidence;
        this.events = events;
        this.versions = versions;
        this.templates = templates;
        this.sections = sections;
        this.items = items;
        this.access = access;
        this.userService = userService;
        this.clock = clock;
    }

    ChecklistRun readable(long runId) {
        ReadScope scope = access.readScope();
        return runs.findReadable(runId, scope.all(), scope.userId(), scope.teamReader(), scope.teamId())
                .orElseThrow(ComplianceAccess::notFound);
    }

    static void requireNotLocked(ChecklistRun run) {
        if (run.getStatus() == RunStatus.SIGNED_OFF) {
            throw new DomainException("compliance.run.locked");
        }
    }

    /** The run, if this user may fill it now; starts it on the first change. */
    ChecklistRun fillable(long runId) {
        ChecklistRun run = readable(runId);
        requireNotLocked(run);
        if (run.getAssigneeId() != access.me()) {
            throw new DomainException("compliance.run.not-assignee");
        }
        if (!run.getStatus().isFillable()) {
            throw new DomainException("compliance.run.not-fillable", run.getStatus().name());
        }
        if (run.getOpensOn().isAfter(today())) {
            throw new DomainException("compliance.run.not-open-yet", run.getOpensOn());
        }
        if (run.getStatus() == RunStatus.OPEN) {
            versions.findFirstByTemplateIdAndStatusOrderByNumberDesc(run.getTemplateId(), VersionStatus.PUBLISHED)
                    .ifPresent(v -> run.setTemplateVersionId(v.getId()));
            run.setStatus(RunStatus.IN_PROGRESS);
            run.setStartedAt(clock.instant());
            runs.saveAndFlush(run);
            log(run, RunEventKind.STARTED, null);
        }
        return run;
    }

    TemplateItem itemOf(ChecklistRun run, long itemId) {
        return items.findById(itemId).filter(i -> i.getTemplateVersionId() == run.getTemplateVersionId())
                .orElseThrow(ComplianceAccess::notFound);
    }

    RunAnswer answerOf(ChecklistRun run, long itemId) {
        return answers.findByRunIdAndItemId(run.getId(), itemId).orElseGet(() -> new RunAnswer(run.getId(), itemId));
    }

    void log(ChecklistRun run, RunEventKind kind, @Nullable String text) {
        events.save(new RunEvent(run.getId(), kind, text, access.me(), access.myName(), clock.instant()));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static List<MissingItem> missingOf(RunView view) {
        List<MissingItem> missing = new ArrayList<>();
        for (RunView.Section section : view.sections()) {
            for (RunView.Item item : section.items()) {
                for (ItemProblem problem : item.problems()) {
                    missing.add(new MissingItem(item.item().id(), section.title(), item.item().prompt(), problem));
                }
            }
        }
        return missing;
    }

    RunView.Item itemView(ChecklistRun run, TemplateItem item) {
        LocalDate today = today();
        List<EvidenceRow> rows = evidence.findByRunIdAndRemovedAtIsNullOrderByUploadedAtAscIdAsc(run.getId()).stream()
                .filter(e -> e.getItemId() == item.getId()).map(e -> toRow(e, today)).toList();
        return itemView(ChecklistTemplateService.toData(item), answers.findByRunIdAndItemId(run.getId(),
                item.getId()).orElse(null), rows);
    }

    private static RunView.Item itemView(TemplateItemData item, @Nullable RunAnswer answer, List<EvidenceRow> rows) {
        String value = answer == null ? null : answer.getValue();
        String note = answer == null ? null : answer.getNote();
        boolean reconfirm = answer != null && answer.isReconfirm();
        List<ItemProblem> problems = new ArrayList<>(ChecklistRules.problems(item.rule(), value, note != null,
                rows.size()));
        if (reconfirm) {
            problems.add(ItemProblem.RECONFIRM_PENDING);
        }
        return new RunView.Item(item, value, answer == null ? null : answer.getResult(), note, reconfirm, rows,
                problems);
    }

    RunView view(ChecklistRun run) {
        return view(run, answers.findByRunId(run.getId()),
                evidence.findByRunIdAndRemovedAtIsNullOrderByUploadedAtAscIdAsc(run.getId()), true);
    }

    /** The run with these answers and evidence; without {@code live} rights (a signed version) nobody may act. */
    RunView view(ChecklistRun run, List<RunAnswer> runAnswers, List<Evidence> runEvidence, boolean live) {
        LocalDate today = today();
        TemplateVersion version = versions.findById(run.getTemplateVersionId()).orElseThrow();
        ChecklistTemplate template = templates.findById(run.getTemplateId()).orElseThrow();
        VersionContent content = ChecklistTemplateService.contentOf(version, template, sections, items);
        Map<Long, RunAnswer> byItem = runAnswers.stream()
                .collect(Collectors.toMap(RunAnswer::getItemId, Function.identity()));
        Map<Long, List<EvidenceRow>> evidenceByItem = new HashMap<>();
        for (Evidence e : runEvidence) {
            evidenceByItem.computeIfAbsent(e.getItemId(), k -> new ArrayList<>()).add(toRow(e, today));
        }
        List<RunView.Section> viewSections = content.sections().stream()
                .map(s -> new RunView.Section(s.id(), s.title(), s.items().stream()
                        .map(i -> itemView(i, byItem.get(i.id()), evidenceByItem.getOrDefault(i.id(), List.of())))
                        .toList()))
                .toList();
        long me = access.me();
        boolean fill = live && run.getAssigneeId() == me && run.getStatus().isFillable()
                && !run.getOpensOn().isAfter(today);
        boolean officer = live && access.isOfficer();
        boolean signOff = officer && run.getStatus() == RunStatus.SUBMITTED && run.getAssigneeId() != me
                && !Objects.equals(run.getSubmittedById(), me) && !runs.answeredBy(run.getId()).contains(me);
        RunView.Rights rights = new RunView.Rights(fill, fill && byItem.isEmpty() && previousDone(run).isPresent(),
                signOff, live && access.isAdmin() && run.getStatus() == RunStatus.SIGNED_OFF,
                officer && run.getStatus() == RunStatus.MISSED && run.getMissApprovedAt() == null);
        String assignee = userService.displayNames(List.of(run.getAssigneeId())).getOrDefault(run.getAssigneeId(), "");
        return new RunView(run.getId(), run.getVersion(), template.getName(), version.getNumber(),
                runs.teamName(run.getTeamId()).orElse(""), run.getAssigneeId(), assignee, run.getStatus(),
                run.getOpensOn(), run.getDueOn(), run.isOverdue(today), run.isCompletedLate(clock.getZone()),
                run.getSubmittedAt(), run.getScore(), run.getCriticalFailed(), version.getPassMark(),
                run.getMissReason(), viewSections, rights);
    }

    static EvidenceRow toRow(Evidence e, LocalDate today) {
        return new EvidenceRow(e.getId(), e.getItemId(), e.getFileName(), e.getContentType(), e.getSizeBytes(),
                e.getEffectiveDate(), e.getExpiryDate(), e.isExpired(today), e.getUploadedBy(), e.getUploadedAt());
    }

    Optional<ChecklistRun> previousDone(ChecklistRun run) {
        if (run.getScheduleId() == null) {
            return Optional.empty();
        }
        return runs.findPreviousDone(run.getScheduleId(), run.getOccurrenceDate(), DONE, PageRequest.of(0, 1))
                .stream().findFirst();
    }
}
