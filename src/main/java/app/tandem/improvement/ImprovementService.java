package app.tandem.improvement;

import app.tandem.base.DomainException;
import app.tandem.base.EntityHistory;
import app.tandem.base.HistoryEntry;
import app.tandem.base.Paging;
import app.tandem.base.Translatable;
import app.tandem.base.db.ListQuery;
import app.tandem.improvement.ImprovementAccess.ReadScope;
import app.tandem.improvement.domain.AreaRepository;
import app.tandem.improvement.domain.Impact;
import app.tandem.improvement.domain.ImpactRepository;
import app.tandem.improvement.domain.ImprovementAction;
import app.tandem.improvement.domain.ImprovementActionRepository;
import app.tandem.improvement.domain.ImprovementItem;
import app.tandem.improvement.domain.ImprovementItemRepository;
import app.tandem.improvement.domain.ItemListQuery;
import app.tandem.improvement.domain.LogEntry;
import app.tandem.improvement.domain.LogEntryRepository;
import app.tandem.org.TeamRef;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Improvement items: submit and edit them, move them through the PDCA lifecycle ({@link ItemStatus}), their
 * A3 sections, implementation plan, impacts and log, and the search for similar items.
 *
 * <p><b>For other features</b> (e.g. compliance): {@link #openCorrectiveAction(CorrectiveActionRequest)} opens a
 * CORRECTIVE_ACTION item, SUBMITTED, with a link to the record it was raised from (origin type, id and label)
 * and returns the new item's id; the caller needs to be logged in, becomes its submitter, and may name any
 * active user as owner.
 *
 * <p>Scope and rights are those of {@link ImprovementAccess}; an item the user may not read is "not found".
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ImprovementService {

    static final int SIMILAR_LIMIT = 5;

    private final ImprovementItemRepository items;
    private final ImpactRepository impacts;
    private final ImprovementActionRepository actions;
    private final LogEntryRepository log;
    private final AreaRepository areas;
    private final ImprovementAccess access;
    private final UserService userService;
    private final EntityHistory entityHistory;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ItemListQuery listQuery;

    ImprovementService(ImprovementItemRepository items, ImpactRepository impacts,
            ImprovementActionRepository actions, LogEntryRepository log, AreaRepository areas,
            ImprovementAccess access, UserService userService, EntityHistory entityHistory, Clock clock,
            ApplicationEventPublisher events, ItemListQuery listQuery) {
        this.listQuery = listQuery;
        this.events = events;
        this.items = items;
        this.impacts = impacts;
        this.actions = actions;
        this.log = log;
        this.areas = areas;
        this.access = access;
        this.userService = userService;
        this.entityHistory = entityHistory;
        this.clock = clock;
    }

    // --- reading ------------------------------------------------------------------------------------

    /** A page of the items this user may read, filtered and sorted in SQL; overdue from the clock. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Slice<ItemListItem> list(ItemFilter filter, Pageable pageable) {
        ReadScope scope = access.readScope();
        LocalDate today = today();
        // one SELECT (a deferred join): SUPPORTS runs it in auto-commit unless a caller has a transaction
        return listQuery.page(scope.all(), scope.userId(), scope.teamId(), like(filter.text()), filter, today,
                clock.getZone(), Paging.withStableSort(pageable, Sort.by(Sort.Direction.DESC, "createdAt"), "id"),
                ListQuery.Mode.DEFERRED).map(row -> row.withOverdue(today));
    }

    /** How many items the list shows for the filter (same scope and filters as {@link #list}). */
    public long count(ItemFilter filter) {
        ReadScope scope = access.readScope();
        ZoneId zone = clock.getZone();
        Instant from = filter.from() == null ? null : filter.from().atStartOfDay(zone).toInstant();
        Instant to = filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(zone).toInstant();
        return items.countMatching(scope.all(), scope.userId(), scope.teamId(), like(filter.text()), filter.status(),
                filter.kind(), filter.teamId(), filter.areaId(), filter.ownerId(), filter.overdueOnly(), today(),
                ItemStatus.closed(), from, to);
    }

    /**
     * The cards of one board column: the readable items in that status after the filters, soonest due first,
     * at most {@code limit} (a slice: {@code hasNext} says there are more).
     */
    public Slice<ItemListItem> cards(ItemStatus status, ItemFilter filter, int limit) {
        ItemFilter column = new ItemFilter(filter.text(), status, filter.kind(), filter.teamId(), filter.areaId(),
                filter.ownerId(), filter.overdueOnly(), filter.from(), filter.to());
        return list(column, PageRequest.of(0, limit, Sort.by("dueDate", "id")));
    }

    public ItemData load(long id) {
        return toData(readable(id));
    }

    public ItemRights rights(long id) {
        ImprovementItem item = readable(id);
        return new ItemRights(access.mayEditContent(item), access.mayEditImpacts(item),
                item.getStatus() == ItemStatus.COMPLETED, access.movesOf(item));
    }

    /** All teams, for pickers and filters (a short list). */
    public List<TeamRef> teams() {
        return items.teams();
    }

    /** Active managers and administrators: the people who may be named approver. */
    public List<UserRef> approvers() {
        return items.approvers();
    }

    /**
     * Readable items whose title or problem statement share words with the text (MariaDB FULLTEXT; words of
     * fewer than 3 characters are not indexed by InnoDB and are ignored), best match first.
     */
    public List<SimilarItem> similar(@Nullable String text, @Nullable Long excludeId) {
        String terms = fulltextTerms(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        ReadScope scope = access.readScope();
        return items.findSimilar(terms, excludeId, scope.all(), scope.userId(), scope.teamId(), SIMILAR_LIMIT)
                .stream()
                .map(r -> new SimilarItem(((Number) r[0]).longValue(), (String) r[1], ItemStatus.valueOf((String) r[2])))
                .toList();
    }

    /** Every word of 3+ letters or digits as a prefix term ("pall*"), so a half-typed word already matches. */
    static String fulltextTerms(@Nullable String text) {
        if (text == null) {
            return "";
        }
        List<String> terms = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3 && terms.size() < 12) {
                terms.add(word + "*");
            }
        }
        return String.join(" ", terms);
    }

    /**
     * Field-level changes of the item and of its impact rows (Envers; an impact's change shows the row before
     * and after, including changes of locked impacts), newest first.
     */
    public List<HistoryEntry> history(long id) {
        readable(id);
        List<HistoryEntry> all = new ArrayList<>(entityHistory.of(ImprovementItem.class, id,
                ImprovementService::visibleFields));
        all.addAll(entityHistory.ofChildren(Impact.class, "itemId", id, Impact::getId,
                m -> Map.of("impact", impactSummary(m))));
        all.sort(Comparator.comparing(HistoryEntry::revision).reversed());
        return all;
    }

    /** One impact row in a line, e.g. "COST, hard, YEARLY, MONEY: target 1000.00, forecast –, actual 800.00". */
    private static String impactSummary(Impact m) {
        return m.getType().name() + (m.getDescription() == null ? "" : " (" + m.getDescription() + ")") + ", "
                + (m.isHard() ? "hard" : "soft") + ", " + m.getRecurrence().name() + ", " + m.getUnit().name()
                + ": target " + dash(m.getTarget()) + ", forecast " + dash(m.getForecast()) + ", actual "
                + dash(m.getActual());
    }

    private static String dash(@Nullable BigDecimal v) {
        return v == null ? "–" : v.toPlainString();
    }

    private static Map<String, String> visibleFields(ImprovementItem i) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", i.getKind().name());
        fields.put("title", i.getTitle());
        fields.put("problemStatement", i.getProblemStatement());
        fields.put("status", i.getStatus().name());
        fields.put("statusReason", text(i.getStatusReason()));
        fields.put("revisitDate", i.getRevisitDate() == null ? "" : i.getRevisitDate().toString());
        fields.put("priority", i.getPriority().name());
        fields.put("dueDate", i.getDueDate() == null ? "" : i.getDueDate().toString());
        fields.put("owner", Long.toString(i.getOwnerId()));
        fields.put("approver", i.getApproverId() == null ? "" : i.getApproverId().toString());
        fields.put("background", text(i.getBackground()));
        fields.put("currentState", text(i.getCurrentState()));
        fields.put("goal", text(i.getGoal()));
        fields.put("countermeasures", text(i.getCountermeasures()));
        fields.put("results", text(i.getResults()));
        fields.put("followUp", text(i.getFollowUp()));
        return fields;
    }

    // --- creating -----------------------------------------------------------------------------------

    /** Anyone logged in submits an idea: it is SUBMITTED at once, owned by the submitter, in the log. */
    @Transactional
    public long submitIdea(IdeaDraft draft) {
        ImprovementItem item = newItem(ItemKind.IDEA, draft);
        return submit(item, "");
    }

    /**
     * Anyone logged in submits an idea raised from a record of another feature (e.g. a lost deal that shows a
     * process problem): as {@link #submitIdea}, with the record as the item's origin ({@code originType} such as
     * "DEAL", its id and a label to show). The calling feature has checked that the user may read that record.
     */
    @Transactional
    public long submitIdeaFrom(IdeaDraft draft, String originType, long originId, String originLabel) {
        ImprovementItem item = newItem(ItemKind.IDEA, draft);
        item.setOrigin(required(originType, "improvement.origin.required", 40), originId,
                required(originLabel, "improvement.origin.required", 200));
        return submit(item, originLabel);
    }

    /** A draft of any kind, owned by its author, to be worked on before submitting. */
    @Transactional
    public long createDraft(ItemKind kind, IdeaDraft draft) {
        ImprovementItem item = items.saveAndFlush(newItem(kind, draft));
        log.save(LogEntry.statusChange(item.getId(), null, ItemStatus.DRAFT, null, access.me(), access.myName(),
                clock.instant()));
        return item.getId();
    }

    /** For other features: see the class comment. */
    @Transactional
    public long openCorrectiveAction(CorrectiveActionRequest request) {
        ImprovementItem item = newItem(ItemKind.CORRECTIVE_ACTION, new IdeaDraft(request.title(),
                request.problemStatement(), null, request.teamId()));
        if (!userService.isActive(request.ownerId())) {
            throw new DomainException("improvement.owner.inactive");
        }
        item.setOwnerId(request.ownerId());
        if (request.teamId() == null) {
            item.setTeamId(userService.teamIdOf(request.ownerId()).orElse(null));
        }
        item.setDueDate(request.dueDate());
        item.setPriority(Priority.HIGH);
        item.setOrigin(request.originType(), request.originId(), request.originLabel());
        long id = submit(item, request.originLabel());
        announceOwner(item);
        return id;
    }

    /**
     * For the feature that raised a corrective action (see {@link #openCorrectiveAction}): its evidence that the
     * action worked (e.g. a later checklist run with the item passing). An item IN_PROGRESS moves to CHECKING with
     * the evidence in the log; in any other status the state machine has no such step, so only the log gets it.
     * The caller names the item's origin, which must match: only the raising side can do this, whoever is logged in.
     * Returns the item's status afterwards.
     */
    @Transactional
    public ItemStatus recordEffectiveness(long itemId, String originType, long originId, String evidence) {
        ImprovementItem item = items.findById(itemId)
                .filter(i -> i.getKind() == ItemKind.CORRECTIVE_ACTION && originType.equals(i.getOriginType())
                        && Objects.equals(i.getOriginId(), originId))
                .orElseThrow(ImprovementAccess::notFound);
        String note = required(evidence, "improvement.comment.required", 1000);
        ItemStatus from = item.getStatus();
        if (from == ItemStatus.IN_PROGRESS) {
            item.moveTo(ItemStatus.CHECKING, null, null, today());
            items.saveAndFlush(item);
            log.save(LogEntry.statusChange(itemId, from, ItemStatus.CHECKING, note, access.me(), access.myName(),
                    clock.instant()));
        } else {
            log.save(LogEntry.comment(itemId, note, access.me(), access.myName(), clock.instant()));
        }
        return item.getStatus();
    }

    private ImprovementItem newItem(ItemKind kind, IdeaDraft draft) {
        String title = required(draft.title(), "improvement.title.required", 200);
        String problem = required(draft.problemStatement(), "improvement.problem.required", 10000);
        ImprovementItem item = new ImprovementItem(kind, title, problem, access.me());
        item.setAreaId(checkArea(draft.areaId()));
        item.setTeamId(draft.teamId() != null ? draft.teamId() : userService.teamIdOf(access.me()).orElse(null));
        return item;
    }

    private long submit(ImprovementItem item, String note) {
        ImprovementItem saved = items.saveAndFlush(item);
        saved.moveTo(ItemStatus.SUBMITTED, null, null, today());
        items.saveAndFlush(saved);
        log.save(LogEntry.statusChange(saved.getId(), ItemStatus.DRAFT, ItemStatus.SUBMITTED, blankToNull(note),
                access.me(), access.myName(), clock.instant()));
        askForApproval(saved);
        return saved.getId();
    }

    // --- changing -----------------------------------------------------------------------------------

    /** Changes the content (A3 sections included), owner, approver, area, team, priority and due date. */
    @Transactional
    public ItemData update(ItemData data) {
        if (data.id() == null) {
            throw new IllegalArgumentException("A new item is submitted, not updated");
        }
        ImprovementItem item = readable(data.id());
        if (!access.mayEditContent(item)) {
            throw new AccessDeniedException("Not allowed to change this item");
        }
        if (item.getVersion() != data.version()) {
            throw new OptimisticLockingFailureException("Item changed since it was loaded");
        }
        item.setKind(data.kind());
        item.setTitle(required(data.title(), "improvement.title.required", 200));
        item.setProblemStatement(required(data.problemStatement(), "improvement.problem.required", 10000));
        item.setAreaId(Objects.equals(item.getAreaId(), data.areaId()) ? data.areaId() : checkArea(data.areaId()));
        item.setTeamId(data.teamId());
        boolean reassigned = item.getOwnerId() != data.ownerId();
        if (reassigned) {
            if (!userService.isActive(data.ownerId())) {
                throw new DomainException("improvement.owner.inactive");
            }
            item.setOwnerId(data.ownerId());
        }
        if (!Objects.equals(item.getApproverId(), data.approverId())) {
            if (data.approverId() != null && !items.isApprover(data.approverId())) {
                throw new DomainException("improvement.approver.not-manager");
            }
            item.setApproverId(data.approverId());
        }
        item.setPriority(data.priority());
        item.setDueDate(data.dueDate());
        item.setBackground(optional(data.background()));
        item.setCurrentState(optional(data.currentState()));
        item.setGoal(optional(data.goal()));
        item.setWhySteps(data.whySteps());
        item.setCountermeasures(optional(data.countermeasures()));
        item.setResults(optional(data.results()));
        item.setFollowUp(optional(data.followUp()));
        ImprovementItem saved = items.saveAndFlush(item);
        if (reassigned) {
            announceOwner(saved);
        }
        return toData(saved);
    }

    /**
     * Takes a step of the lifecycle: only transitions of the state machine, by who may take them (approve,
     * reject, defer, complete: the approver or a manager); rejecting needs a reason, deferring a revisit date.
     * The step is written to the log.
     */
    @Transactional
    public ItemData moveTo(long id, ItemStatus target, @Nullable String reason, @Nullable LocalDate revisitDate) {
        ImprovementItem item = readable(id);
        ItemStatus from = item.getStatus();
        TransitionActor actor = from.actorFor(target).orElseThrow(
                () -> new DomainException("improvement.transition.not-allowed", statusText(from),
                        statusText(target)));
        if (!access.mayTake(item, actor)) {
            throw new DomainException(actor == TransitionActor.APPROVER ? "improvement.transition.approver-only"
                    : "improvement.transition.owner-only", statusText(from), statusText(target));
        }
        item.moveTo(target, reason, revisitDate, today());
        ImprovementItem saved = items.saveAndFlush(item);
        String note = target == ItemStatus.DEFERRED && revisitDate != null
                ? joinNote(reason, revisitDate.toString()) : blankToNull(reason);
        log.save(LogEntry.statusChange(id, from, target, note, access.me(), access.myName(), clock.instant()));
        if (target == ItemStatus.SUBMITTED) {
            askForApproval(saved);
        }
        return toData(saved);
    }

    private void announceOwner(ImprovementItem item) {
        if (item.getOwnerId() != access.me()) {
            events.publishEvent(new ImprovementItemAssigned(item.getId(), item.getTitle(), item.getOwnerId(),
                    access.me()));
        }
    }

    /** Its approver decides; without one, any active manager or administrator may. */
    private void askForApproval(ImprovementItem item) {
        List<Long> approvers = item.getApproverId() != null ? List.of(item.getApproverId())
                : items.approvers().stream().map(UserRef::id).toList();
        events.publishEvent(new ImprovementApprovalRequested(item.getId(), item.getTitle(), approvers, access.me()));
    }

    private static Translatable statusText(ItemStatus status) {
        return new Translatable("improvement.status." + status.name());
    }

    // --- log ----------------------------------------------------------------------------------------

    /**
     * Items (corrective actions too) not closed whose due date is between the days (both included), of every owner,
     * for the job that sends the overdue notifications; administrators only.
     */
    @PreAuthorize("hasRole('" + app.tandem.security.Roles.ADMIN + "')")
    public List<ItemDeadline> openItemsDueBetween(LocalDate from, LocalDate to) {
        return items.openDueBetween(from, to);
    }

    public List<LogItem> log(long id) {
        readable(id);
        return log.findByItemIdOrderByLoggedAtDescIdDesc(id).stream()
                .map(e -> new LogItem(e.getId(), e.getKind(), e.getFromStatus(), e.getToStatus(), e.getText(),
                        e.getAuthorName(), e.getLoggedAt()))
                .toList();
    }

    /** Anyone who may read the item comments on it. */
    @Transactional
    public void comment(long id, String text) {
        readable(id);
        String clean = required(text, "improvement.comment.required", 5000);
        log.save(LogEntry.comment(id, clean, access.me(), access.myName(), clock.instant()));
    }

    // --- impacts ------------------------------------------------------------------------------------

    public List<ImpactData> impacts(long itemId) {
        readable(itemId);
        return impacts.findByItem(itemId);
    }

    /**
     * Adds or changes an impact. Once the item is COMPLETED its impacts are locked: only the approver or a
     * manager changes them, and each such change is written to the log (and, like all changes, audited).
     */
    @Transactional
    public ImpactData saveImpact(long itemId, ImpactData data) {
        ImprovementItem item = editableImpactsOf(itemId);
        Impact impact;
        if (data.id() == null) {
            impact = new Impact(itemId);
        } else {
            impact = impacts.findById(data.id()).filter(m -> m.getItemId() == itemId)
                    .orElseThrow(ImprovementAccess::notFound);
            if (impact.getVersion() != data.version()) {
                throw new OptimisticLockingFailureException("Impact changed since it was loaded");
            }
        }
        impact.setType(data.type());
        impact.setHard(data.hard());
        impact.setRecurrence(data.recurrence());
        impact.setUnit(data.unit());
        impact.setDescription(optional(data.description()));
        impact.setTarget(checkValue(data.target()));
        impact.setForecast(checkValue(data.forecast()));
        impact.setActual(checkValue(data.actual()));
        Impact saved = impacts.saveAndFlush(impact);
        logLockedChange(item, "improvement.log.impact-changed", saved);
        return impacts.findByItem(itemId).stream().filter(m -> Objects.equals(m.id(), saved.getId())).findFirst()
                .orElseThrow();
    }

    @Transactional
    public void deleteImpact(long itemId, long impactId, long version) {
        ImprovementItem item = editableImpactsOf(itemId);
        Impact impact = impacts.findById(impactId).filter(m -> m.getItemId() == itemId)
                .orElseThrow(ImprovementAccess::notFound);
        if (impact.getVersion() != version) {
            throw new OptimisticLockingFailureException("Impact changed since it was loaded");
        }
        impacts.delete(impact);
        impacts.flush();
        logLockedChange(item, "improvement.log.impact-deleted", impact);
    }

    private ImprovementItem editableImpactsOf(long itemId) {
        ImprovementItem item = readable(itemId);
        if (!access.mayEditImpacts(item)) {
            throw new DomainException(item.getStatus() == ItemStatus.COMPLETED ? "improvement.impact.locked"
                    : "improvement.impact.not-allowed");
        }
        return item;
    }

    private void logLockedChange(ImprovementItem item, String what, Impact impact) {
        if (item.getStatus() == ItemStatus.COMPLETED) {
            log.save(LogEntry.impactChange(item.getId(), what + "|" + impact.getType().name() + "|"
                    + value(impact.getTarget()) + "|" + value(impact.getForecast()) + "|" + value(impact.getActual()),
                    access.me(), access.myName(), clock.instant()));
        }
    }

    private static String value(@Nullable BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    private static @Nullable BigDecimal checkValue(@Nullable BigDecimal value) {
        if (value != null && (value.scale() > 2 || value.precision() - value.scale() > 13)) {
            throw new DomainException("improvement.impact.value-invalid");
        }
        return value;
    }

    // --- implementation plan --------------------------------------------------------------------------

    public List<ActionRow> actions(long itemId) {
        readable(itemId);
        return actions.findByItemIdOrderByIdAsc(itemId).stream().map(ImprovementService::toRow).toList();
    }

    @Transactional
    public ActionRow saveAction(long itemId, ActionRow row) {
        ImprovementItem item = readable(itemId);
        if (!access.mayEditContent(item)) {
            throw new AccessDeniedException("Not allowed to change this item");
        }
        ImprovementAction action;
        if (row.id() == null) {
            action = new ImprovementAction(itemId);
        } else {
            action = actions.findById(row.id()).filter(a -> a.getItemId() == itemId)
                    .orElseThrow(ImprovementAccess::notFound);
            if (action.getVersion() != row.version()) {
                throw new OptimisticLockingFailureException("Action changed since it was loaded");
            }
        }
        action.setWhat(required(row.what(), "improvement.action.what-required", 500));
        if (row.ownerId() != null && !Objects.equals(row.ownerId(), action.getOwnerId())
                && !userService.isActive(row.ownerId())) {
            throw new DomainException("improvement.owner.inactive");
        }
        action.setOwnerId(row.ownerId());
        action.setDueDate(row.dueDate());
        action.setDone(row.done());
        return toRow(actions.saveAndFlush(action));
    }

    @Transactional
    public void deleteAction(long itemId, long actionId) {
        ImprovementItem item = readable(itemId);
        if (!access.mayEditContent(item)) {
            throw new AccessDeniedException("Not allowed to change this item");
        }
        ImprovementAction action = actions.findById(actionId).filter(a -> a.getItemId() == itemId)
                .orElseThrow(ImprovementAccess::notFound);
        actions.delete(action);
    }

    // --- helpers ------------------------------------------------------------------------------------

    private ImprovementItem readable(long id) {
        ReadScope scope = access.readScope();
        return items.findReadable(id, scope.all(), scope.userId(), scope.teamId())
                .orElseThrow(ImprovementAccess::notFound);
    }

    private @Nullable Long checkArea(@Nullable Long areaId) {
        if (areaId != null && areas.findById(areaId).filter(a -> a.isActive()).isEmpty()) {
            throw new DomainException("improvement.area.unknown");
        }
        return areaId;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private ItemData toData(ImprovementItem i) {
        return new ItemData(i.getId(), i.getVersion(), i.getKind(), i.getTitle(), i.getProblemStatement(),
                i.getAreaId(), i.getTeamId(), i.getSubmitterId(), i.getOwnerId(), i.getApproverId(), i.getPriority(),
                i.getDueDate(), i.getStatus(), i.getStatusReason(), i.getRevisitDate(), i.getOriginType(),
                i.getOriginId(), i.getOriginLabel(), i.getBackground(), i.getCurrentState(), i.getGoal(),
                i.getWhySteps(), i.getCountermeasures(), i.getResults(), i.getFollowUp(), i.isOverdue(today()));
    }

    private static ActionRow toRow(ImprovementAction a) {
        return new ActionRow(a.getId(), a.getVersion(), a.getWhat(), a.getOwnerId(), a.getDueDate(), a.isDone());
    }

    private static String required(@Nullable String text, String key, int max) {
        String clean = text == null ? "" : text.trim();
        if (clean.isEmpty()) {
            throw new DomainException(key);
        }
        if (clean.length() > max) {
            throw new DomainException("improvement.too-long", max);
        }
        return clean;
    }

    private static @Nullable String optional(@Nullable String text) {
        String clean = blankToNull(text);
        if (clean != null && clean.length() > 10000) {
            throw new DomainException("improvement.too-long", 10000);
        }
        return clean;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String joinNote(@Nullable String reason, String date) {
        String clean = blankToNull(reason);
        return clean == null ? date : date + " · " + clean;
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }

    static @Nullable String like(@Nullable String text) {
        return text == null || text.isBlank() ? null
                : "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
