package app.tandem.improvement.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.ui.ClientTime;
import app.tandem.base.ui.DetailPanel;
import app.tandem.base.ui.DetailRoute;
import app.tandem.base.ui.Failures;
import app.tandem.base.ui.RecordLinks;
import app.tandem.base.ui.GridNavigation;
import app.tandem.base.ui.MainLayout;
import app.tandem.base.ui.Notices;
import app.tandem.base.io.TabularFormat;
import app.tandem.base.io.TabularWriter;
import app.tandem.base.ui.SearchField;
import app.tandem.improvement.ActionRow;
import app.tandem.improvement.AreaRef;
import app.tandem.improvement.AreaService;
import app.tandem.improvement.ImpactData;
import app.tandem.improvement.ImpactUnit;
import app.tandem.improvement.ImprovementService;
import app.tandem.improvement.ItemData;
import app.tandem.improvement.ItemFilter;
import app.tandem.improvement.ItemKind;
import app.tandem.improvement.ItemListItem;
import app.tandem.improvement.ItemRights;
import app.tandem.improvement.ItemStatus;
import app.tandem.improvement.LogItem;
import app.tandem.improvement.LogKind;
import app.tandem.org.TeamRef;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import app.tandem.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Improvement items: a lazy, filterable list and the item page as its detail ({@code /improvement/items/42}):
 * the status steps the user may take, the content with the A3 sections, the implementation plan, the impacts,
 * the log, and the history.
 */
@Route(value = "improvement/items/:itemId?", layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.SUPERVISOR, Roles.STAFF, Roles.COMPLIANCE_OFFICER})
class ItemsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ITEM_ID = "itemId";

    private final ImprovementService service;
    private final AreaService areaService;
    private final UserService userService;
    private final RecordLinks recordLinks;
    private final String currencyCode;
    final Grid<ItemListItem> grid = new Grid<>();
    final SearchField search;
    final Select<ItemStatus> statusFilter = new Select<>();
    final Select<ItemKind> kindFilter = new Select<>();
    final ComboBox<TeamRef> teamFilter = new ComboBox<>();
    final ComboBox<AreaRef> areaFilter = new ComboBox<>();
    final Checkbox overdueFilter = new Checkbox();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ItemForm form;
    final Span statusBadge = new Span();
    final Span overdueBadge = new Span();
    final Paragraph statusNote = new Paragraph();
    /** The record the item was raised from, as a link when its feature says where it opens. */
    final Anchor origin = new Anchor();
    final Grid<ActionRow> plan = new Grid<>();
    final TextField newActionWhat = new TextField();
    final ComboBox<UserRef> newActionOwner = new ComboBox<>();
    final DatePicker newActionDue = new DatePicker();
    final Button addAction = new Button();
    final Button cancelActionEdit = new Button();
    /** The plan row being changed in the row of fields below the plan, or null when adding. */
    private @Nullable ActionRow editingAction;
    /** Display names of the shown plan rows' owners, read once per showing. */
    private Map<Long, String> planOwners = Map.of();
    final Grid<ImpactData> impacts = new Grid<>();
    final Button addImpact = new Button();
    final Span impactsLock = new Span();
    final TextArea comment = new TextArea();
    final Button addComment = new Button();
    final Div log = new Div();
    final DetailPanel detail;
    private @Nullable Long openId;
    private ItemRights rights = new ItemRights(false, false, false, java.util.Set.of());

    ItemsView(ImprovementService service, AreaService areaService, UserService userService, RecordLinks recordLinks,
            @Value("${tandem.currency:${tandem.crm.currency:EUR}}") String currencyCode) {
        this.service = service;
        this.areaService = areaService;
        this.userService = userService;
        this.recordLinks = recordLinks;
        this.currencyCode = currencyCode;
        addClassNames("master-detail", "items-view");
        List<TeamRef> teams = service.teams();
        this.form = new ItemForm(userService, areaService::active, teams, service.approvers());

        search = new SearchField("improvement-items-search", getTranslation("improvement.items.search"),
                this::refresh);
        statusFilter.setId("improvement-items-status");
        statusFilter.setAriaLabel(getTranslation("improvement.field.status"));
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("improvement.filter.any-status"));
        statusFilter.setItems(ItemStatus.values());
        statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("improvement.filter.any-status")
                : getTranslation("improvement.status." + s.name()));
        statusFilter.addValueChangeListener(e -> refresh());
        kindFilter.setId("improvement-items-kind");
        kindFilter.setAriaLabel(getTranslation("improvement.field.kind"));
        kindFilter.setEmptySelectionAllowed(true);
        kindFilter.setEmptySelectionCaption(getTranslation("improvement.filter.any-kind"));
        kindFilter.setItems(ItemKind.values());
        kindFilter.setItemLabelGenerator(k -> k == null ? getTranslation("improvement.filter.any-kind")
                : getTranslation("improvement.kind." + k.name()));
        kindFilter.addValueChangeListener(e -> refresh());
        teamFilter.setId("improvement-items-team");
        teamFilter.setPlaceholder(getTranslation("improvement.field.team"));
        teamFilter.setAriaLabel(getTranslation("improvement.field.team"));
        teamFilter.setItems(teams);
        teamFilter.setItemLabelGenerator(TeamRef::name);
        teamFilter.setClearButtonVisible(true);
        teamFilter.addValueChangeListener(e -> refresh());
        areaFilter.setId("improvement-items-area");
        areaFilter.setPlaceholder(getTranslation("improvement.field.area"));
        areaFilter.setAriaLabel(getTranslation("improvement.field.area"));
        areaFilter.setItems(areaService.active());
        areaFilter.setItemLabelGenerator(AreaRef::name);
        areaFilter.setClearButtonVisible(true);
        areaFilter.addValueChangeListener(e -> refresh());
        overdueFilter.setLabel(getTranslation("improvement.filter.overdue"));
        overdueFilter.setId("improvement-items-overdue");
        overdueFilter.addValueChangeListener(e -> refresh());
        from.setPlaceholder(getTranslation("improvement.filter.from"));
        from.setAriaLabel(getTranslation("improvement.filter.from"));
        from.setClearButtonVisible(true);
        from.addValueChangeListener(e -> refresh());
        to.setPlaceholder(getTranslation("improvement.filter.to"));
        to.setAriaLabel(getTranslation("improvement.filter.to"));
        to.setClearButtonVisible(true);
        to.addValueChangeListener(e -> refresh());
        Button submit = new Button(getTranslation("improvement.submit.title"), VaadinIcon.LIGHTBULB.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(SubmitIdeaView.class)));
        submit.setId("improvement-items-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(search, statusFilter, kindFilter, teamFilter, areaFilter,
                from, to, overdueFilter, submit, exportMenu());
        toolbar.addClassName("toolbar");
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        configureGrid();
        Div master = new Div(toolbar, grid);
        master.addClassName("master");

        form.addSaveListener(e -> save(e.draft()));
        statusBadge.setId("improvement-item-status");
        statusBadge.addClassName("status-badge");
        overdueBadge.setId("improvement-item-overdue");
        overdueBadge.addClassNames("status-badge", "status-locked");
        overdueBadge.setText(getTranslation("improvement.overdue"));
        statusNote.setId("improvement-item-status-note");
        statusNote.addClassName("empty-state");
        HorizontalLayout badges = new HorizontalLayout(statusBadge, overdueBadge);
        badges.setSpacing(true);
        origin.setId("improvement-item-origin");
        origin.setVisible(false);
        VerticalLayout content = new VerticalLayout(badges, statusNote, origin, form, planSection(), impactsSection(),
                logSection());
        content.setPadding(false);
        detail = new DetailPanel("improvement-item-detail", content, "improvement.field", this::showList);
        add(master, detail);
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
        grid.addColumn(i -> money(i.annualTarget())).setHeader(getTranslation("improvement.items.annual-target"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        var created = grid.addColumn(i -> i.createdAt() == null ? "" : date(LocalDate.ofInstant(i.createdAt(),
                ClientTime.zone()))).setHeader(getTranslation("improvement.field.created"))
                .setSortProperty("createdAt").setAutoWidth(true);
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
        Span due = new Span(date(item.dueDate()));
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

    /** The two downloads, kept together when the toolbar wraps. */
    private Div exportMenu() {
        Div menu = new Div(exportLink(TabularFormat.CSV), exportLink(TabularFormat.XLSX));
        menu.addClassName("export-menu");
        return menu;
    }

    /** A download of the filtered list, written page by page as it is read (never all rows in memory). */
    private Anchor exportLink(TabularFormat format) {
        Anchor link = new Anchor(exportHandler(format), "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create(),
                new Span(getTranslation("improvement.export." + format.extension())));
        link.setId("improvement-export-" + format.extension());
        link.addClassName("export-link");
        return link;
    }

    DownloadHandler exportHandler(TabularFormat format) {
        List<String> headers = Stream.of("title", "kind", "status", "area", "team", "owner", "priority", "dueDate",
                "overdue", "created").map(f -> getTranslation("improvement.field." + f)).collect(
                        java.util.stream.Collectors.toCollection(ArrayList::new));
        headers.add(getTranslation("improvement.items.annual-target") + " (" + currencyCode + ")");
        Map<String, String> labels = new java.util.HashMap<>();
        for (ItemStatus s : ItemStatus.values()) {
            labels.put("status." + s.name(), getTranslation("improvement.status." + s.name()));
        }
        for (ItemKind k : ItemKind.values()) {
            labels.put("kind." + k.name(), getTranslation("improvement.kind." + k.name()));
        }
        for (app.tandem.improvement.Priority p : app.tandem.improvement.Priority.values()) {
            labels.put("priority." + p.name(), getTranslation("improvement.priority." + p.name()));
        }
        String yes = getTranslation("improvement.export.yes");
        java.time.ZoneId zone = ClientTime.zone();
        char delimiter = TabularWriter.csvDelimiterFor(getLocale());
        return event -> {
            ItemFilter filter = filter();
            event.setFileName("improvements." + format.extension());
            event.setContentType(format.mediaType());
            try (TabularWriter writer = format == TabularFormat.CSV
                    ? TabularWriter.openCsv(event.getOutputStream(), headers, delimiter, zone)
                    : TabularWriter.open(format, event.getOutputStream(), headers, zone)) {
                int page = 0;
                org.springframework.data.domain.Slice<ItemListItem> slice;
                do {
                    slice = service.list(filter, org.springframework.data.domain.PageRequest.of(page++, 500,
                            org.springframework.data.domain.Sort.by(
                                    org.springframework.data.domain.Sort.Direction.DESC, "createdAt")));
                    for (ItemListItem i : slice) {
                        writer.write(java.util.Arrays.asList(i.title(), labels.get("kind." + i.kind().name()),
                                labels.get("status." + i.status().name()), i.areaName(), i.teamName(), i.ownerName(),
                                labels.get("priority." + i.priority().name()), i.dueDate(), i.overdue() ? yes : "",
                                i.createdAt(), i.annualTarget()));
                    }
                } while (slice.hasNext());
            }
        };
    }

    ItemFilter filter() {
        TeamRef team = teamFilter.getValue();
        AreaRef area = areaFilter.getValue();
        return new ItemFilter(search.getValue(), statusFilter.getValue(), kindFilter.getValue(),
                team == null ? null : team.id(), area == null ? null : area.id(), null,
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

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // the dashboard links here with ?status=IN_PROGRESS or ?overdue=true
        var query = event.getLocation().getQueryParameters();
        query.getSingleParameter("status").flatMap(name -> java.util.Arrays.stream(ItemStatus.values())
                .filter(s -> s.name().equals(name)).findFirst()).ifPresent(statusFilter::setValue);
        if (query.getSingleParameter("overdue").filter("true"::equals).isPresent()) {
            overdueFilter.setValue(true);
        }
        DetailRoute.dispatch(event, ITEM_ID, this::closeDetail, () -> event.forwardTo(SubmitIdeaView.class),
                this::openDetail);
    }

    // --- the item page ---------------------------------------------------------------------------------

    private void openDetail(long id) {
        ItemData data = service.load(id);
        rights = service.rights(id);
        openId = id;
        Map<Long, String> names = userService.displayNames(Stream.of(data.ownerId(), data.approverId())
                .filter(Objects::nonNull).toList());
        AreaRef area = data.areaId() == null ? null : areaService.byId(data.areaId());
        TeamRef team = data.teamId() == null ? null
                : service.teams().stream().filter(t -> t.id() == data.teamId()).findFirst().orElse(null);
        UserRef owner = new UserRef(data.ownerId(), "", names.getOrDefault(data.ownerId(), ""));
        UserRef approver = data.approverId() == null ? null
                : new UserRef(data.approverId(), "", names.getOrDefault(data.approverId(), ""));
        form.edit(new ItemDraft(data, area, team, owner, approver), rights.editContent());
        detail.open(data.title(), () -> service.history(id));
        statusBadge.setText(getTranslation("improvement.status." + data.status().name()));
        statusBadge.setClassName("status-badge improvement-status-" + data.status().name().toLowerCase());
        overdueBadge.setVisible(data.overdue());
        statusNote.setText(statusNote(data));
        statusNote.setVisible(!statusNote.getText().isEmpty());
        showOrigin(data);
        showActions(data);
        showPlan(id);
        showImpacts(id);
        showLog(id);
    }

    private String statusNote(ItemData data) {
        List<String> notes = new ArrayList<>();
        if (data.status() == ItemStatus.REJECTED && data.statusReason() != null) {
            notes.add(getTranslation("improvement.rejected-because", data.statusReason()));
        }
        if (data.status() == ItemStatus.DEFERRED && data.revisitDate() != null) {
            notes.add(getTranslation("improvement.deferred-until", date(data.revisitDate())));
        }
        return String.join(" · ", notes);
    }

    private void showOrigin(ItemData data) {
        String label = data.originLabel();
        Long originId = data.originId();
        String type = data.originType();
        origin.setVisible(label != null);
        if (label == null) {
            return;
        }
        origin.setText(getTranslation("improvement.origin", label));
        if (type != null && originId != null) {
            recordLinks.urlOf(type, originId).ifPresentOrElse(origin::setHref, origin::removeHref);
        } else {
            origin.removeHref();
        }
    }

    /** A button per step the user may take; reject asks for a reason, defer for a date. */
    private void showActions(ItemData data) {
        for (ItemStatus target : ItemStatus.values()) {
            if (!rights.moves().contains(target)) {
                continue;
            }
            Button step = new Button(getTranslation("improvement.move." + target.name()));
            step.setId("improvement-move-" + target.name());
            if (target == ItemStatus.REJECTED) {
                step.addThemeVariants(ButtonVariant.LUMO_ERROR);
                step.addClickListener(e -> askReason(data.id()));
            } else if (target == ItemStatus.DEFERRED) {
                step.addClickListener(e -> askRevisitDate(data.id()));
            } else {
                step.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                step.addClickListener(e -> move(data.id(), target, null, null));
            }
            detail.actions().add(step);
        }
    }

    private void askReason(@Nullable Long id) {
        Dialog dialog = new Dialog();
        dialog.setId("improvement-reject-dialog");
        dialog.setHeaderTitle(getTranslation("improvement.reject.title"));
        TextArea reason = new TextArea(getTranslation("improvement.reject.reason"));
        reason.setId("improvement-reject-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        Button confirm = new Button(getTranslation("improvement.move.REJECTED"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("improvement.reject.reason-required"));
                reason.setInvalid(true);
                return;
            }
            dialog.close();
            move(id, ItemStatus.REJECTED, reason.getValue(), null);
        });
        confirm.setId("improvement-reject-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
        reason.focus();
    }

    private void askRevisitDate(@Nullable Long id) {
        Dialog dialog = new Dialog();
        dialog.setId("improvement-defer-dialog");
        dialog.setHeaderTitle(getTranslation("improvement.defer.title"));
        DatePicker revisit = new DatePicker(getTranslation("improvement.defer.date"));
        revisit.setId("improvement-defer-date");
        revisit.setMin(LocalDate.now(ClientTime.zone()).plusDays(1));
        TextArea reason = new TextArea(getTranslation("improvement.defer.reason"));
        reason.setId("improvement-defer-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        Button confirm = new Button(getTranslation("improvement.move.DEFERRED"), e -> {
            if (revisit.getValue() == null) {
                revisit.setErrorMessage(getTranslation("improvement.defer.date-required"));
                revisit.setInvalid(true);
                return;
            }
            dialog.close();
            move(id, ItemStatus.DEFERRED, reason.getValue(), revisit.getValue());
        });
        confirm.setId("improvement-defer-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(revisit, reason));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
        revisit.focus();
    }

    private void move(@Nullable Long id, ItemStatus target, @Nullable String reason, @Nullable LocalDate revisit) {
        if (id == null) {
            return;
        }
        try {
            service.moveTo(id, target, reason, revisit);
            Notices.success(getTranslation("improvement.moved", getTranslation("improvement.status." + target.name())));
            refresh();
            openDetail(id);
        } catch (RuntimeException e) {
            Failures.show(e);
        }
    }

    private void save(ItemDraft draft) {
        try {
            ItemData saved = service.update(draft.toData());
            Notices.success(getTranslation("improvement.saved", saved.title()));
            refresh();
            openDetail(Objects.requireNonNull(saved.id()));
        } catch (OptimisticLockingFailureException e) {
            Notices.errorWithAction(getTranslation("error.conflict"), getTranslation("action.reload"),
                    "conflict-reload", () -> {
                        if (openId != null) {
                            openDetail(openId);
                        }
                    });
        } catch (RuntimeException e) {
            Failures.show(e);
        }
    }

    // --- implementation plan ---------------------------------------------------------------------------

    private Component planSection() {
        plan.setId("improvement-plan");
        plan.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        plan.setAllRowsVisible(true);
        plan.addComponentColumn(row -> {
            Checkbox done = new Checkbox(row.done());
            done.setAriaLabel(getTranslation("improvement.action.done"));
            done.setReadOnly(!rights.editContent());
            done.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    saveAction(new ActionRow(row.id(), row.version(), row.what(), row.ownerId(), row.dueDate(),
                            e.getValue()));
                }
            });
            return done;
        }).setHeader(getTranslation("improvement.action.done")).setAutoWidth(true).setFlexGrow(0);
        plan.addColumn(ActionRow::what).setHeader(getTranslation("improvement.action.what")).setFlexGrow(1);
        plan.addColumn(row -> row.ownerId() == null ? "" : planOwners.getOrDefault(row.ownerId(), ""))
                .setHeader(getTranslation("improvement.action.owner")).setAutoWidth(true);
        plan.addColumn(row -> date(row.dueDate())).setHeader(getTranslation("improvement.action.due"))
                .setAutoWidth(true);
        plan.addComponentColumn(row -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> editAction(row));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel(getTranslation("improvement.action.edit", row.what()));
            edit.setId("improvement-action-edit-" + row.id());
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDeleteAction(row));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("action.delete"));
            HorizontalLayout buttons = new HorizontalLayout(edit, delete);
            buttons.setSpacing(false);
            buttons.setVisible(rights.editContent());
            return buttons;
        }).setAutoWidth(true).setFlexGrow(0);
        plan.setEmptyStateText(getTranslation("improvement.plan.empty"));
        newActionWhat.setPlaceholder(getTranslation("improvement.action.what"));
        newActionWhat.setAriaLabel(getTranslation("improvement.action.what"));
        newActionWhat.setId("improvement-action-what");
        newActionWhat.setMaxLength(500);
        newActionOwner.setPlaceholder(getTranslation("improvement.action.owner"));
        newActionOwner.setAriaLabel(getTranslation("improvement.action.owner"));
        newActionOwner.setItems(q -> userService.findUsers(q.getFilter().orElse(null), toSpringPageRequest(q)).stream());
        newActionOwner.setItemLabelGenerator(UserRef::displayName);
        newActionDue.setPlaceholder(getTranslation("improvement.action.due"));
        newActionDue.setAriaLabel(getTranslation("improvement.action.due"));
        addAction.setText(getTranslation("improvement.action.add"));
        addAction.setId("improvement-action-add");
        addAction.addClickListener(e -> {
            if (newActionWhat.getValue().isBlank()) {
                newActionWhat.setErrorMessage(getTranslation("improvement.action.what-required"));
                newActionWhat.setInvalid(true);
                return;
            }
            newActionWhat.setInvalid(false);
            UserRef owner = newActionOwner.getValue();
            ActionRow editing = editingAction;
            ActionRow row = editing == null
                    ? new ActionRow(null, 0, newActionWhat.getValue(), owner == null ? null : owner.id(),
                            newActionDue.getValue(), false)
                    : new ActionRow(editing.id(), editing.version(), newActionWhat.getValue(),
                            owner == null ? null : owner.id(), newActionDue.getValue(), editing.done());
            if (saveAction(row)) {
                endActionEdit();
            }
        });
        cancelActionEdit.setText(getTranslation("action.cancel"));
        cancelActionEdit.setId("improvement-action-cancel");
        cancelActionEdit.setVisible(false);
        cancelActionEdit.addClickListener(e -> endActionEdit());
        HorizontalLayout add = new HorizontalLayout(newActionWhat, newActionOwner, newActionDue, addAction,
                cancelActionEdit);
        add.setWrap(true);
        add.setAlignItems(FlexComponent.Alignment.BASELINE);
        add.setId("improvement-plan-add");
        add.setWidthFull();
        newActionWhat.setMinWidth("16rem");
        add.setFlexGrow(1, newActionWhat);
        VerticalLayout section = new VerticalLayout(new H4(getTranslation("improvement.plan.title")), plan, add);
        section.setPadding(false);
        return section;
    }

    /** Puts a plan row into the fields below the plan to change it; saving keeps its done mark. */
    private void editAction(ActionRow row) {
        editingAction = row;
        newActionWhat.setValue(row.what());
        newActionWhat.setInvalid(false);
        Long ownerId = row.ownerId();
        newActionOwner.setValue(ownerId == null ? null
                : new UserRef(ownerId, "", userService.displayNames(List.of(ownerId)).getOrDefault(ownerId, "")));
        newActionDue.setValue(row.dueDate());
        addAction.setText(getTranslation("improvement.action.save"));
        cancelActionEdit.setVisible(true);
        newActionWhat.focus();
    }

    private void endActionEdit() {
        editingAction = null;
        newActionWhat.clear();
        newActionWhat.setInvalid(false);
        newActionOwner.clear();
        newActionDue.clear();
        addAction.setText(getTranslation("improvement.action.add"));
        cancelActionEdit.setVisible(false);
    }

    private void showPlan(long id) {
        List<ActionRow> rows = service.actions(id);
        // the owners' names in one query, not one per row
        planOwners = userService.displayNames(rows.stream().map(ActionRow::ownerId).filter(Objects::nonNull)
                .distinct().toList());
        plan.setItems(rows);
        newActionWhat.getParent().ifPresent(p -> p.setVisible(rights.editContent()));
    }

    private boolean saveAction(ActionRow row) {
        if (openId == null) {
            return false;
        }
        try {
            service.saveAction(openId, row);
            showPlan(openId);
            return true;
        } catch (OptimisticLockingFailureException e) {
            Notices.error(getTranslation("error.conflict"));
            showPlan(openId);
        } catch (RuntimeException e) {
            Failures.show(e);
        }
        return false;
    }

    private void confirmDeleteAction(ActionRow row) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("improvement.action.delete.title"),
                getTranslation("improvement.action.delete.text", row.what()), getTranslation("action.delete"), e -> {
                    if (openId != null && row.id() != null) {
                        try {
                            service.deleteAction(openId, row.id());
                            showPlan(openId);
                        } catch (RuntimeException ex) {
                            Failures.show(ex);
                        }
                    }
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setId("improvement-confirm-delete");
        confirm.open();
    }

    // --- impacts ---------------------------------------------------------------------------------------

    private Component impactsSection() {
        impacts.setId("improvement-impacts");
        impacts.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        impacts.setAllRowsVisible(true);
        impacts.addColumn(m -> getTranslation("improvement.impact.type." + m.type().name())
                + (m.description() == null ? "" : " · " + m.description()))
                .setHeader(getTranslation("improvement.impact.field.type")).setFlexGrow(1);
        impacts.addColumn(m -> getTranslation(m.hard() ? "improvement.impact.hard" : "improvement.impact.soft"))
                .setHeader(getTranslation("improvement.impact.field.hard")).setAutoWidth(true);
        impacts.addColumn(m -> getTranslation("improvement.impact.recurrence." + m.recurrence().name()))
                .setHeader(getTranslation("improvement.impact.field.recurrence")).setAutoWidth(true);
        impacts.addColumn(m -> value(m.target(), m.unit())).setHeader(getTranslation("improvement.impact.field.target"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        impacts.addColumn(m -> value(m.forecast(), m.unit()))
                .setHeader(getTranslation("improvement.impact.field.forecast")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        impacts.addColumn(m -> value(m.actual(), m.unit())).setHeader(getTranslation("improvement.impact.field.actual"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        impacts.addColumn(m -> value(m.annualActual() != null ? m.annualActual() : m.annualTarget(), m.unit()))
                .setHeader(getTranslation("improvement.impact.annual")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        impacts.addComponentColumn(m -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> editImpact(m));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel(getTranslation("improvement.impact.edit"));
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDeleteImpact(m));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("action.delete"));
            HorizontalLayout buttons = new HorizontalLayout(edit, delete);
            buttons.setSpacing(false);
            buttons.setVisible(rights.editImpacts());
            return buttons;
        }).setAutoWidth(true).setFlexGrow(0);
        impacts.setEmptyStateText(getTranslation("improvement.impacts.empty"));
        addImpact.setText(getTranslation("improvement.impact.add"));
        addImpact.setIcon(VaadinIcon.PLUS.create());
        addImpact.setId("improvement-impact-add");
        addImpact.addClickListener(e -> editImpact(null));
        impactsLock.setId("improvement-impacts-lock");
        impactsLock.addClassNames("status-badge", "status-inactive");
        HorizontalLayout title = new HorizontalLayout(new H4(getTranslation("improvement.impacts.title")), impactsLock);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout section = new VerticalLayout(title, impacts, addImpact);
        section.setPadding(false);
        return section;
    }

    private void showImpacts(long id) {
        impacts.setItems(service.impacts(id));
        addImpact.setVisible(rights.editImpacts());
        impactsLock.setVisible(rights.impactsLocked());
        impactsLock.setText(getTranslation(rights.editImpacts() ? "improvement.impacts.locked-but-yours"
                : "improvement.impacts.locked"));
    }

    private void editImpact(@Nullable ImpactData existing) {
        ImpactDialog[] dialog = new ImpactDialog[1];
        dialog[0] = new ImpactDialog(existing, currencyCode, data -> {
            if (openId == null) {
                return;
            }
            try {
                service.saveImpact(openId, data);
                dialog[0].close();
                showImpacts(openId);
                showLog(openId);
                refresh();
            } catch (OptimisticLockingFailureException e) {
                Notices.error(getTranslation("error.conflict"));
            } catch (RuntimeException e) {
                Failures.show(e);
            }
        });
        dialog[0].open();
    }

    private void confirmDeleteImpact(ImpactData impact) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("improvement.impact.delete.title"),
                getTranslation("improvement.impact.delete.text",
                        getTranslation("improvement.impact.type." + impact.type().name())),
                getTranslation("action.delete"), e -> {
                    if (openId != null && impact.id() != null) {
                        try {
                            service.deleteImpact(openId, impact.id(), impact.version());
                            showImpacts(openId);
                            showLog(openId);
                            refresh();
                        } catch (RuntimeException ex) {
                            Failures.show(ex);
                        }
                    }
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setId("improvement-confirm-delete");
        confirm.open();
    }

    // --- log -------------------------------------------------------------------------------------------

    private Component logSection() {
        comment.setPlaceholder(getTranslation("improvement.log.comment"));
        comment.setAriaLabel(getTranslation("improvement.log.comment"));
        comment.setId("improvement-comment");
        comment.setWidthFull();
        comment.setMaxLength(5000);
        addComment.setText(getTranslation("improvement.log.add"));
        addComment.setId("improvement-comment-add");
        addComment.addClickListener(e -> {
            if (openId == null) {
                return;
            }
            if (comment.getValue().isBlank()) {
                comment.setErrorMessage(getTranslation("improvement.comment.required"));
                comment.setInvalid(true);
                return;
            }
            try {
                service.comment(openId, comment.getValue());
                comment.clear();
                comment.setInvalid(false);
                showLog(openId);
            } catch (RuntimeException ex) {
                Failures.show(ex);
            }
        });
        log.setId("improvement-log");
        log.addClassName("improvement-log");
        VerticalLayout section = new VerticalLayout(new H4(getTranslation("improvement.log.title")), comment,
                addComment, log);
        section.setPadding(false);
        return section;
    }

    private void showLog(long id) {
        log.removeAll();
        List<LogItem> entries = service.log(id);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ClientTime.zone());
        for (LogItem entry : entries) {
            Div row = new Div();
            row.addClassNames("improvement-log-entry", "log-" + entry.kind().name().toLowerCase());
            Span meta = new Span(format.format(entry.loggedAt()) + " · " + entry.authorName());
            meta.addClassName("improvement-log-meta");
            Span text = new Span(describe(entry));
            text.addClassName("improvement-log-text");
            row.add(meta, text);
            log.add(row);
        }
        if (entries.isEmpty()) {
            log.add(new Span(getTranslation("improvement.log.empty")));
        }
    }

    private String describe(LogItem entry) {
        String text = entry.text() == null ? "" : entry.text();
        if (entry.kind() == LogKind.STATUS && entry.toStatus() != null) {
            String to = getTranslation("improvement.status." + entry.toStatus().name());
            String line = entry.fromStatus() == null ? getTranslation("improvement.log.created", to)
                    : getTranslation("improvement.log.moved", getTranslation("improvement.status."
                            + entry.fromStatus().name()), to);
            if (text.startsWith("improvement.log.") && text.contains("|")) {
                // an automatic step, e.g. a deferred item back on its revisit date: key|date
                String[] parts = text.split("\\|", -1);
                text = getTranslation(parts[0], date(LocalDate.parse(parts[1])));
            }
            return text.isEmpty() ? line : line + ": " + text;
        }
        if (entry.kind() == LogKind.IMPACT) {
            String[] parts = text.split("\\|", -1);
            if (parts.length == 5) {
                return getTranslation(parts[0], getTranslation("improvement.impact.type." + parts[1]),
                        parts[2].isEmpty() ? "–" : parts[2], parts[3].isEmpty() ? "–" : parts[3],
                        parts[4].isEmpty() ? "–" : parts[4]);
            }
        }
        return text;
    }

    // --- formatting ------------------------------------------------------------------------------------

    private String value(@Nullable BigDecimal v, ImpactUnit unit) {
        if (v == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(2);
        return switch (unit) {
            case MONEY -> format.format(v) + " " + currencyCode;
            case HOURS -> format.format(v) + " h";
            case PERCENT -> format.format(v) + " %";
            case COUNT -> format.format(v);
        };
    }

    private String money(BigDecimal amount) {
        if (amount.signum() == 0) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(0);
        return format.format(amount) + " " + currencyCode;
    }

    private String date(@Nullable LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(date);
    }

    private void showList() {
        getUI().ifPresent(ui -> ui.navigate(ItemsView.class));
    }

    private void closeDetail() {
        openId = null;
        detail.close();
        grid.deselectAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.improvement.items") + " | " + getTranslation("app.name");
    }
}
