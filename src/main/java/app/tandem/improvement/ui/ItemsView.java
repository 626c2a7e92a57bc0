package app.tandem.improvement.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.ui.ClientTime;
import app.tandem.base.ui.DetailPanel;
import app.tandem.base.ui.DetailRoute;
import app.tandem.base.ui.ExportMenu;
import app.tandem.base.ui.GridNavigation;
import app.tandem.base.ui.RecordLinks;
import app.tandem.base.ui.SearchField;
import app.tandem.improvement.ActionPlanService;
import app.tandem.improvement.AreaRef;
import app.tandem.improvement.AreaService;
import app.tandem.improvement.ImpactService;
import app.tandem.improvement.ImprovementService;
import app.tandem.improvement.ItemFilter;
import app.tandem.improvement.ItemKind;
import app.tandem.improvement.ItemListItem;
import app.tandem.improvement.ItemLogService;
import app.tandem.improvement.ItemStatus;
import app.tandem.org.TeamRef;
import app.tandem.org.UserService;
import app.tandem.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;

/**
 * Improvement items: a lazy, filterable list with its export, and the item page ({@link ItemPage}) as its detail,
 * on a route of its own ({@code /improvement/items/42}) so that a link or a reload opens the same item.
 */
@Route("improvement/items/:itemId?")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.SUPERVISOR, Roles.STAFF, Roles.COMPLIANCE_OFFICER})
class ItemsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ITEM_ID = "itemId";

    private final ImprovementService service;
    private final ItemFormats formats;
    final Grid<ItemListItem> grid = new Grid<>();
    final SearchField search;
    final Select<ItemStatus> statusFilter;
    final Select<ItemKind> kindFilter;
    final ComboBox<TeamRef> teamFilter;
    final ComboBox<AreaRef> areaFilter;
    final Checkbox overdueFilter = new Checkbox();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ExportMenu<ItemFilter> exports;
    final ItemPage page;
    final DetailPanel detail;

    ItemsView(ImprovementService service, ImpactService impactService, ActionPlanService planService,
            ItemLogService logService, AreaService areaService, UserService userService, RecordLinks recordLinks,
            @Value("${tandem.currency:${tandem.crm.currency:EUR}}") String currencyCode) {
        this.service = service;
        this.formats = new ItemFormats(getLocale(), currencyCode);
        addClassNames("master-detail", "items-view");
        List<TeamRef> teams = service.teams();
        search = new SearchField("improvement-items-search", getTranslation("improvement.items.search"),
                this::refresh);
        statusFilter = ItemFilterFields.status(this::refresh);
        statusFilter.setId("improvement-items-status");
        kindFilter = ItemFilterFields.kind(this::refresh);
        kindFilter.setId("improvement-items-kind");
        teamFilter = ItemFilterFields.team(teams, this::refresh);
        teamFilter.setId("improvement-items-team");
        areaFilter = ItemFilterFields.area(areaService.active(), this::refresh);
        areaFilter.setId("improvement-items-area");
        overdueFilter.setLabel(getTranslation("improvement.filter.overdue"));
        overdueFilter.setId("improvement-items-overdue");
        overdueFilter.addValueChangeListener(e -> refresh());
        dateFilter(from, "improvement.filter.from");
        dateFilter(to, "improvement.filter.to");
        Button submit = new Button(getTranslation("improvement.submit.title"), VaadinIcon.LIGHTBULB.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(SubmitIdeaView.class)));
        submit.setId("improvement-items-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        configureGrid();
        exports = new ExportMenu<>("improvement", grid, this::filter, service::export);
        HorizontalLayout toolbar = new HorizontalLayout(search, statusFilter, kindFilter, teamFilter, areaFilter,
                from, to, overdueFilter, submit, exports);
        toolbar.addClassName("toolbar");
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div master = new Div(toolbar, grid);
        master.addClassName("master");

        page = new ItemPage(new ItemPage.Services(service, impactService, planService, logService, areaService,
                userService, recordLinks), teams, formats, this::refresh, this::showList);
        detail = page.detail;
        add(master, detail);
    }

    private void dateFilter(DatePicker picker, String key) {
        picker.setPlaceholder(getTranslation(key));
        picker.setAriaLabel(getTranslation(key));
        picker.setClearButtonVisible(true);
        picker.addValueChangeListener(e -> refresh());
    }

    private void configureGrid() {
        grid.setId("improvement-items-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setMultiSort(false);
        grid.addColumn(ItemListItem::title).setHeader(getTranslation("improvement.field.title"))
                .setSortProperty("title").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(i -> getTranslation("improvement.kind." + i.kind().name()))
                .setHeader(getTranslation("improvement.field.kind")).setSortProperty("kind").setAutoWidth(true);
        grid.addComponentColumn(this::statusCell).setHeader(getTranslation("improvement.field.status"))
                .setSortProperty("status").setAutoWidth(true);
        grid.addColumn(i -> i.areaName() == null ? "" : i.areaName()).setHeader(getTranslation("improvement.field.area"))
                .setSortProperty("a.name").setAutoWidth(true);
        grid.addColumn(i -> i.teamName() == null ? "" : i.teamName()).setHeader(getTranslation("improvement.field.team"))
                .setSortProperty("t.name").setAutoWidth(true);
        grid.addColumn(ItemListItem::ownerName).setHeader(getTranslation("improvement.field.owner"))
                .setSortProperty("o.displayName").setAutoWidth(true);
        grid.addComponentColumn(this::dueCell).setHeader(getTranslation("improvement.field.dueDate"))
                .setSortProperty("dueDate").setAutoWidth(true);
        grid.addColumn(i -> formats.money(i.annualTarget()))
                .setHeader(getTranslation("improvement.items.annual-target")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        var created = grid.addColumn(i -> i.createdAt() == null ? ""
                : formats.date(LocalDate.ofInstant(i.createdAt(), ClientTime.zone())))
                .setHeader(getTranslation("improvement.field.created")).setSortProperty("createdAt").setAutoWidth(true);
        grid.sort(List.of(new GridSortOrder<>(created, SortDirection.DESCENDING)));
        grid.setItems(query -> service.list(filter(), toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("improvement.items.empty"));
        GridNavigation.openRowsWith(grid, row -> open(row.id()));
    }

    private Component statusCell(ItemListItem item) {
        Span status = new Span(getTranslation("improvement.status." + item.status().name()));
        status.addClassNames("status-badge", "improvement-status-" + item.status().name().toLowerCase());
        return status;
    }

    private Component dueCell(ItemListItem item) {
        Span due = new Span(formats.date(item.dueDate()));
        if (!item.overdue()) {
            return due;
        }
        Span late = new Span(getTranslation("improvement.overdue"));
        late.addClassNames("status-badge", "status-locked", "overdue-badge");
        HorizontalLayout cell = new HorizontalLayout(due, late);
        cell.setSpacing(true);
        cell.setPadding(false);
        return cell;
    }

    ItemFilter filter() {
        return new ItemFilter(search.getValue(), statusFilter.getValue(), kindFilter.getValue(),
                ItemFilterFields.id(teamFilter.getValue()), ItemFilterFields.id(areaFilter.getValue()), null,
                Boolean.TRUE.equals(overdueFilter.getValue()), from.getValue(), to.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    static RouteParameters parameters(String itemId) {
        return new RouteParameters(ITEM_ID, itemId);
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(ItemsView.class, parameters(Long.toString(id))));
    }

    private void showList() {
        getUI().ifPresent(ui -> ui.navigate(ItemsView.class));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // the dashboard links here with ?status=IN_PROGRESS or ?overdue=true
        var query = event.getLocation().getQueryParameters();
        query.getSingleParameter("status").flatMap(name -> Arrays.stream(ItemStatus.values())
                .filter(s -> s.name().equals(name)).findFirst()).ifPresent(statusFilter::setValue);
        if (query.getSingleParameter("overdue").filter("true"::equals).isPresent()) {
            overdueFilter.setValue(true);
        }
        DetailRoute.dispatch(event, ITEM_ID, this::closeDetail, () -> event.forwardTo(SubmitIdeaView.class),
                page::show);
    }

    private void closeDetail() {
        page.close();
        grid.deselectAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.improvement.items") + " | " + getTranslation("app.name");
    }
}
