package app.tandem.crm.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.RecordNotFoundException;
import app.tandem.base.ui.ClientTime;
import app.tandem.base.ui.DetailPanel;
import app.tandem.base.ui.DetailRoute;
import app.tandem.base.ui.ExportMenu;
import app.tandem.base.ui.Failures;
import app.tandem.base.ui.GridNavigation;
import app.tandem.base.ui.MainLayout;
import app.tandem.base.ui.Notices;
import app.tandem.base.ui.RecordLinks;
import app.tandem.base.ui.SearchField;
import app.tandem.crm.AccountData;
import app.tandem.crm.AccountRef;
import app.tandem.crm.AccountService;
import app.tandem.crm.ActivityService;
import app.tandem.crm.ContactService;
import app.tandem.crm.DealData;
import app.tandem.crm.DealFilter;
import app.tandem.crm.DealListItem;
import app.tandem.crm.DealService;
import app.tandem.crm.LostReasonRef;
import app.tandem.crm.StageChange;
import app.tandem.crm.StageInfo;
import app.tandem.crm.ImprovementRaising;
import app.tandem.org.TeamRef;
import app.tandem.org.TeamService;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import app.tandem.security.TandemUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Deals: a lazy, filterable list and the deal page, a detail whose URL ({@code /crm/deals/42},
 * {@code /crm/deals/new}) is the source of truth: the stage bar with Won and Lost, the amounts, the form and the
 * stage history; the deal's contacts with their roles; its activities; its history. Who may not change the deal
 * sees it read-only.
 */
@Route(value = "crm/deals/:dealId?", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "MANAGER", "SUPERVISOR", "STAFF", "COMPLIANCE_OFFICER"})
class DealsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String DEAL_ID = "dealId";
    static final String NEW = "new";

    private final DealService dealService;
    private final AccountService accountService;
    private final UserService userService;
    private final CurrentUser currentUser;
    private final List<StageInfo> stages;
    private final Map<Long, StageInfo> stagesById;
    final Grid<DealListItem> grid = new Grid<>();
    final SearchField search;
    final ComboBox<StageInfo> stageFilter = new ComboBox<>();
    final ComboBox<UserRef> ownerFilter = new ComboBox<>();
    final ComboBox<TeamRef> teamFilter = new ComboBox<>();
    final DatePicker closeFrom = new DatePicker();
    final DatePicker closeTo = new DatePicker();
    final Checkbox noNextActivity = new Checkbox();
    final DealForm form;
    final HorizontalLayout stageBar = new HorizontalLayout();
    final Span amounts = new Span();
    final Grid<StageChange> stageHistory = new Grid<>();
    final Button win = new Button();
    final Button lose = new Button();
    final Button raiseImprovement = new Button();
    final DetailPanel detail;
    final DealContacts contacts;
    final ActivityTimeline timeline;
    final Tab contactsTab;
    final Tab activitiesTab;
    private final ActivityService activityService;

    DealsView(DealService dealService, AccountService accountService, UserService userService,
            TeamService teamService, CurrentUser currentUser, ContactService contactService,
            ActivityService activityService, ImprovementRaising improvementRaising, RecordLinks recordLinks) {
        this.dealService = dealService;
        this.accountService = accountService;
        this.userService = userService;
        this.currentUser = currentUser;
        this.activityService = activityService;
        this.stages = dealService.stages();
        this.stagesById = stages.stream().collect(Collectors.toMap(StageInfo::id, Function.identity()));
        this.form = new DealForm(accountService, userService);
        addClassNames("master-detail", "deals-view");

        search = new SearchField("crm-deals-search", getTranslation("crm.deals.search"), this::refresh);
        stageFilter.setPlaceholder(getTranslation("crm.deal.field.stage"));
        stageFilter.setAriaLabel(getTranslation("crm.deal.field.stage"));
        stageFilter.setId("crm-deals-stage");
        stageFilter.setItems(stages);
        stageFilter.setItemLabelGenerator(StageInfo::name);
        stageFilter.setClearButtonVisible(true);
        stageFilter.addValueChangeListener(e -> refresh());
        ownerFilter.setPlaceholder(getTranslation("crm.deal.field.owner"));
        ownerFilter.setAriaLabel(getTranslation("crm.deal.field.owner"));
        ownerFilter.setId("crm-deals-owner");
        ownerFilter.setItems(q -> userService.findUsers(q.getFilter().orElse(null), toSpringPageRequest(q)).stream());
        ownerFilter.setItemLabelGenerator(UserRef::displayName);
        ownerFilter.setClearButtonVisible(true);
        ownerFilter.addValueChangeListener(e -> refresh());
        teamFilter.setPlaceholder(getTranslation("crm.accounts.filter.team"));
        teamFilter.setAriaLabel(getTranslation("crm.accounts.filter.team"));
        teamFilter.setId("crm-deals-team");
        teamFilter.setItems(q -> teamService.findTeams(q.getFilter().orElse(null), toSpringPageRequest(q)).stream());
        teamFilter.setClearButtonVisible(true);
        teamFilter.addValueChangeListener(e -> refresh());
        closeFrom.setPlaceholder(getTranslation("crm.deals.filter.close-from"));
        closeFrom.setAriaLabel(getTranslation("crm.deals.filter.close-from"));
        closeFrom.setClearButtonVisible(true);
        closeFrom.addValueChangeListener(e -> refresh());
        closeTo.setPlaceholder(getTranslation("crm.deals.filter.close-to"));
        closeTo.setAriaLabel(getTranslation("crm.deals.filter.close-to"));
        closeTo.setClearButtonVisible(true);
        closeTo.addValueChangeListener(e -> refresh());
        noNextActivity.setId("deals-no-next-activity");
        noNextActivity.setLabel(getTranslation("dash.filter.no-next-activity"));
        noNextActivity.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("crm.deals.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(DealsView.class, parameters(NEW))));
        add.setId("crm-deals-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(currentUser.hasRole(Role.STAFF) || currentUser.hasRole(Role.SUPERVISOR)
                || currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.ADMIN));
        HorizontalLayout toolbar = new HorizontalLayout(search, stageFilter, ownerFilter, teamFilter, closeFrom,
                closeTo, noNextActivity, add);
        toolbar.add(new ExportMenu<>("deals", grid, this::filter, dealService::export));
        toolbar.addClassName("toolbar");
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        configureGrid();
        Div master = new Div(toolbar, grid);
        master.addClassName("master");

        form.addSaveListener(e -> save(e.draft()));
        form.addCloseListener(e -> showList());
        configureStageHistory();
        stageBar.setId("crm-deal-stages");
        stageBar.setWrap(true);
        stageBar.setSpacing(false);
        stageBar.addClassName("stage-bar");
        win.setText(getTranslation("crm.deal.win"));
        win.setIcon(VaadinIcon.TROPHY.create());
        win.setId("crm-deal-win");
        win.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        win.addClickListener(e -> {
            Long id = form.draft().getId();
            if (id != null) {
                close(id, () -> dealService.win(id));
            }
        });
        lose.setText(getTranslation("crm.deal.lose"));
        lose.setIcon(VaadinIcon.THUMBS_DOWN_O.create());
        lose.setId("crm-deal-lose");
        lose.addThemeVariants(ButtonVariant.LUMO_ERROR);
        lose.addClickListener(e -> {
            Long id = form.draft().getId();
            if (id != null) {
                askLostReason(getTranslation("crm.deal.lose"),
                        reason -> close(id, () -> dealService.lose(id, reason)));
            }
        });
        raiseImprovement.setText(getTranslation("crm.raise-improvement.button"));
        raiseImprovement.setIcon(VaadinIcon.LIGHTBULB.create());
        raiseImprovement.setId("crm-deal-raise-improvement");
        raiseImprovement.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        raiseImprovement.addClickListener(e -> {
            DealDraft shown = form.draft();
            Long id = shown.getId();
            if (id != null) {
                AccountRef account = shown.getAccount();
                new RaiseImprovementDialog(improvementRaising, recordLinks, CrmNavigation.DEAL, id,
                        shown.getName() + (account == null ? "" : " · " + account.name())).open();
            }
        });
        HorizontalLayout closeButtons = new HorizontalLayout(win, lose, raiseImprovement);
        closeButtons.addClassName("deal-close-buttons");
        closeButtons.setWrap(true);
        amounts.setId("crm-deal-amounts");
        H4 historyTitle = new H4(getTranslation("crm.deal.stage-history"));
        VerticalLayout content = new VerticalLayout(stageBar, closeButtons, amounts, form, historyTitle,
                stageHistory);
        content.setPadding(false);
        detail = new DetailPanel("crm-deal-detail", content, "crm.deal.field", this::showList);
        contacts = new DealContacts(dealService, contactService);
        timeline = new ActivityTimeline("crm-deal-activities", activityService, contactService, dealService,
                userService, currentUser);
        contactsTab = detail.addTab(getTranslation("crm.deal.tab.contacts"), contacts);
        activitiesTab = detail.addTab(getTranslation("crm.deal.tab.activities"), timeline);
        contacts.onChange(saved -> {
            form.draft().contactsChanged(saved);
            contactsTab.setLabel(tabLabel("crm.deal.tab.contacts", contacts.items().size()));
        });
        contacts.onConflict(this::conflict);
        timeline.onChange(this::showActivityCount);
        add(master, detail);
    }

    private void configureGrid() {
        grid.setId("crm-deals-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setMultiSort(false);
        var nameColumn = grid.addColumn(DealListItem::name).setHeader(getTranslation("crm.deal.field.name"))
                .setSortProperty("name").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(DealListItem::accountName).setHeader(getTranslation("crm.deal.field.account"))
                .setSortProperty("a.name").setAutoWidth(true);
        grid.addColumn(d -> money(d.amount())).setHeader(getTranslation("crm.deal.field.amount"))
                .setSortProperty("amount").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(DealListItem::stageName).setHeader(getTranslation("crm.deal.field.stage"))
                .setSortProperty("s.position").setAutoWidth(true);
        grid.addColumn(d -> d.probability() + " %").setHeader(getTranslation("crm.deal.field.probability"))
                .setSortProperty("probability").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(d -> money(d.weighted())).setHeader(getTranslation("crm.deal.field.weighted"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(d -> date(d.expectedCloseDate()))
                .setHeader(getTranslation("crm.deal.field.expectedCloseDate"))
                .setSortProperty("expectedCloseDate").setAutoWidth(true);
        grid.addColumn(DealListItem::ownerName).setHeader(getTranslation("crm.deal.field.owner"))
                .setSortProperty("o.displayName").setAutoWidth(true);
        grid.sort(List.of(new GridSortOrder<>(nameColumn, SortDirection.ASCENDING)));
        grid.setItems(query -> dealService.list(filter(), toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("crm.deals.empty"));
        GridNavigation.openRowsWith(grid, row -> open(row.id()));
    }

    private void configureStageHistory() {
        stageHistory.setId("crm-deal-stage-history");
        stageHistory.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        stageHistory.setAllRowsVisible(true);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);
        stageHistory.addColumn(c -> format.withLocale(getLocale()).withZone(ClientTime.zone()).format(c.changedAt()))
                .setHeader(getTranslation("history.when")).setAutoWidth(true).setFlexGrow(0);
        stageHistory.addColumn(c -> (c.fromStageId() == null ? "–" : stageName(c.fromStageId())) + " → "
                + stageName(c.toStageId())).setHeader(getTranslation("crm.deal.field.stage")).setFlexGrow(1);
        stageHistory.addColumn(c -> money(c.amount())).setHeader(getTranslation("crm.deal.field.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        stageHistory.addColumn(StageChange::changedBy).setHeader(getTranslation("history.who")).setAutoWidth(true);
        stageHistory.setEmptyStateText(getTranslation("history.empty"));
    }

    DealFilter filter() {
        StageInfo stage = stageFilter.getValue();
        UserRef owner = ownerFilter.getValue();
        TeamRef team = teamFilter.getValue();
        return new DealFilter(search.getValue(), stage == null ? null : stage.id(), owner == null ? null : owner.id(),
                team == null ? null : team.id(), closeFrom.getValue(), closeTo.getValue(), null,
                noNextActivity.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    static RouteParameters parameters(String dealId) {
        return new RouteParameters(DEAL_ID, dealId);
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(DealsView.class, parameters(Long.toString(id))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // the dashboard links here with ?noNextActivity=true
        if (event.getLocation().getQueryParameters().getSingleParameter("noNextActivity").filter("true"::equals)
                .isPresent()) {
            noNextActivity.setValue(true);
        }
        DetailRoute.dispatch(event, DEAL_ID, () -> closeDetail(), () -> {
            TandemUser me = currentUser.require();
            StageInfo first = stages.stream().filter(s -> !s.closed()).findFirst().orElseThrow();
            UserRef owner = new UserRef(me.id(), me.getUsername(), me.displayName());
            AccountRef account = accountFrom(event);
            openDetail(account == null ? DealDraft.newIn(first, owner) : DealDraft.newAt(first, account, owner));
        }, id -> openDetail(load(id)));
    }

    /** The account of {@code ?account=42} (the account page's "New deal"), if the user may read it. */
    private @Nullable AccountRef accountFrom(BeforeEnterEvent event) {
        return event.getLocation().getQueryParameters().getSingleParameter(AccountContacts.ACCOUNT_PARAMETER)
                .filter(v -> v.matches("\\d{1,18}")).map(Long::parseLong).map(id -> {
                    try {
                        AccountData account = accountService.load(id);
                        return new AccountRef(id, account.name(), account.website());
                    } catch (RecordNotFoundException e) {
                        return null;
                    }
                }).orElse(null);
    }

    private DealDraft load(long id) {
        DealData data = dealService.load(id);
        AccountData account = accountService.load(data.accountId());
        String ownerName = userService.displayNames(List.of(data.ownerId())).getOrDefault(data.ownerId(), "");
        return DealDraft.of(data, new AccountRef(data.accountId(), account.name(), account.website()),
                new UserRef(data.ownerId(), "", ownerName));
    }

    private void openDetail(DealDraft draft) {
        form.edit(draft);
        Long id = draft.getId();
        detail.open(draft.isNew() ? getTranslation("crm.deals.new") : draft.getName(),
                id == null ? null : () -> dealService.history(id));
        boolean editable = id == null || dealService.mayEdit(id);
        form.setReadOnly(!editable);
        showStages(draft, editable);
        StageInfo stage = stagesById.get(draft.getStageId());
        boolean open = id != null && editable && stage != null && !stage.closed();
        win.setVisible(open);
        lose.setVisible(open);
        raiseImprovement.setVisible(id != null);
        if (id != null && !editable) {
            detail.actions().add(new ReadOnlyNotice());
        }
        AccountRef account = draft.getAccount();
        if (id == null || account == null) {
            contactsTab.setLabel(getTranslation("crm.deal.tab.contacts"));
            activitiesTab.setLabel(getTranslation("crm.deal.tab.activities"));
        } else {
            contacts.show(id, draft.getName(), account.id(), draft.getVersion(), editable);
            contactsTab.setLabel(tabLabel("crm.deal.tab.contacts", contacts.items().size()));
            timeline.showDeal(account, new DealChoice(id, draft.getName()));
            showActivityCount();
        }
        if (id == null) {
            amounts.setVisible(false);
            stageHistory.setItems(List.of());
        } else {
            DealData data = draft.toData();
            BigDecimal weighted = data.amount().multiply(BigDecimal.valueOf(data.probability()))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            amounts.setText(getTranslation("crm.deal.amounts", money(data.amount()), data.probability(),
                    money(weighted)));
            amounts.setVisible(true);
            stageHistory.setItems(dealService.stageHistory(id));
        }
        stageHistory.setVisible(id != null);
    }

    /** The stages as buttons, the current one marked; clicking another moves the deal, if the user may. */
    private void showStages(DealDraft draft, boolean editable) {
        stageBar.removeAll();
        stageBar.setVisible(!draft.isNew());
        for (StageInfo stage : stages) {
            Button button = new Button(stage.name());
            button.setId("crm-deal-stage-" + stage.id());
            if (stage.id() == draft.getStageId()) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                button.getElement().setAttribute("aria-current", "step");
            } else {
                button.addThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_TERTIARY);
                button.setEnabled(editable);
                button.addClickListener(e -> {
                    Long id = draft.getId();
                    if (id == null) {
                        return;
                    }
                    if (stage.lost()) {
                        askLostReason(getTranslation("crm.deal.lost.confirm", stage.name()),
                                reason -> move(id, stage, reason));
                    } else {
                        move(id, stage, null);
                    }
                });
            }
            stageBar.add(button);
        }
    }

    /** Closes the deal as won or lost and shows it again in its closed stage. */
    private void close(long dealId, Supplier<DealData> action) {
        try {
            DealData closed = action.get();
            Notices.success(getTranslation("crm.deal.moved", closed.name(), stageName(closed.stageId())));
            refresh();
            openDetail(load(dealId));
        } catch (RuntimeException e) {
            Failures.show(e);
        }
    }

    private void showActivityCount() {
        Long id = form.draft().getId();
        if (id == null) {
            return;
        }
        try {
            activitiesTab.setLabel(tabLabel("crm.deal.tab.activities", activityService.countOfDeal(id)));
        } catch (RuntimeException e) {
            Failures.show(e);
        }
    }

    private String tabLabel(String key, long count) {
        return getTranslation("crm.tab.count", getTranslation(key), count);
    }

    private void askLostReason(String confirmText, LongConsumer onReason) {
        Dialog dialog = new Dialog();
        dialog.setId("crm-lost-dialog");
        dialog.setHeaderTitle(getTranslation("crm.deal.lost.title"));
        ComboBox<LostReasonRef> reason = new ComboBox<>(getTranslation("crm.deal.lost.reason"));
        reason.setId("crm-lost-reason");
        reason.setWidthFull();
        reason.setItems(dealService.lostReasons());
        reason.setItemLabelGenerator(LostReasonRef::name);
        Button confirm = new Button(confirmText, c -> {
            LostReasonRef chosen = reason.getValue();
            if (chosen == null) {
                reason.setErrorMessage(getTranslation("deal.lost-reason.required"));
                reason.setInvalid(true);
                return;
            }
            dialog.close();
            onReason.accept(chosen.id());
        });
        confirm.setId("crm-lost-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), confirm);
        dialog.open();
        reason.focus();
    }

    private void move(long dealId, StageInfo stage, @Nullable Long lostReasonId) {
        try {
            DealData moved = dealService.moveToStage(dealId, stage.id(), lostReasonId);
            Notices.success(getTranslation("crm.deal.moved", moved.name(), stage.name()));
            refresh();
            openDetail(load(dealId));
        } catch (RuntimeException e) {
            Failures.show(e);
        }
    }

    private void save(DealDraft draft) {
        try {
            DealData data = draft.toData();
            DealData saved = draft.isNew() ? dealService.create(data) : dealService.update(data);
            Notices.success(getTranslation("crm.deals.saved", saved.name()));
            refresh();
            Long id = saved.id();
            if (id != null) {
                open(id);
            }
        } catch (OptimisticLockingFailureException e) {
            conflict();
        } catch (RuntimeException e) {
            Failures.show(e);
        }
    }

    /** Someone else saved this deal meanwhile: keep the input, offer to reload the current state. */
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

    private String stageName(long stageId) {
        StageInfo stage = stagesById.get(stageId);
        return stage == null ? "#" + stageId : stage.name();
    }

    private String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    private String date(@Nullable LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(date);
    }

    private void showList() {
        getUI().ifPresent(ui -> ui.navigate(DealsView.class));
    }

    private void closeDetail() {
        detail.close();
        grid.deselectAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.crm.deals") + " | " + getTranslation("app.name");
    }
}
