package app.tandem.crm;

import app.tandem.base.DomainException;
import app.tandem.base.EntityHistory;
import app.tandem.base.HistoryEntry;
import app.tandem.base.Paging;
import app.tandem.base.io.ExportSpool;
import app.tandem.base.io.TabularFormat;
import app.tandem.crm.domain.AccountRepository;
import app.tandem.crm.domain.ContactRepository;
import app.tandem.crm.domain.CrmListQueries;
import app.tandem.crm.domain.Deal;
import app.tandem.crm.domain.DealRepository;
import app.tandem.crm.domain.DealStageChange;
import app.tandem.crm.domain.DealStageChangeRepository;
import app.tandem.crm.domain.LostReasonRepository;
import app.tandem.crm.domain.PipelineStage;
import app.tandem.crm.domain.PipelineStageRepository;
import app.tandem.crm.domain.Scope;
import java.io.IOException;
import java.io.OutputStream;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
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
 * Deals on the pipeline: create and change them, move them between stages (probability follows the stage,
 * a lost stage needs a reason, every move is in the stage history) and total the pipeline in SQL.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class DealService {

    /** The deals grid's columns, in its order. */
    private static final List<String> EXPORT_COLUMNS = List.of("crm.deal.field.name", "crm.deal.field.account",
            "crm.deal.field.amount", "crm.deal.field.stage", "crm.deal.field.probability", "crm.deal.field.weighted",
            "crm.deal.field.expectedCloseDate", "crm.deal.field.owner");

    private final DealRepository deals;
    private final ContactRepository contacts;
    private final AccountRepository accounts;
    private final PipelineStageRepository stages;
    private final LostReasonRepository lostReasons;
    private final DealStageChangeRepository stageChanges;
    private final CrmAccess access;
    private final CrmListQueries lists;
    private final Clock clock;
    private final EntityHistory entityHistory;
    private final ApplicationEventPublisher events;

    private final ExportSpool spool;

    DealService(DealRepository deals, AccountRepository accounts, ContactRepository contacts,
            PipelineStageRepository stages, LostReasonRepository lostReasons, DealStageChangeRepository stageChanges,
            CrmAccess access, CrmListQueries lists, Clock clock, EntityHistory entityHistory,
            ApplicationEventPublisher events, ExportSpool spool) {
        this.spool = spool;
        this.events = events;
        this.deals = deals;
        this.contacts = contacts;
        this.accounts = accounts;
        this.stages = stages;
        this.lostReasons = lostReasons;
        this.stageChanges = stageChanges;
        this.access = access;
        this.lists = lists;
        this.clock = clock;
        this.entityHistory = entityHistory;
    }

    public List<StageInfo> stages() {
        return stages.findAllByOrderByPositionAsc().stream().map(DealService::toInfo).toList();
    }

    public List<LostReasonRef> lostReasons() {
        return lostReasons.findByActiveTrueOrderByName().stream()
                .map(r -> new LostReasonRef(r.getId(), r.getName())).toList();
    }

    /** A page of the deals this user may read, filtered and sorted in SQL (sort keys: see DealRepository). */
    /**
     * A page of the grid. One SELECT, so it needs no transaction of its own: SUPPORTS joins a caller's transaction
     * and otherwise runs in auto-commit, saving the begin/commit round trips on the app's hottest query.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Slice<DealListItem> list(DealFilter filter, Pageable pageable) {
        return lists.deals(access.readsAll(), access.me(), AccountService.like(filter.text()), filter.stageId(),
                filter.ownerId(), filter.teamId(), filter.closeFrom(), filter.closeTo(), filter.accountId(),
                filter.noNextActivity(), Paging.withStableSort(pageable, Sort.by("name"), "id"));
    }

    /**
     * Writes every deal of the list with this filter and sort (all rows, not a page) that the user may read, as
     * CSV or XLSX, amounts as numbers and dates as dates; rows stream from the database while the file is written.
     *
     * @param text translates a message key into the user's language: the column titles
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void export(DealFilter filter, Sort sort, TabularFormat format, OutputStream target, ZoneId zone,
            Locale locale, Function<String, String> text) throws IOException {
        // the file is written in a read-only transaction, then sent without holding a connection
        spool.export(target, out -> {
            Scope scope = access.readScope();
            try (Stream<DealListItem> rows = deals.export(scope.all(), scope.userId(), scope.teamId(),
                    AccountService.like(filter.text()), filter.stageId(), filter.ownerId(), filter.teamId(),
                    filter.closeFrom(), filter.closeTo(), filter.accountId(), filter.noNextActivity(),
                    CrmExport.stableSort(sort, Sort.by("name")))) {
                CrmExport.write(rows, EXPORT_COLUMNS, d -> Arrays.asList(d.name(), d.accountName(), d.amount(),
                        d.stageName(), d.probability(), d.weighted().setScale(2, RoundingMode.HALF_UP),
                        d.expectedCloseDate(), d.ownerName()), format, out, zone, locale, text);
            }
        });
    }

    public DealData load(long id) {
        return toData(readable(id));
    }

    /** Whether the logged-in user may change this deal (its form, stage, contacts); "not found" if not readable. */
    public boolean mayEdit(long id) {
        return access.mayEdit(readable(id));
    }

    @Transactional
    public DealData create(DealData data) {
        if (!access.mayCreate()) {
            throw new AccessDeniedException("Not allowed to create deals");
        }
        Scope scope = access.readScope();
        accounts.findReadable(data.accountId(), scope.all(), scope.userId(), scope.teamId())
                .orElseThrow(CrmAccess::notFound);
        PipelineStage stage = stage(data.stageId());
        if (stage.isClosed()) {
            throw new DomainException("deal.create.closed-stage");
        }
        Deal deal = new Deal(data.name().trim(), data.accountId(), stage);
        deal.assignTo(data.ownerId(), access.checkOwner(data.ownerId()));
        apply(data, deal);
        Deal saved = deals.saveAndFlush(deal);
        stageChanges.save(new DealStageChange(saved.getId(), null, stage.getId(), clock.instant(), access.myName(),
                saved.getAmount()));
        announceOwner(saved);
        return toData(saved);
    }

    /** Changes name, amount, dates, owner and probability override; the stage moves only by moveToStage. */
    @Transactional
    public DealData update(DealData data) {
        if (data.id() == null) {
            throw new IllegalArgumentException("A new deal is created, not updated");
        }
        Deal deal = readable(data.id());
        access.checkEdit(deal);
        if (deal.getVersion() != data.version()) {
            throw new OptimisticLockingFailureException("Deal changed since it was loaded");
        }
        deal.setName(data.name().trim());
        boolean reassigned = deal.getOwnerId() != data.ownerId();
        if (reassigned) {
            deal.assignTo(data.ownerId(), access.checkOwner(data.ownerId()));
        }
        apply(data, deal);
        Deal saved = deals.saveAndFlush(deal);
        if (reassigned) {
            announceOwner(saved);
        }
        return toData(saved);
    }

    private void announceOwner(Deal deal) {
        if (deal.getOwnerId() != access.me()) {
            events.publishEvent(new CrmRecordAssigned("DEAL", deal.getId(), deal.getName(), deal.getOwnerId(),
                    access.me()));
        }
    }

    /** Moves the deal; the probability becomes the stage's; a lost stage needs an active reason. */
    @Transactional
    public DealData moveToStage(long dealId, long stageId, @Nullable Long lostReasonId) {
        Deal deal = readable(dealId);
        access.checkEdit(deal);
        PipelineStage target = stage(stageId);
        if (lostReasonId != null && !lostReasons.existsByIdAndActiveTrue(lostReasonId)) {
            throw new DomainException("deal.lost-reason.unknown");
        }
        long from = deal.getStageId();
        if (deal.moveTo(target, lostReasonId, clock.instant())) {
            stageChanges.save(new DealStageChange(deal.getId(), from, target.getId(), clock.instant(), access.myName(),
                    deal.getAmount()));
        }
        return toData(deals.saveAndFlush(deal));
    }

    /** Closes the deal as won: moves it to the won stage. */
    @Transactional
    public DealData win(long dealId) {
        PipelineStage won = stages.findAllByOrderByPositionAsc().stream().filter(PipelineStage::isWon).findFirst()
                .orElseThrow(() -> new DomainException("deal.stage.unknown"));
        return close(dealId, won, null);
    }

    /** Closes the deal as lost, for the given reason: moves it to the lost stage. */
    @Transactional
    public DealData lose(long dealId, long lostReasonId) {
        PipelineStage lost = stages.findAllByOrderByPositionAsc().stream().filter(PipelineStage::isLost).findFirst()
                .orElseThrow(() -> new DomainException("deal.stage.unknown"));
        return close(dealId, lost, lostReasonId);
    }

    private DealData close(long dealId, PipelineStage target, @Nullable Long lostReasonId) {
        Deal deal = readable(dealId);
        access.checkEdit(deal);
        if (stage(deal.getStageId()).isClosed()) {
            throw new DomainException("deal.already-closed");
        }
        return moveToStage(dealId, target.getId(), lostReasonId);
    }

    /** Field-level changes of the deal (Envers), newest first; the stage moves are in {@link #stageHistory}. */
    public List<HistoryEntry> history(long dealId) {
        readable(dealId);
        return entityHistory.of(Deal.class, dealId, DealService::visibleFields);
    }

    private static Map<String, String> visibleFields(Deal d) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", d.getName());
        fields.put("amount", d.getAmount().toPlainString());
        fields.put("probability", d.getProbability() + " %");
        fields.put("expectedCloseDate", d.getExpectedCloseDate() == null ? "" : d.getExpectedCloseDate().toString());
        fields.put("source", d.getSource() == null ? "" : d.getSource());
        fields.put("owner", Long.toString(d.getOwnerId()));
        fields.put("account", Long.toString(d.getAccountId()));
        return fields;
    }

    public List<StageChange> stageHistory(long dealId) {
        readable(dealId);
        return stageChanges.findByDealIdOrderByChangedAtDescIdDesc(dealId).stream()
                .map(c -> new StageChange(c.getFromStageId(), c.getToStageId(), c.getChangedAt(), c.getChangedBy(),
                        c.getAmount()))
                .toList();
    }

    /** Count, sum and weighted sum per stage of the deals this user may read, after the filters. */
    public List<StageTotals> pipelineTotals(PipelineFilter filter) {
        Scope scope = access.readScope();
        return deals.totalsByStage(scope.all(), scope.userId(), scope.teamId(), filter.ownerId(), filter.teamId(),
                filter.closeFrom(), filter.closeTo());
    }

    /**
     * The deals this user may read that were closed (moved to a won or lost stage) from {@code from} to before
     * {@code to}: how many were won and lost, and the won amount.
     */
    public ClosedDeals closedDeals(Instant from, Instant to) {
        Scope scope = access.readScope();
        Object[] row = deals.closedBetween(scope.all(), scope.userId(), scope.teamId(), from, to).getFirst();
        return new ClosedDeals(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                new java.math.BigDecimal(row[2].toString()).setScale(2, RoundingMode.HALF_UP));
    }

    /** How many open deals this user may read have no planned activity: the list of {@link DealFilter#withoutNextActivity()}. */
    public long countWithoutNextActivity() {
        return lists.countWithoutNextActivity(access.readsAll(), access.me());
    }

    /** The cards of one stage's column (at most {@code limit}), within the user's scope and the filters. */
    public List<DealCard> cards(long stageId, PipelineFilter filter, int limit) {
        Scope scope = access.readScope();
        var mayEdit = access.editRule();
        return deals.cardsOfStage(stageId, scope.all(), scope.userId(), scope.teamId(), filter.ownerId(),
                filter.teamId(), filter.closeFrom(), filter.closeTo(), PageRequest.of(0, limit)).stream()
                .map(card -> card.movable(mayEdit.test(card.ownerId(), card.teamId())))
                .toList();
    }

    private void apply(DealData data, Deal deal) {
        if (data.name().isBlank()) {
            throw new DomainException("deal.name.required");
        }
        deal.setAmount(data.amount());
        deal.setExpectedCloseDate(data.expectedCloseDate());
        deal.setSource(AccountService.blankToNull(data.source()));
        Long primary = data.primaryContactId();
        if (primary != null && !primary.equals(deal.getPrimaryContactId())) {
            DealContactService.checkContactOfAccount(contacts, access, primary, deal.getAccountId());
        }
        deal.setPrimaryContactId(primary);
        if (data.probabilityOverridden() || data.probability() != deal.getProbability()) {
            deal.overrideProbability(data.probability());
        }
    }

    private Deal readable(long id) {
        Scope scope = access.readScope();
        return deals.findReadable(id, scope.all(), scope.userId(), scope.teamId()).orElseThrow(CrmAccess::notFound);
    }

    private PipelineStage stage(long id) {
        return stages.findById(id).orElseThrow(() -> new DomainException("deal.stage.unknown"));
    }

    private static StageInfo toInfo(PipelineStage s) {
        return new StageInfo(s.getId(), s.getName(), s.getPosition(), s.getProbability(), s.getForecastCategory(),
                s.isClosed(), s.isWon());
    }

    static DealData toData(Deal d) {
        return new DealData(d.getId(), d.getVersion(), d.getName(), d.getAccountId(), d.getPrimaryContactId(),
                d.getAmount(), d.getStageId(), d.getProbability(), d.isProbabilityOverridden(),
                d.getExpectedCloseDate(), d.getSource(), d.getOwnerId(), d.getLostReasonId());
    }
}
