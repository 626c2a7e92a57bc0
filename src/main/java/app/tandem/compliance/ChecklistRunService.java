package app.tandem.compliance;

import app.tandem.base.DomainException;
import app.tandem.base.Paging;
import app.tandem.base.db.ListQuery;
import app.tandem.base.io.ExportSpool;
import app.tandem.base.io.TabularFormat;
import app.tandem.base.ui.TandemI18NProvider;
import app.tandem.compliance.ComplianceAccess.ReadScope;
import app.tandem.compliance.domain.ChecklistRun;
import app.tandem.compliance.domain.ChecklistRunRepository;
import app.tandem.compliance.domain.ChecklistTemplate;
import app.tandem.compliance.domain.ChecklistTemplateRepository;
import app.tandem.compliance.domain.ComplianceListQueries;
import app.tandem.compliance.domain.Evidence;
import app.tandem.compliance.domain.EvidenceFiles;
import app.tandem.compliance.domain.EvidenceRepository;
import app.tandem.compliance.domain.RunAnswer;
import app.tandem.compliance.domain.RunAnswerRepository;
import app.tandem.compliance.domain.RunEvent;
import app.tandem.compliance.domain.RunEventRepository;
import app.tandem.compliance.domain.RunRevisions;
import app.tandem.compliance.domain.TemplateItem;
import app.tandem.compliance.domain.TemplateItemRepository;
import app.tandem.compliance.domain.TemplateSectionRepository;
import app.tandem.compliance.domain.TemplateVersion;
import app.tandem.compliance.domain.TemplateVersionRepository;
import app.tandem.org.UserService;
import app.tandem.security.Roles;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checklist runs: reading them (scope of {@link ComplianceAccess}), filling them in one answer at a time,
 * evidence, submitting, the four-eyes sign-off that locks a run, reopening, and approving a missed run.
 *
 * <p>Only the assignee fills a run, and only while it is OPEN or IN_PROGRESS and has opened: the first answer
 * starts it. Once submitted nothing changes unless an administrator reopens a signed-off run.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ChecklistRunService {

    static final int MY_RUNS_LIMIT = 100;
    static final int MY_RUNS_AHEAD_DAYS = 7;
    private static final Set<RunStatus> FILLABLE = EnumSet.of(RunStatus.OPEN, RunStatus.IN_PROGRESS);
    private static final Set<RunStatus> DONE = EnumSet.of(RunStatus.SUBMITTED, RunStatus.SIGNED_OFF);
    /** The run register's columns: message keys of their titles. */
    private static final List<String> RUN_COLUMNS = List.of("compliance.export.run-number",
            "compliance.field.template", "compliance.field.team", "compliance.field.assignee",
            "compliance.field.status", "compliance.export.opens", "compliance.field.due", "compliance.export.submitted",
            "compliance.field.score", "compliance.export.critical-failed", "compliance.flag.overdue",
            "compliance.flag.late");

    private final ChecklistRunRepository runs;
    private final RunAnswerRepository answers;
    private final EvidenceRepository evidence;
    private final EvidenceFiles files;
    private final RunEventRepository events;
    private final TemplateVersionRepository versions;
    private final ChecklistTemplateRepository templates;
    private final TemplateSectionRepository sections;
    private final TemplateItemRepository items;
    private final ComplianceAccess access;
    private final UserService userService;
    private final FindingRecorder findingRecorder;
    private final RunRevisions revisions;
    private final Clock clock;
    private final TandemI18NProvider i18n;
    private final ApplicationEventPublisher publisher;

    private final ExportSpool spool;
    private final ComplianceListQueries listQueries;

    ChecklistRunService(ChecklistRunRepository runs, RunAnswerRepository answers, EvidenceRepository evidence,
            EvidenceFiles files, RunEventRepository events, TemplateVersionRepository versions,
            ChecklistTemplateRepository templates, TemplateSectionRepository sections, TemplateItemRepository items,
            ComplianceAccess access, UserService userService, FindingRecorder findingRecorder, RunRevisions revisions,
            Clock clock, TandemI18NProvider i18n, ApplicationEventPublisher publisher, ExportSpool spool,
            ComplianceListQueries listQueries) {
        this.listQueries = listQueries;
        this.revisions = revisions;
        this.spool = spool;
        this.publisher = publisher;
        this.runs = runs;
        this.answers = answers;
        this.evidence = evidence;
        this.files = files;
        this.events = events;
        this.versions = versions;
        this.templates = templates;
        this.sections = sections;
        this.items = items;
        this.access = access;
        this.userService = userService;
        this.findingRecorder = findingRecorder;
        this.clock = clock;
        this.i18n = i18n;
    }

    // --- reading ------------------------------------------------------------------------------------

    /** My checklists: the runs assigned to me that I can fill, opened or opening within a week, soonest due first. */
    public List<RunListItem> myRuns() {
        LocalDate today = today();
        return runs.findFillableOf(access.me(), FILLABLE, today.plusDays(MY_RUNS_AHEAD_DAYS),
                PageRequest.of(0, MY_RUNS_LIMIT)).stream().map(r -> r.withFlags(today, clock.getZone())).toList();
    }

    /** A page of the runs this user may read, filtered and sorted in SQL (one SELECT: no transaction of its own). */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Slice<RunListItem> list(RunFilter filter, Pageable pageable) {
        return search(access.readScope(), filter, today(), pageable);
    }

    /** How many runs the list shows for the filter (same scope and filters as {@link #list}). */
    public long count(RunFilter filter) {
        ReadScope scope = access.readScope();
        return runs.countMatching(scope.all(), scope.userId(), scope.teamReader(), scope.teamId(), filter.status(),
                filter.templateId(), filter.teamId(), filter.assigneeId(), filter.dueFrom(), filter.dueTo(),
                filter.overdueOnly(), FILLABLE, today());
    }

    /**
     * The run register: every run of the filter that this user may read (not only a page), in the grid's sort
     * (due date, newest first, when it has none), written as CSV or XLSX page by page as it is read. Dates are
     * dates and scores numbers in XLSX.
     *
     * @param text translates a message key into the user's language (the column titles and statuses)
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void export(RunFilter filter, Sort sort, TabularFormat format, OutputStream target, ZoneId zone,
            Locale locale, Function<String, String> text) throws IOException {
        // the file is written in a read-only transaction, then sent without holding a connection
        spool.export(target, out -> {
            ReadScope scope = access.readScope();
            LocalDate today = today();
            ComplianceExport.write(page -> search(scope, filter, today,
                    PageRequest.of(page, ComplianceExport.PAGE_SIZE, sort)), RUN_COLUMNS,
                    r -> Arrays.asList(r.id(), r.template(), r.team(), r.assignee(),
                            text.apply("compliance.status." + r.status().name()), r.opensOn(), r.dueOn(),
                            r.submittedAt(), r.score(), ComplianceExport.flag(r.criticalFailed(), text),
                            ComplianceExport.flag(r.overdue(), text), ComplianceExport.flag(r.completedLate(), text)),
                    format, out, zone, locale, text);
        });
    }

    private Slice<RunListItem> search(ReadScope scope, RunFilter filter, LocalDate today, Pageable pageable) {
        return listQueries.runs(scope.all(), scope.userId(), scope.teamReader(), scope.teamId(), filter, FILLABLE,
                today, Paging.withStableSort(pageable, Sort.by(Sort.Direction.DESC, "dueOn"), "id"),
                ListQuery.Mode.DEFERRED).map(r -> r.withFlags(today, clock.getZone()));
    }

    /**
     * The run as a PDF report: header (checklist and version, team, assignee, dates, status, score and result),
     * every section's items with answer, result, note and evidence, and the sign-offs (superseded ones marked).
     * Only a run this user may read; "not found" otherwise.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void writePdf(long runId, OutputStream target, ZoneId zone, Locale locale) throws IOException {
        // the file is written in a read-only transaction, then sent without holding a connection
        spool.export(target, out -> {
            RunView run = view(readable(runId));
            List<RunEventRow> signOffs = events.findByRunIdOrderByHappenedAtDescIdDesc(runId).stream()
                    .filter(e -> e.getKind() == RunEventKind.SIGNED_OFF)
                    .map(e -> new RunEventRow(e.getId(), e.getKind(), e.getText(), e.getActorName(), e.getHappenedAt(),
                            e.isSuperseded()))
                    .toList();
            new RunPdf(run, signOffs, zone, locale, (key, args) -> i18n.getTranslation(key, locale, args)).write(out);
        });
    }

    /**
     * The run as one of its sign-offs signed it (also after a reopen): answers, notes and evidence as they were then,
     * with who signed and when. "Not found" when the run is not readable or that sign-off is not in its history.
     */
    public SignedRun signedVersion(long runId, long signOffEventId) {
        readable(runId);
        RunEvent signOff = events.findById(signOffEventId)
                .filter(e -> e.getRunId() == runId && e.getKind() == RunEventKind.SIGNED_OFF)
                .orElseThrow(ComplianceAccess::notFound);
        RunRevisions.Snapshot signed = revisions.asSignedOff(runId, signOffEventId)
                .orElseThrow(ComplianceAccess::notFound);
        return new SignedRun(signOffEventId, signOff.getHappenedAt(), signOff.getActorName(),
                view(signed.run(), signed.answers(), signed.evidence(), false));
    }

    /** The PDF report of the run as that sign-off signed it (see {@link #signedVersion}). */
    public void writeSignedPdf(long runId, long signOffEventId, OutputStream out, ZoneId zone, Locale locale)
            throws IOException {
        SignedRun signed = signedVersion(runId, signOffEventId);
        List<RunEventRow> signOff = List.of(new RunEventRow(signOffEventId, RunEventKind.SIGNED_OFF, null,
                signed.signedBy(), signed.signedAt(), false));
        new RunPdf(signed.run(), signOff, zone, locale, (key, args) -> i18n.getTranslation(key, locale, args))
                .write(out);
    }

    /** All templates by name, for the runs filter (a short list). */
    public List<TemplateRef> templateChoices() {
        return templates.findAll(Sort.by("name", "id")).stream().map(t -> new TemplateRef(t.getId(), t.getName()))
                .toList();
    }

    public RunView load(long runId) {
        return view(readable(runId));
    }

    /** What keeps the run from being submitted, in the order of the checklist. */
    public List<MissingItem> missing(long runId) {
        return missingOf(view(readable(runId)));
    }

    public List<RunEventRow> history(long runId) {
        readable(runId);
        return events.findByRunIdOrderByHappenedAtDescIdDesc(runId).stream()
                .map(e -> new RunEventRow(e.getId(), e.getKind(), e.getText(), e.getActorName(), e.getHappenedAt(),
                        e.isSuperseded()))
                .toList();
    }

    /** The evidence's metadata, e.g. to name a download. */
    public EvidenceRow evidenceInfo(long evidenceId) {
        Evidence e = evidence.findById(evidenceId).orElseThrow(ComplianceAccess::notFound);
        readable(e.getRunId());
        return toRow(e, today());
    }

    /** Streams the evidence's file to the output without loading it whole into memory. */
    public void writeEvidence(long evidenceId, OutputStream out) {
        Evidence e = evidence.findById(evidenceId).orElseThrow(ComplianceAccess::notFound);
        readable(e.getRunId());
        if (!files.copyTo(evidenceId, out)) {
            throw ComplianceAccess.notFound();
        }
    }

    // --- filling ------------------------------------------------------------------------------------

    /** Starts the run (the first answer does so too); a run not yet started takes the newest published version. */
    @Transactional
    public RunView start(long runId) {
        return view(fillable(runId));
    }

    /** Saves one answer at once; a blank answer clears it. Returns the item as it now stands. */
    @Transactional
    public RunView.Item answer(long runId, long itemId, @Nullable String value) {
        ChecklistRun run = fillable(runId);
        TemplateItem item = itemOf(run, itemId);
        ItemRule rule = item.rule();
        String canonical = ChecklistRules.normalise(rule, value);
        RunAnswer answer = answerOf(run, itemId);
        answer.answer(canonical, ChecklistRules.evaluate(rule, canonical), access.me(), clock.instant());
        answers.saveAndFlush(answer);
        return itemView(run, item);
    }

    @Transactional
    public RunView.Item note(long runId, long itemId, @Nullable String note) {
        ChecklistRun run = fillable(runId);
        TemplateItem item = itemOf(run, itemId);
        RunAnswer answer = answerOf(run, itemId);
        answer.setNote(ChecklistTemplateService.limited(note, ChecklistRules.MAX_TEXT), access.me(), clock.instant());
        answers.saveAndFlush(answer);
        return itemView(run, item);
    }

    /** Confirms an answer copied from the last run as it is. */
    @Transactional
    public RunView.Item confirm(long runId, long itemId) {
        ChecklistRun run = fillable(runId);
        TemplateItem item = itemOf(run, itemId);
        answers.findByRunIdAndItemId(runId, itemId).ifPresent(a -> {
            a.confirm(access.me(), clock.instant());
            answers.saveAndFlush(a);
        });
        return itemView(run, item);
    }

    /**
     * Start from the last run: copies the answers and notes of the schedule's newest submitted run before this one
     * onto the items that ask the same (same prompt and response type), each marked for re-confirmation. Only
     * before anything is answered. Returns how many answers were copied.
     */
    @Transactional
    public int startFromLast(long runId) {
        ChecklistRun run = fillable(runId);
        if (answers.countByRunId(runId) > 0) {
            throw new DomainException("compliance.run.copy-after-answers");
        }
        ChecklistRun previous = previousDone(run).orElseThrow(
                () -> new DomainException("compliance.run.no-previous"));
        Map<String, TemplateItem> current = new HashMap<>();
        for (TemplateItem item : items.findByTemplateVersionIdOrderByPositionAscIdAsc(run.getTemplateVersionId())) {
            current.putIfAbsent(matchKey(item), item);
        }
        Map<Long, TemplateItem> previousItems = items.findByTemplateVersionIdOrderByPositionAscIdAsc(
                previous.getTemplateVersionId()).stream().collect(Collectors.toMap(TemplateItem::getId,
                        Function.identity()));
        int copied = 0;
        for (RunAnswer old : answers.findByRunId(previous.getId())) {
            TemplateItem oldItem = previousItems.get(old.getItemId());
            TemplateItem target = oldItem == null ? null : current.get(matchKey(oldItem));
            if (target != null && old.getValue() != null) {
                RunAnswer copy = new RunAnswer(runId, target.getId());
                copy.copyFrom(old, access.me(), clock.instant());
                answers.save(copy);
                copied++;
            }
        }
        answers.flush();
        log(run, RunEventKind.COPIED_FROM_LAST, Integer.toString(copied));
        return copied;
    }

    private static String matchKey(TemplateItem item) {
        return item.getResponseType() + "|" + item.getPrompt().trim().toLowerCase(java.util.Locale.ROOT);
    }

    private Optional<ChecklistRun> previousDone(ChecklistRun run) {
        if (run.getScheduleId() == null) {
            return Optional.empty();
        }
        return runs.findPreviousDone(run.getScheduleId(), run.getOccurrenceDate(), DONE, PageRequest.of(0, 1))
                .stream().findFirst();
    }

    // --- evidence -----------------------------------------------------------------------------------

    /**
     * Attaches a file as evidence to an item: an image (PNG, JPEG, GIF, WebP) or a PDF as its content shows, of at
     * most 10 MB, with the date it is effective from and an optional expiry date.
     */
    @Transactional
    public EvidenceRow addEvidence(long runId, long itemId, String fileName, byte[] content,
            @Nullable LocalDate effectiveDate, @Nullable LocalDate expiryDate) {
        ChecklistRun run = fillable(runId);
        itemOf(run, itemId);
        if (content.length == 0) {
            throw new DomainException("compliance.evidence.empty");
        }
        if (content.length > EvidenceType.MAX_BYTES) {
            throw new DomainException("compliance.evidence.too-large", EvidenceType.MAX_BYTES / (1024 * 1024));
        }
        EvidenceType type = EvidenceType.sniff(content).orElseThrow(
                () -> new DomainException("compliance.evidence.type-not-allowed"));
        if (effectiveDate == null) {
            throw new DomainException("compliance.evidence.effective-required");
        }
        if (expiryDate != null && expiryDate.isBefore(effectiveDate)) {
            throw new DomainException("compliance.evidence.expiry-before-effective");
        }
        String name = cleanFileName(fileName);
        Evidence saved = evidence.saveAndFlush(new Evidence(runId, itemId, name, type.contentType(), content.length,
                effectiveDate, expiryDate, access.myName(), clock.instant()));
        files.store(saved.getId(), content);
        return toRow(saved, today());
    }

    /** Removes evidence; from a run ever signed off it is only marked removed, so the signed version still shows it. */
    @Transactional
    public void removeEvidence(long runId, long evidenceId) {
        fillable(runId);
        Evidence e = evidence.findById(evidenceId).filter(x -> x.getRunId() == runId && !x.isRemoved())
                .orElseThrow(ComplianceAccess::notFound);
        if (events.existsByRunIdAndKind(runId, RunEventKind.SIGNED_OFF)) {
            e.markRemoved(access.myName(), clock.instant());
            evidence.saveAndFlush(e);
            return;
        }
        files.delete(evidenceId);
        evidence.delete(e);
        evidence.flush();
    }

    static String cleanFileName(@Nullable String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.isEmpty()) {
            name = "evidence";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    // --- submitting, signing off, reopening ---------------------------------------------------------

    /**
     * Submits the run when every required item is answered and every rule met (notes, evidence, re-confirmation);
     * otherwise nothing changes and the outcome lists what is missing. Stores the score, and records findings
     * (see {@link FindingRecorder}).
     */
    @Transactional
    public SubmitOutcome submit(long runId) {
        ChecklistRun run = fillable(runId);
        RunView view = view(run);
        List<MissingItem> missing = missingOf(view);
        if (!missing.isEmpty()) {
            return new SubmitOutcome(false, missing);
        }
        Score score = Score.of(view.items().map(i -> new Score.Entry(i.item().rule().weight(),
                i.item().rule().critical(), i.result())).toList());
        run.setScore(score.percent(), score.criticalFailed());
        run.setSubmitted(clock.instant(), access.me());
        run.setStatus(RunStatus.SUBMITTED);
        runs.saveAndFlush(run);
        log(run, RunEventKind.SUBMITTED, score.percent() == null ? null : score.percent() + " %");
        findingRecorder.recordSubmitted(run, view);
        return new SubmitOutcome(true, List.of());
    }

    /**
     * A compliance officer (or administrator) signs off a submitted run: never one they filled in themselves (four
     * eyes), and only as they saw it: {@code seenVersion} is the run's version on the reviewer's page, and a run
     * changed since (e.g. reopened and submitted again) is a conflict. The run is locked from then on.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COMPLIANCE_OFFICER + "')")
    public RunView signOff(long runId, long seenVersion) {
        ChecklistRun run = readable(runId);
        requireNotLocked(run);
        if (run.getVersion() != seenVersion) {
            throw new OptimisticLockingFailureException("Run changed since the reviewer opened it");
        }
        if (run.getStatus() != RunStatus.SUBMITTED) {
            throw new DomainException("compliance.signoff.not-submitted");
        }
        long me = access.me();
        if (run.getAssigneeId() == me || Objects.equals(run.getSubmittedById(), me)
                || runs.answeredBy(runId).contains(me)) {
            throw new DomainException("compliance.signoff.four-eyes");
        }
        run.setStatus(RunStatus.SIGNED_OFF);
        runs.saveAndFlush(run);
        log(run, RunEventKind.SIGNED_OFF, null);
        RunView signed = view(run);
        Set<Long> filledBy = new java.util.HashSet<>(runs.answeredBy(runId));
        filledBy.add(run.getAssigneeId());
        if (run.getSubmittedById() != null) {
            filledBy.add(run.getSubmittedById());
        }
        filledBy.remove(me);
        publisher.publishEvent(new RunSignedOff(runId, signed.template() + " · " + run.getOccurrenceDate(),
                Set.copyOf(filledBy), me));
        return signed;
    }

    /**
     * An administrator reopens a signed-off run with a written reason: the sign-off stays in the history marked as
     * superseded, the assignee can correct it, and it needs a new submit and sign-off.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public RunView reopen(long runId, @Nullable String reason) {
        ChecklistRun run = readable(runId);
        if (run.getStatus() != RunStatus.SIGNED_OFF) {
            throw new DomainException("compliance.reopen.not-signed-off");
        }
        String why = ChecklistTemplateService.required(reason, "compliance.reopen.reason-required", 1000);
        events.findByRunIdAndKindAndSupersededFalse(runId, RunEventKind.SIGNED_OFF).forEach(RunEvent::supersede);
        run.setStatus(RunStatus.IN_PROGRESS);
        run.setScore(null, null);
        run.setSubmitted(null, null);
        runs.saveAndFlush(run);
        log(run, RunEventKind.REOPENED, why);
        return view(run);
    }

    /** A compliance officer closes a missed run with a reason ("approved miss"). */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COMPLIANCE_OFFICER + "')")
    public RunView approveMiss(long runId, @Nullable String reason) {
        ChecklistRun run = readable(runId);
        if (run.getStatus() != RunStatus.MISSED || run.getMissApprovedAt() != null) {
            throw new DomainException("compliance.miss.not-missed");
        }
        String why = ChecklistTemplateService.required(reason, "compliance.miss.reason-required", 1000);
        run.approveMiss(why, access.myName(), clock.instant());
        runs.saveAndFlush(run);
        log(run, RunEventKind.MISS_APPROVED, why);
        return view(run);
    }

    // --- helpers ------------------------------------------------------------------------------------

    private ChecklistRun readable(long runId) {
        ReadScope scope = access.readScope();
        return runs.findReadable(runId, scope.all(), scope.userId(), scope.teamReader(), scope.teamId())
                .orElseThrow(ComplianceAccess::notFound);
    }

    private static void requireNotLocked(ChecklistRun run) {
        if (run.getStatus() == RunStatus.SIGNED_OFF) {
            throw new DomainException("compliance.run.locked");
        }
    }

    /** The run, if this user may fill it now; starts it on the first change. */
    private ChecklistRun fillable(long runId) {
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

    private TemplateItem itemOf(ChecklistRun run, long itemId) {
        return items.findById(itemId).filter(i -> i.getTemplateVersionId() == run.getTemplateVersionId())
                .orElseThrow(ComplianceAccess::notFound);
    }

    private RunAnswer answerOf(ChecklistRun run, long itemId) {
        return answers.findByRunIdAndItemId(run.getId(), itemId).orElseGet(() -> new RunAnswer(run.getId(), itemId));
    }

    private void log(ChecklistRun run, RunEventKind kind, @Nullable String text) {
        events.save(new RunEvent(run.getId(), kind, text, access.me(), access.myName(), clock.instant()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static List<MissingItem> missingOf(RunView view) {
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

    private RunView.Item itemView(ChecklistRun run, TemplateItem item) {
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

    private RunView view(ChecklistRun run) {
        return view(run, answers.findByRunId(run.getId()),
                evidence.findByRunIdAndRemovedAtIsNullOrderByUploadedAtAscIdAsc(run.getId()), true);
    }

    /** The run with these answers and evidence; without {@code live} rights (a signed version) nobody may act. */
    private RunView view(ChecklistRun run, List<RunAnswer> runAnswers, List<Evidence> runEvidence, boolean live) {
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

    private static EvidenceRow toRow(Evidence e, LocalDate today) {
        return new EvidenceRow(e.getId(), e.getItemId(), e.getFileName(), e.getContentType(), e.getSizeBytes(),
                e.getEffectiveDate(), e.getExpiryDate(), e.isExpired(today), e.getUploadedBy(), e.getUploadedAt());
    }
}
