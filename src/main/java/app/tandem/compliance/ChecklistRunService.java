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
import app.tandem.compliance.domain.ChecklistTemplateRepository;
import app.tandem.compliance.domain.ComplianceListQueries;
import app.tandem.compliance.domain.Evidence;
import app.tandem.compliance.domain.RunAnswer;
import app.tandem.compliance.domain.RunAnswerRepository;
import app.tandem.compliance.domain.RunEvent;
import app.tandem.compliance.domain.RunEventRepository;
import app.tandem.compliance.domain.RunRevisions;
import app.tandem.compliance.domain.TemplateItem;
import app.tandem.compliance.domain.TemplateItemRepository;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checklist runs: reading them (scope of {@link ComplianceAccess}), their reports, filling them in one answer at a
 * time, and submitting. Evidence is {@link RunEvidenceService}'s; the sign-off that locks a run, reopening and
 * approving a missed run are {@link RunSignOffService}'s.
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
    /** The run register's columns: message keys of their titles. */
    private static final List<String> RUN_COLUMNS = List.of("compliance.export.run-number",
            "compliance.field.template", "compliance.field.team", "compliance.field.assignee",
            "compliance.field.status", "compliance.export.opens", "compliance.field.due", "compliance.export.submitted",
            "compliance.field.score", "compliance.export.critical-failed", "compliance.flag.overdue",
            "compliance.flag.late");

    private final ChecklistRunRepository runs;
    private final RunAnswerRepository answers;
    private final RunEventRepository events;
    private final ChecklistTemplateRepository templates;
    private final TemplateItemRepository items;
    private final RunRecords records;
    private final ComplianceAccess access;
    private final FindingRecorder findingRecorder;
    private final RunRevisions revisions;
    private final Clock clock;
    private final TandemI18NProvider i18n;
    private final ExportSpool spool;
    private final ComplianceListQueries listQueries;

    ChecklistRunService(ChecklistRunRepository runs, RunAnswerRepository answers, RunEventRepository events,
            ChecklistTemplateRepository templates, TemplateItemRepository items, RunRecords records,
            ComplianceAccess access, FindingRecorder findingRecorder, RunRevisions revisions, Clock clock,
            TandemI18NProvider i18n, ExportSpool spool, ComplianceListQueries listQueries) {
        this.listQueries = listQueries;
        this.runs = runs;
        this.answers = answers;
        this.events = events;
        this.templates = templates;
        this.items = items;
        this.records = records;
        this.access = access;
        this.findingRecorder = findingRecorder;
        this.revisions = revisions;
        this.clock = clock;
        this.i18n = i18n;
        this.spool = spool;
    }

    // --- reading ------------------------------------------------------------------------------------

    /** My checklists: the runs assigned to me that I can fill, opened or opening within a week, soonest due first. */
    public List<RunListItem> myRuns() {
        LocalDate today = records.today();
        return runs.findFillableOf(access.me(), RunRecords.FILLABLE, today.plusDays(MY_RUNS_AHEAD_DAYS),
                PageRequest.of(0, MY_RUNS_LIMIT)).stream().map(r -> r.withFlags(today, clock.getZone())).toList();
    }

    /** A page of the runs this user may read, filtered and sorted in SQL (one SELECT: no transaction of its own). */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Slice<RunListItem> list(RunFilter filter, Pageable pageable) {
        return search(access.readScope(), filter, records.today(), pageable);
    }

    /** How many runs the list shows for the filter (same scope and filters as {@link #list}). */
    public long count(RunFilter filter) {
        ReadScope scope = access.readScope();
        return runs.countMatching(scope.all(), scope.userId(), scope.teamReader(), scope.teamId(), filter.status(),
                filter.templateId(), filter.teamId(), filter.assigneeId(), filter.dueFrom(), filter.dueTo(),
                filter.overdueOnly(), RunRecords.FILLABLE, records.today());
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
            LocalDate today = records.today();
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
        return listQueries.runs(scope.all(), scope.userId(), scope.teamReader(), scope.teamId(), filter, RunRecords.FILLABLE,
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
            RunView run = records.view(records.readable(runId));
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
        records.readable(runId);
        RunEvent signOff = events.findById(signOffEventId)
                .filter(e -> e.getRunId() == runId && e.getKind() == RunEventKind.SIGNED_OFF)
                .orElseThrow(ComplianceAccess::notFound);
        RunRevisions.Snapshot signed = revisions.asSignedOff(runId, signOffEventId)
                .orElseThrow(ComplianceAccess::notFound);
        return new SignedRun(signOffEventId, signOff.getHappenedAt(), signOff.getActorName(),
                records.view(signed.run(), signed.answers(), signed.evidence(), false));
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
        return records.view(records.readable(runId));
    }

    /** What keeps the run from being submitted, in the order of the checklist. */
    public List<MissingItem> missing(long runId) {
        return RunRecords.missingOf(records.view(records.readable(runId)));
    }

    public List<RunEventRow> history(long runId) {
        records.readable(runId);
        return events.findByRunIdOrderByHappenedAtDescIdDesc(runId).stream()
                .map(e -> new RunEventRow(e.getId(), e.getKind(), e.getText(), e.getActorName(), e.getHappenedAt(),
                        e.isSuperseded()))
                .toList();
    }

    // --- filling ------------------------------------------------------------------------------------

    /** Starts the run (the first answer does so too); a run not yet started takes the newest published version. */
    @Transactional
    public RunView start(long runId) {
        return records.view(records.fillable(runId));
    }

    /** Saves one answer at once; a blank answer clears it. Returns the item as it now stands. */
    @Transactional
    public RunView.Item answer(long runId, long itemId, @Nullable String value) {
        ChecklistRun run = records.fillable(runId);
        TemplateItem item = records.itemOf(run, itemId);
        ItemRule rule = item.rule();
        String canonical = ChecklistRules.normalise(rule, value);
        RunAnswer answer = records.answerOf(run, itemId);
        answer.answer(canonical, ChecklistRules.evaluate(rule, canonical), access.me(), clock.instant());
        answers.saveAndFlush(answer);
        return records.itemView(run, item);
    }

    @Transactional
    public RunView.Item note(long runId, long itemId, @Nullable String note) {
        ChecklistRun run = records.fillable(runId);
        TemplateItem item = records.itemOf(run, itemId);
        RunAnswer answer = records.answerOf(run, itemId);
        answer.setNote(ChecklistTemplateService.limited(note, ChecklistRules.MAX_TEXT), access.me(), clock.instant());
        answers.saveAndFlush(answer);
        return records.itemView(run, item);
    }

    /** Confirms an answer copied from the last run as it is. */
    @Transactional
    public RunView.Item confirm(long runId, long itemId) {
        ChecklistRun run = records.fillable(runId);
        TemplateItem item = records.itemOf(run, itemId);
        answers.findByRunIdAndItemId(runId, itemId).ifPresent(a -> {
            a.confirm(access.me(), clock.instant());
            answers.saveAndFlush(a);
        });
        return records.itemView(run, item);
    }

    /**
     * Start from the last run: copies the answers and notes of the schedule's newest submitted run before this one
     * onto the items that ask the same (same prompt and response type), each marked for re-confirmation. Only
     * before anything is answered. Returns how many answers were copied.
     */
    @Transactional
    public int startFromLast(long runId) {
        ChecklistRun run = records.fillable(runId);
        if (answers.countByRunId(runId) > 0) {
            throw new DomainException("compliance.run.copy-after-answers");
        }
        ChecklistRun previous = records.previousDone(run).orElseThrow(
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
        records.log(run, RunEventKind.COPIED_FROM_LAST, Integer.toString(copied));
        return copied;
    }

    private static String matchKey(TemplateItem item) {
        return item.getResponseType() + "|" + item.getPrompt().trim().toLowerCase(java.util.Locale.ROOT);
    }

    // --- submitting ---------------------------------------------------------

    /**
     * Submits the run when every required item is answered and every rule met (notes, evidence, re-confirmation);
     * otherwise nothing changes and the outcome lists what is missing. Stores the score, and records findings
     * (see {@link FindingRecorder}).
     */
    @Transactional
    public SubmitOutcome submit(long runId) {
        ChecklistRun run = records.fillable(runId);
        RunView view = records.view(run);
        List<MissingItem> missing = RunRecords.missingOf(view);
        if (!missing.isEmpty()) {
            return new SubmitOutcome(false, missing);
        }
        Score score = Score.of(view.items().map(i -> new Score.Entry(i.item().rule().weight(),
                i.item().rule().critical(), i.result())).toList());
        run.setScore(score.percent(), score.criticalFailed());
        run.setSubmitted(clock.instant(), access.me());
        run.setStatus(RunStatus.SUBMITTED);
        runs.saveAndFlush(run);
        records.log(run, RunEventKind.SUBMITTED, score.percent() == null ? null : score.percent() + " %");
        findingRecorder.recordSubmitted(run, view);
        return new SubmitOutcome(true, List.of());
    }
}
