package app.tandem.crm.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.ui.ListDetailView;
import app.tandem.base.ui.RecordLinks;
import app.tandem.base.ui.SearchField;
import app.tandem.crm.AccountCounts;
import app.tandem.crm.AccountData;
import app.tandem.crm.AccountFilter;
import app.tandem.crm.AccountListItem;
import app.tandem.crm.AccountRef;
import app.tandem.crm.AccountService;
import app.tandem.crm.AccountStatus;
import app.tandem.crm.ActivityService;
import app.tandem.crm.ContactService;
import app.tandem.crm.DealService;
import app.tandem.crm.DuplicateMatch;
import app.tandem.crm.ImprovementRaising;
import app.tandem.org.TeamRef;
import app.tandem.org.TeamService;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/**
 * Accounts (companies) on the record-page kit: the list with its filters, and the account page with the
 * account's contacts, deals and activity timeline. Record scope and edit rights are the services'.
 */
@Route("crm/accounts/:accountId?")
@RolesAllowed({"ADMIN", "MANAGER", "SUPERVISOR", "STAFF", "COMPLIANCE_OFFICER"})
class AccountsView extends ListDetailView<AccountData, AccountListItem, AccountFilter> {

    static final String ACCOUNT_ID = "accountId";
    static final String NEW = "new";
    private static final Screen SCREEN = new Screen(ACCOUNT_ID, "crm-accounts", "crm-account-detail",
            "crm.accounts", "crm.account.field", "nav.crm.accounts");

    private final AccountService accountService;
    private final UserService userService;
    private final CurrentUser currentUser;
    private final ImprovementRaising improvementRaising;
    private final RecordLinks recordLinks;
    final Grid<AccountListItem> grid;
    final SearchField search;
    final ComboBox<AccountStatus> statusFilter = new ComboBox<>();
    final ComboBox<UserRef> ownerFilter = new ComboBox<>();
    final ComboBox<TeamRef> teamFilter = new ComboBox<>();
    final AccountForm form;
    final AccountContacts contacts;
    final AccountDeals deals;
    final ActivityTimeline timeline;
    final Tab contactsTab;
    final Tab dealsTab;
    final Tab activitiesTab;

    AccountsView(AccountService accountService, UserService userService, TeamService teamService,
            CurrentUser currentUser, ContactService contactService, DealService dealService,
            ActivityService activityService, ImprovementRaising improvementRaising, RecordLinks recordLinks) {
        AccountForm accountForm = new AccountForm(userService);
        super(SCREEN, accountForm, new Calls<>(accountService::load, accountService::create, accountService::update,
                accountService::history, accountService::mayEdit));
        this.form = accountForm;
        this.accountService = accountService;
        this.userService = userService;
        this.currentUser = currentUser;
        this.improvementRaising = improvementRaising;
        this.recordLinks = recordLinks;
        this.grid = list.grid;
        addClassName("accounts-view");

        search = new SearchField("crm-accounts-search", getTranslation("crm.accounts.search"), () -> { });
        list.filters.text("q", search);
        list.filterField(statusFilter, "crm-accounts-status", getTranslation("crm.accounts.filter.status"));
        statusFilter.setItems(EnumSet.allOf(AccountStatus.class));
        statusFilter.setItemLabelGenerator(this::statusText);
        list.filters.choice("status", statusFilter, AccountStatus.class);
        list.filterField(ownerFilter, "crm-accounts-owner", getTranslation("crm.accounts.filter.owner"));
        Owners.offer(ownerFilter, userService);
        list.filters.reference("owner", ownerFilter, UserRef::id, id -> Owners.find(userService, id));
        list.filterField(teamFilter, "crm-accounts-team", getTranslation("crm.accounts.filter.team"));
        teamFilter.setItems(q -> teamService.findTeams(q.getFilter().orElse(null), toSpringPageRequest(q)).stream());
        list.filters.reference("team", teamFilter, TeamRef::id, id -> teamService.ref(id).orElse(null));
        list.addToToolbar(search, statusFilter, ownerFilter, teamFilter);
        list.addNewButton("crm-accounts-new", getTranslation("crm.accounts.new"), mayCreate(), this::openNew);
        list.addExport("accounts", accountService::export);
        configureGrid();

        boolean mayCreate = activityService.mayCreate();
        contacts = new AccountContacts(contactService, mayCreate);
        deals = new AccountDeals(dealService, mayCreate);
        timeline = new ActivityTimeline("crm-account-activities", activityService, contactService, dealService,
                userService, currentUser);
        contactsTab = detail.addTab(getTranslation("crm.account.tab.contacts"), contacts);
        dealsTab = detail.addTab(getTranslation("crm.account.tab.deals"), deals);
        activitiesTab = detail.addTab(getTranslation("crm.account.tab.activities"), timeline);
        timeline.onChange(() -> showCounts(id(current())));
    }

    private void configureGrid() {
        var nameColumn = grid.addColumn(AccountListItem::name).setHeader(getTranslation("crm.account.field.name"))
                .setSortProperty("name").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(a -> orEmpty(a.domain())).setHeader(getTranslation("crm.account.field.domain"))
                .setSortProperty("domain").setAutoWidth(true);
        grid.addColumn(a -> orEmpty(a.industry())).setHeader(getTranslation("crm.account.field.industry"))
                .setSortProperty("industry").setAutoWidth(true);
        grid.addColumn(a -> orEmpty(a.city())).setHeader(getTranslation("crm.account.field.city"))
                .setSortProperty("city").setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("crm.account.field.status"))
                .setSortProperty("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AccountListItem::ownerName).setHeader(getTranslation("crm.account.field.owner"))
                .setSortProperty("o.displayName").setAutoWidth(true);
        grid.sort(List.of(new GridSortOrder<>(nameColumn, SortDirection.ASCENDING)));
    }

    private Component status(AccountListItem account) {
        Span badge = new Span(statusText(account.status()));
        badge.addClassNames("status-badge", "status-" + account.status().name().toLowerCase(Locale.ROOT));
        return badge;
    }

    private String statusText(AccountStatus status) {
        return getTranslation("crm.account.status." + status.name());
    }

    private boolean mayCreate() {
        return currentUser.hasRole(Role.STAFF) || currentUser.hasRole(Role.SUPERVISOR)
                || currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.ADMIN);
    }

    @Override
    protected AccountFilter filter() {
        UserRef owner = ownerFilter.getValue();
        TeamRef team = teamFilter.getValue();
        return new AccountFilter(search.getValue(), statusFilter.getValue(), owner == null ? null : owner.id(),
                team == null ? null : team.id());
    }

    @Override
    protected Stream<AccountListItem> rows(AccountFilter filter, Pageable page) {
        return accountService.list(filter, page).stream();
    }

    @Override
    protected long rowId(AccountListItem row) {
        return row.id();
    }

    static RouteParameters parameters(String accountId) {
        return new RouteParameters(ACCOUNT_ID, accountId);
    }

    @Override
    public AccountData blank(QueryParameters query) {
        return new AccountData(null, 0, "", null, null, null, null, null, null, null, AccountStatus.PROSPECT, null,
                currentUser.id());
    }

    @Override
    public @Nullable Long id(AccountData account) {
        return account.id();
    }

    @Override
    public String title(AccountData account) {
        return account.name();
    }

    /** Possibly the same company exists already: offer to open it instead of creating a duplicate. */
    @Override
    protected void beforeSave(AccountData account, Runnable create) {
        if (account.id() != null) {
            create.run();
            return;
        }
        List<DuplicateMatch> similar = accountService.findSimilar(null, account.name(), account.website());
        DuplicateWarning.askOrRun(similar, "crm-duplicate-dialog", "crm-duplicate-open-", "crm.accounts.duplicate",
                this::open, create);
    }

    @Override
    protected void opened(AccountData account, boolean editable) {
        Long id = account.id();
        if (id == null) {
            showCounts(null);
            return;
        }
        if (editable && mayMerge()) {
            detail.actions().add(new AccountMerge(accountService, account, kept -> {
                list.refresh();
                open(kept.id());
            }, this::conflict));
        }
        detail.actions().add(raiseImprovementButton(id, account.name()));
        contacts.show(id);
        deals.show(id);
        timeline.showAccount(new AccountRef(id, account.name(), null));
        showCounts(id);
    }

    /** The tab labels with how many contacts, deals and activities the user may see (none for a new account). */
    private void showCounts(@Nullable Long accountId) {
        AccountCounts counts = accountId == null ? null : accountService.counts(accountId);
        contactsTab.setLabel(tabLabel("crm.account.tab.contacts", counts == null ? null : counts.contacts()));
        dealsTab.setLabel(tabLabel("crm.account.tab.deals", counts == null ? null : counts.deals()));
        activitiesTab.setLabel(tabLabel("crm.account.tab.activities", counts == null ? null : counts.activities()));
    }

    private String tabLabel(String key, @Nullable Long count) {
        return count == null ? getTranslation(key) : getTranslation("crm.tab.count", getTranslation(key), count);
    }

    private boolean mayMerge() {
        return currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.ADMIN)
                || currentUser.hasRole(Role.SUPERVISOR);
    }

    /** Sales insight for operations: an improvement idea raised from this account, linked back to it. */
    private Button raiseImprovementButton(long id, String name) {
        Button button = new Button(getTranslation("crm.raise-improvement.button"), VaadinIcon.LIGHTBULB.create(),
                e -> new RaiseImprovementDialog(improvementRaising, recordLinks, CrmNavigation.ACCOUNT, id, name)
                        .open());
        button.setId("crm-account-raise-improvement");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
