package app.tandem.crm.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.ui.DetailPanel;
import app.tandem.base.ui.DetailRoute;
import app.tandem.base.ui.ExportMenu;
import app.tandem.base.ui.Failures;
import app.tandem.base.ui.GridNavigation;
import app.tandem.base.ui.MainLayout;
import app.tandem.base.ui.Notices;
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
import app.tandem.security.TandemUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Accounts (companies): a lazy, filterable grid and the account page, a detail panel whose URL
 * ({@code /crm/accounts/42}, {@code /crm/accounts/new}) is the source of truth: the form, the account's
 * contacts, deals and activity timeline, and its history. Record scope and edit rights are the services'; who
 * may not change the account sees the form read-only.
 */
@Route(value = "crm/accounts/:accountId?", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "MANAGER", "SUPERVISOR", "STAFF", "COMPLIANCE_OFFICER"})
class AccountsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ACCOUNT_ID = "accountId";
    static final String NEW = "new";

    private final AccountService accountService;
    private final UserService userService;
    private final CurrentUser currentUser;
    final Grid<AccountListItem> grid = new Grid<>();
    final SearchField search;
    final ComboBox<AccountStatus> statusFilter = new ComboBox<>();
    final ComboBox<UserRef> ownerFilter = new ComboBox<>();
    final ComboBox<TeamRef> teamFilter = new ComboBox<>();
    final AccountForm form;
    final DetailPanel detail;
    final AccountContacts contacts;
    final AccountDeals deals;
    final ActivityTimeline timeline;
    final Tab contactsTab;
    final Tab dealsTab;
    final Tab activitiesTab;

    private final ImprovementRaising improvementRaising;
    private final RecordLinks recordLinks;

    AccountsView(AccountService accountService, UserService userService, TeamService teamService,
            CurrentUser currentUser, ContactService contactService, DealService dealService,
            ActivityService activityService, ImprovementRaising improvementRaising, RecordLinks recordLinks) {
        this.accountService = accountService;
        this.improvementRaising = improvementRaising;
        this.recordLinks = recordLinks;
        this.userService = userService;
        this.currentUser = currentUser;
        this.form = new AccountForm(userService);
        addClassNames("master-detail", "accounts-view");

        search = new SearchField("crm-accounts-search", getTranslation("crm.accounts.search"), this::refresh);
        statusFilter.setPlaceholder(getTranslation("crm.accounts.filter.status"));
        statusFilter.setAriaLabel(getTranslation("crm.accounts.filter.status"));
        statusFilter.setId("crm-accounts-status");
        statusFilter.setItems(EnumSet.allOf(AccountStatus.class));
        statusFilter.setItemLabelGenerator(AccountsView.this::statusText);
        statusFilter.setClearButtonVisible(true);
        statusFilter.addValueChangeListener(e -> refresh());
        ownerFilter.setPlaceholder(getTranslation("crm.accounts.filter.owner"));
        ownerFilter.setAriaLabel(getTranslation("crm.accounts.filter.owner"));
        ownerFilter.setId("crm-accounts-owner");
        ownerFilter.setItems(q -> userService.findUsers(q.getFilter().orElse(null), toSpringPageRequest(q)).stream());
        ownerFilter.setItemLabelGenerator(UserRef::displayName);
        ownerFilter.setClearButtonVisible(true);
        ownerFilter.addValueChangeListener(e -> refresh());
        teamFilter.setPlaceholder(getTranslation("crm.accounts.filter.team"));
        teamFilter.setAriaLabel(getTranslation("crm.accounts.filter.team"));
        teamFilter.setId("crm-accounts-team");
        teamFilter.setItems(q -> teamService.findTeams(q.getFilter().orElse(null), toSpringPageRequest(q)).stream());
        teamFilter.setClearButtonVisible(true);
        teamFilter.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("crm.accounts.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(AccountsView.class, parameters(NEW))));
        add.setId("crm-accounts-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(currentUser.hasRole(Role.STAFF) || currentUser.hasRole(Role.SUPERVISOR)
                || currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.ADMIN));
        HorizontalLayout toolbar = new HorizontalLayout(search, statusFilter, ownerFilter, teamFilter, add);
        toolbar.add(new ExportMenu<>("accounts", grid, this::filter, accountService::export));
        toolbar.addClassName("toolbar");
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        configureGrid();
        Div master = new Div(toolbar, grid);
        master.addClassName("master");

        form.addSaveListener(e -> save(e.draft()));
        form.addCloseListener(e -> showList());
        detail = new DetailPanel("crm-account-detail", form, "crm.account.field", this::showList);
        boolean mayCreate = activityService.mayCreate();
        contacts = new AccountContacts(contactService, mayCreate);
        deals = new AccountDeals(dealService, mayCreate);
        timeline = new ActivityTimeline("crm-account-activities", activityService, contactService, dealService,
                userService, currentUser);
        contactsTab = detail.addTab(getTranslation("crm.account.tab.contacts"), contacts);
        dealsTab = detail.addTab(getTranslation("crm.account.tab.deals"), deals);
        activitiesTab = detail.addTab(getTranslation("crm.account.tab.activities"), timeline);
        timeline.onChange(() -> showCounts(form.draft().getId()));
        add(master, detail);
    }

    private void configureGrid() {
        grid.setId("crm-accounts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setMultiSort(false);
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
        grid.setItems(query -> accountService.list(filter(), toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("crm.accounts.empty"));
        GridNavigation.openRowsWith(grid, row -> open(row.id()));
    }

    private Component status(AccountListItem account) {
        Span badge = new Span(statusText(account.status()));
        badge.addClassNames("status-badge", "status-" + account.status().name().toLowerCase(Locale.ROOT));
        return badge;
    }

    private String statusText(AccountStatus status) {
        return getTranslation("crm.account.status." + status.name());
    }

    AccountFilter filter() {
        UserRef owner = ownerFilter.getValue();
        TeamRef team = teamFilter.getValue();
        return new AccountFilter(search.getValue(), statusFilter.getValue(), owner == null ? null : owner.id(),
                team == null ? null : team.id());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    static RouteParameters parameters(String accountId) {
        return new RouteParameters(ACCOUNT_ID, accountId);
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(AccountsView.class, parameters(Long.toString(id))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DetailRoute.dispatch(event, ACCOUNT_ID, () -> closeDetail(), () -> {
            TandemUser me = currentUser.require();
            openDetail(AccountDraft.newOwnedBy(new UserRef(me.id(), me.getUsername(), me.displayName())));
        }, id -> openDetail(load(id)));
    }

    private AccountDraft load(long id) {
        AccountData data = accountService.load(id);
        String ownerName = userService.displayNames(List.of(data.ownerId())).getOrDefault(data.ownerId(), "");
        return AccountDraft.of(data, new UserRef(data.ownerId(), "", ownerName));
    }

    private void openDetail(AccountDraft draft) {
        form.edit(draft);
        Long id = draft.getId();
        detail.open(draft.isNew() ? getTranslation("crm.accounts.new") : draft.getName(),
                id == null ? null : () -> accountService.history(id));
        boolean editable = id == null || accountService.mayEdit(id);
        form.setReadOnly(!editable);
        if (id == null) {
            showCounts(null);
            return;
        }
        if (!editable) {
            detail.actions().add(new ReadOnlyNotice());
        } else if (mayMerge()) {
            detail.actions().add(new AccountMerge(accountService, draft, kept -> {
                refresh();
                open(kept.id());
            }, this::conflict));
        }
        detail.actions().add(raiseImprovementButton(id, draft.getName()));
        contacts.show(id);
        deals.show(id);
        timeline.showAccount(new AccountRef(id, draft.getName(), null));
        showCounts(id);
    }

    /** The tab labels with how many contacts, deals and activities the user may see (none for a new account). */
    private void showCounts(@Nullable Long accountId) {
        AccountCounts counts = null;
        if (accountId != null) {
            try {
                counts = accountService.counts(accountId);
            } catch (RuntimeException e) {
                Failures.show(e);
            }
        }
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

    private void save(AccountDraft draft) {
        if (draft.isNew()) {
            List<DuplicateMatch> similar;
            try {
                similar = accountService.findSimilar(null, draft.getName(), draft.getWebsite());
            } catch (RuntimeException e) {
                Failures.show(e);
                return;
            }
            if (!similar.isEmpty()) {
                confirmDuplicate(draft, similar);
                return;
            }
        }
        store(draft);
    }

    private void store(AccountDraft draft) {
        try {
            AccountData data = draft.toData();
            AccountData saved = draft.isNew() ? accountService.create(data) : accountService.update(data);
            Notices.success(getTranslation("crm.accounts.saved", saved.name()));
            refresh();
            open(saved.id());
        } catch (OptimisticLockingFailureException e) {
            conflict();
        } catch (RuntimeException e) {
            Failures.show(e);
        }
    }

    /** Possibly the same company exists already: offer to open it instead of creating a duplicate. */
    private void confirmDuplicate(AccountDraft draft, List<DuplicateMatch> similar) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("crm-duplicate-dialog");
        dialog.setHeader(getTranslation("crm.accounts.duplicate.title"));
        VerticalLayout matches = new VerticalLayout(new Paragraph(getTranslation("crm.accounts.duplicate.text")));
        matches.setPadding(false);
        matches.setSpacing(false);
        for (DuplicateMatch match : similar) {
            matches.add(DuplicateRow.of(match, "crm-duplicate-open-", () -> {
                dialog.close();
                open(match.id());
            }));
        }
        dialog.setText(matches);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("crm.accounts.duplicate.create"));
        dialog.addConfirmListener(e -> store(draft));
        dialog.open();
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

    /** Someone else saved this account meanwhile: keep the input, offer to reload the current state. */
    private void conflict() {
        Notices.errorWithAction(getTranslation("error.conflict"), getTranslation("action.reload"), "conflict-reload",
                this::reloadDetail);
    }

    private void reloadDetail() {
        Long id = form.draft().getId();
        if (id != null) {
            try {
                openDetail(load(id));
            } catch (RuntimeException e) {
                Failures.show(e);
            }
        }
    }

    private void showList() {
        getUI().ifPresent(ui -> ui.navigate(AccountsView.class));
    }

    private void closeDetail() {
        detail.close();
        grid.deselectAll();
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.crm.accounts") + " | " + getTranslation("app.name");
    }
}
