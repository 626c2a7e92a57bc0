package app.tandem.crm.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.RecordNotFoundException;
import app.tandem.base.ui.ListDetailView;
import app.tandem.base.ui.RecordLinks;
import app.tandem.base.ui.SearchField;
import app.tandem.crm.AccountRef;
import app.tandem.crm.AccountService;
import app.tandem.crm.ActivityService;
import app.tandem.crm.ContactService;
import app.tandem.crm.DealContactService;
import app.tandem.crm.DealData;
import app.tandem.crm.DealFilter;
import app.tandem.crm.DealListItem;
import app.tandem.crm.DealService;
import app.tandem.crm.ImprovementRaising;
import app.tandem.crm.StageChange;
import app.tandem.crm.StageInfo;
import app.tandem.org.TeamRef;
import app.tandem.org.TeamService;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/**
 * Deals on the record-page kit: the list with its filters, and the deal page with the stage bar, Won and Lost,
 * the amounts, the form and the stage history ({@link DealStages}); the deal's contacts with their roles; its
 * activities; its history. Who may not change the deal sees it read-only.
 */
@Route("crm/deals/:dealId?")
@RolesAllowed({"ADMIN", "MANAGER", "SUPERVISOR", "STAFF", "COMPLIANCE_OFFICER"})
class DealsView extends ListDetailView<DealData, DealListItem, DealFilter> {

    static final String DEAL_ID = "dealId";
    static final String NEW = "new";
    private static final Screen SCREEN = new Screen(DEAL_ID, "crm-deals", "crm-deal-detail", "crm.deals",
            "crm.deal.field", "nav.crm.deals");

    private final DealService dealService;
    private final AccountService accountService;
    private final ActivityService activityService;
    private final CurrentUser currentUser;
    private final DealStages dealStages;
    final Grid<DealListItem> grid;
    final SearchField search;
    final ComboBox<StageInfo> stageFilter = new ComboBox<>();
    final ComboBox<UserRef> ownerFilter = new ComboBox<>();
    final ComboBox<TeamRef> teamFilter = new ComboBox<>();
    final DatePicker closeFrom = new DatePicker();
    final DatePicker closeTo = new DatePicker();
    final Checkbox noNextActivity = new Checkbox();
    final DealForm form;
    final HorizontalLayout stageBar;
    final Span amounts;
    final Grid<StageChange> stageHistory;
    final Button win;
    final Button lose;
    final Button raiseImprovement;
    final DealContacts contacts;
    final ActivityTimeline timeline;
    final Tab contactsTab;
    final Tab activitiesTab;

    DealsView(DealService dealService, AccountService accountService, UserService userService,
            TeamService teamService, CurrentUser currentUser, ContactService contactService,
            ActivityService activityService, ImprovementRaising improvementRaising, RecordLinks recordLinks,
            DealContactService dealContactService) {
        DealForm dealForm = new DealForm(accountService, userService);
        super(SCREEN, dealForm, new Calls<>(dealService::load, dealService::create, dealService::update,
                dealService::history, dealService::mayEdit));
        this.form = dealForm;
        this.dealService = dealService;
        this.accountService = accountService;
        this.activityService = activityService;
        this.currentUser = currentUser;
        this.grid = list.grid;
        addClassName("deals-view");

        search = new SearchField("crm-deals-search", getTranslation("crm.deals.search"), () -> { });
        list.filters.text("q", search);
        dealStages = new DealStages(dealService, improvementRaising, recordLinks, this::attempt, id -> {
            list.refresh();
            show(load(id));
        });
        list.filterField(stageFilter, "crm-deals-stage", getTranslation("crm.deal.field.stage"));
        stageFilter.setItems(dealStages.stages());
        stageFilter.setItemLabelGenerator(StageInfo::name);
        list.filters.reference("stage", stageFilter, StageInfo::id,
                id -> dealStages.stages().stream().filter(s -> s.id() == id).findFirst().orElse(null));
        list.filterField(ownerFilter, "crm-deals-owner", getTranslation("crm.deal.field.owner"));
        Owners.offer(ownerFilter, userService);
        list.filters.reference("owner", ownerFilter, UserRef::id, id -> Owners.find(userService, id));
        list.filterField(teamFilter, "crm-deals-team", getTranslation("crm.accounts.filter.team"));
        teamFilter.setItems(q -> teamService.findTeams(q.getFilter().orElse(null), toSpringPageRequest(q)).stream());
        list.filters.reference("team", teamFilter, TeamRef::id, id -> teamService.ref(id).orElse(null));
        list.filterField(closeFrom, null, getTranslation("crm.deals.filter.close-from"));
        list.filters.add("closeFrom", closeFrom, LocalDate::toString, LocalDate::parse);
        list.filterField(closeTo, null, getTranslation("crm.deals.filter.close-to"));
        list.filters.add("closeTo", closeTo, LocalDate::toString, LocalDate::parse);
        noNextActivity.setId("deals-no-next-activity");
        noNextActivity.setLabel(getTranslation("dash.filter.no-next-activity"));
        // the dashboard links here with ?noNextActivity=true
        list.filters.add("noNextActivity", noNextActivity, v -> v ? "true" : "", "true"::equals);
        list.addToToolbar(search, stageFilter, ownerFilter, teamFilter, closeFrom, closeTo, noNextActivity);
        list.addNewButton("crm-deals-new", getTranslation("crm.deals.new"), currentUser.hasRole(Role.STAFF)
                || currentUser.hasRole(Role.SUPERVISOR) || currentUser.hasRole(Role.MANAGER)
                || currentUser.hasRole(Role.ADMIN), this::openNew);
        list.addExport("deals", dealService::export);
        configureGrid();

        stageBar = dealStages.stageBar;
        amounts = dealStages.amounts;
        stageHistory = dealStages.stageHistory;
        win = dealStages.win;
        lose = dealStages.lose;
        raiseImprovement = dealStages.raiseImprovement;
        detail.addBeforeForm(dealStages.aboveForm());
        detail.addAfterForm(dealStages.belowForm());
        contacts = new DealContacts(dealContactService, contactService);
        timeline = new ActivityTimeline("crm-deal-activities", activityService, contactService, dealService,
                userService, currentUser);
        contactsTab = detail.addTab(getTranslation("crm.deal.tab.contacts"), contacts);
        activitiesTab = detail.addTab(getTranslation("crm.deal.tab.activities"), timeline);
        contacts.onChange(saved -> {
            form.carryOver("version", saved.version());
            form.carryOver("primaryContactId", saved.primaryContactId());
            contactsTab.setLabel(tabLabel("crm.deal.tab.contacts", contacts.items().size()));
        });
        contacts.onConflict(this::conflict);
        timeline.onChange(this::showActivityCount);
    }

    private void configureGrid() {
        var nameColumn = grid.addColumn(DealListItem::name).setHeader(getTranslation("crm.deal.field.name"))
                .setSortProperty("name").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(DealListItem::accountName).setHeader(getTranslation("crm.deal.field.account"))
                .setSortProperty("a.name").setAutoWidth(true);
        grid.addColumn(d -> DealStages.money(d.amount(), getLocale()))
                .setHeader(getTranslation("crm.deal.field.amount")).setSortProperty("amount")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(DealListItem::stageName).setHeader(getTranslation("crm.deal.field.stage"))
                .setSortProperty("s.position").setAutoWidth(true);
        grid.addColumn(d -> d.probability() + " %").setHeader(getTranslation("crm.deal.field.probability"))
                .setSortProperty("probability").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(d -> DealStages.money(d.weighted(), getLocale()))
                .setHeader(getTranslation("crm.deal.field.weighted")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(d -> date(d.expectedCloseDate()))
                .setHeader(getTranslation("crm.deal.field.expectedCloseDate"))
                .setSortProperty("expectedCloseDate").setAutoWidth(true);
        grid.addColumn(DealListItem::ownerName).setHeader(getTranslation("crm.deal.field.owner"))
                .setSortProperty("o.displayName").setAutoWidth(true);
        grid.sort(List.of(new GridSortOrder<>(nameColumn, SortDirection.ASCENDING)));
    }

    @Override
    protected DealFilter filter() {
        StageInfo stage = stageFilter.getValue();
        UserRef owner = ownerFilter.getValue();
        TeamRef team = teamFilter.getValue();
        return new DealFilter(search.getValue(), stage == null ? null : stage.id(), owner == null ? null : owner.id(),
                team == null ? null : team.id(), closeFrom.getValue(), closeTo.getValue(), null,
                noNextActivity.getValue());
    }

    @Override
    protected Stream<DealListItem> rows(DealFilter filter, Pageable page) {
        return dealService.list(filter, page).stream();
    }

    @Override
    protected long rowId(DealListItem row) {
        return row.id();
    }

    static RouteParameters parameters(String dealId) {
        return new RouteParameters(DEAL_ID, dealId);
    }

    /** A new deal in the first open stage; at the account of {@code ?account=42} (the account page) if readable. */
    @Override
    public DealData blank(QueryParameters query) {
        StageInfo first = dealStages.stages().stream().filter(s -> !s.closed()).findFirst().orElseThrow();
        Long accountId = query.getSingleParameter(AccountContacts.ACCOUNT_PARAMETER)
                .filter(v -> v.matches("\\d{1,18}")).map(Long::parseLong).filter(this::readable).orElse(null);
        return new DealData(null, 0, "", accountId == null ? 0 : accountId, null, java.math.BigDecimal.ZERO,
                first.id(), first.probability(), false, null, null, currentUser.id(), null);
    }

    private boolean readable(long accountId) {
        try {
            accountService.load(accountId);
            return true;
        } catch (RecordNotFoundException e) {
            return false;
        }
    }

    @Override
    public @Nullable Long id(DealData deal) {
        return deal.id();
    }

    @Override
    public String title(DealData deal) {
        return deal.name();
    }

    @Override
    protected void opened(DealData deal, boolean editable) {
        Long id = deal.id();
        AccountRef account = form.account.getValue();
        dealStages.show(deal, account == null ? "" : account.name(), editable);
        if (id == null || account == null) {
            contactsTab.setLabel(getTranslation("crm.deal.tab.contacts"));
            activitiesTab.setLabel(getTranslation("crm.deal.tab.activities"));
            return;
        }
        contacts.show(id, deal.name(), account.id(), deal.version(), editable);
        contactsTab.setLabel(tabLabel("crm.deal.tab.contacts", contacts.items().size()));
        timeline.showDeal(account, new DealChoice(id, deal.name()));
        showActivityCount();
    }

    private void showActivityCount() {
        Long id = current().id();
        if (id != null) {
            activitiesTab.setLabel(tabLabel("crm.deal.tab.activities", activityService.countOfDeal(id)));
        }
    }

    private String tabLabel(String key, long count) {
        return getTranslation("crm.tab.count", getTranslation(key), count);
    }

    private String date(@Nullable LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(date);
    }
}
