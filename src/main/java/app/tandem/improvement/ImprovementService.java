package app.tandem.improvement;

import static app.tandem.improvement.ItemText.blankToNull;
import static app.tandem.improvement.ItemText.like;
import static app.tandem.improvement.ItemText.optional;
import static app.tandem.improvement.ItemText.required;

import app.tandem.base.DomainException;
import app.tandem.base.Paging;
import app.tandem.base.Translatable;
import app.tandem.base.io.ExportSpool;
import app.tandem.base.io.TabularFormat;
import app.tandem.base.db.ListQuery;
import app.tandem.improvement.ImprovementAccess.ReadScope;
import app.tandem.improvement.domain.AreaRepository;
import app.tandem.improvement.domain.ImprovementItem;
import app.tandem.improvement.domain.ImprovementItemRepository;
import app.tandem.improvement.domain.ItemListQuery;
import app.tandem.org.TeamRef;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
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
 * Improvement items: submit and edit them, move them through the PDCA lifecycle ({@link ItemStatus}), the list and
 * its export, and the search for similar items. An item's impacts are {@link ImpactService}'s, its implementation
 * plan {@link ActionPlanService}'s, its log and history {@link ItemLogService}'s.
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
    private final AreaRepository areas;
    private final ImprovementAccess access;
    private final ItemLog itemLog;
    private final UserService userService;
    private final ExportSpool spool;
    private final Clock clock;
    private final String currencyCode;
    private final ItemListQuery listQuery;

    ImprovementService(ImprovementItemRepository items, AreaRepository areas, ImprovementAccess access,
            ItemLog itemLog, UserService userService, ExportSpool spool, Clock clock,
            @Value("${tandem.currency:${tandem.crm.currency:EUR}}") String currencyCode, ItemListQuery listQuery) {
        this.listQuery = listQuery;
        this.items = items;
        this.areas = areas;
        this.access = access;
        this.itemLog = itemLog;
        this.userService = userService;
        this.spool = spool;
        this.clock = clock;
        this.currencyCode = currencyCode;
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
        return items.countMatching(scope.all(), scope.userId(), scope.teamId(), like(filter.text()), filter.status(),
                filter.kind(), filter.teamId(), filter.areaId(), filter.ownerId(), filter.overdueOnly(), today(),
                ItemStatus.closed(), start(filter.from()), end(filter.to()));
    }

    /**
     * Writes every item of the list with this filter and sort (all rows, not a page) that the user may read, as
     * CSV or XLSX, page by page as it is read.
     *
     * @param text translates a message key into the user's language: column titles, kinds, statuses, priorities
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void export(ItemFilter filter, Sort sort, TabularFormat format, OutputStream target, ZoneId zone,
            Locale locale, Function<String, String> text) throws IOException {
        // the file is written in a read-only transaction, then sent without holding a connection
        spool.export(target, out -> ItemExport.write(page -> list(filter, PageRequest.of(page, ItemExport.PAGE_SIZE,
                sort)), currencyCode, format, out, zone, locale, text));
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
        return toData(access.readable(id));
    }

    public ItemRights rights(long id) {
        ImprovementItem item = access.readable(id);
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
        String terms = ItemText.fulltextTerms(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        ReadScope scope = access.readScope();
        return items.findSimilar(terms, excludeId, scope.all(), scope.userId(), scope.teamId(), SIMILAR_LIMIT)
                .stream()
                .map(r -> new SimilarItem(((Number) r[0]).longValue(), (String) r[1], ItemStatus.valueOf((String) r[2])))
                .toList();
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
        itemLog.status(item.getId(), null, ItemStatus.DRAFT, null);
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
        itemLog.assigned(item);
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
            itemLog.status(itemId, from, ItemStatus.CHECKING, note);
        } else {
            itemLog.comment(itemId, note);
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
        itemLog.status(saved.getId(), ItemStatus.DRAFT, ItemStatus.SUBMITTED, blankToNull(note));
        itemLog.approvalRequested(saved);
        return saved.getId();
    }

    // --- changing -----------------------------------------------------------------------------------

    /** Changes the content (A3 sections included), owner, approver, area, team, priority and due date. */
    @Transactional
    public ItemData update(ItemData data) {
        if (data.id() == null) {
            throw new IllegalArgumentException("A new item is submitted, not updated");
        }
        ImprovementItem item = access.readable(data.id());
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
            itemLog.assigned(saved);
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
        ImprovementItem item = access.readable(id);
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
                ? revisitNote(reason, revisitDate) : blankToNull(reason);
        itemLog.status(id, from, target, note);
        if (target == ItemStatus.SUBMITTED) {
            itemLog.approvalRequested(saved);
        }
        return toData(saved);
    }

    private static Translatable statusText(ItemStatus status) {
        return new Translatable("improvement.status." + status.name());
    }

    /**
     * Items (corrective actions too) not closed whose due date is between the days (both included), of every owner,
     * for the job that sends the overdue notifications; administrators only.
     */
    @PreAuthorize("hasRole('" + app.tandem.security.Roles.ADMIN + "')")
    public List<ItemDeadline> openItemsDueBetween(LocalDate from, LocalDate to) {
        return items.openDueBetween(from, to);
    }

    // --- helpers ------------------------------------------------------------------------------------

    private @Nullable Long checkArea(@Nullable Long areaId) {
        if (areaId != null && areas.findById(areaId).filter(a -> a.isActive()).isEmpty()) {
            throw new DomainException("improvement.area.unknown");
        }
        return areaId;
    }

    private static String revisitNote(@Nullable String reason, LocalDate revisit) {
        String clean = blankToNull(reason);
        return clean == null ? revisit.toString() : revisit + " · " + clean;
    }

    private @Nullable Instant start(@Nullable LocalDate from) {
        return from == null ? null : from.atStartOfDay(clock.getZone()).toInstant();
    }

    private @Nullable Instant end(@Nullable LocalDate to) {
        return to == null ? null : to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
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
}
