package app.tandem.compliance.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;


import app.tandem.base.ui.ExportMenu;
import app.tandem.base.ui.GridNavigation;
import app.tandem.compliance.ChecklistRunService;
import app.tandem.compliance.RunFilter;
import app.tandem.compliance.RunListItem;
import app.tandem.compliance.RunStatus;
import app.tandem.compliance.TemplateRef;
import app.tandem.org.TeamRef;
import app.tandem.org.TeamService;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import app.tandem.security.Roles;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;

/**
 * The runs the user may read (officers all, supervisors and managers their team's, everyone their own), lazily
 * from the database, filtered by status, template, team, assignee, due period and overdue.
 */
@Route("compliance/runs")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.SUPERVISOR, Roles.STAFF, Roles.COMPLIANCE_OFFICER})
class RunsView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final ChecklistRunService service;
    final Grid<RunListItem> grid = new Grid<>();
    final ComboBox<RunStatus> status = new ComboBox<>();
    final ComboBox<TemplateRef> template = new ComboBox<>();
    final ComboBox<TeamRef> team = new ComboBox<>();
    final ComboBox<UserRef> assignee = new ComboBox<>();
    final DatePicker dueFrom = new DatePicker();
    final DatePicker dueTo = new DatePicker();
    final Checkbox overdue = new Checkbox();
    final ExportMenu<RunFilter> exports;

    RunsView(ChecklistRunService service, TeamService teamService, UserService userService) {
        this.service = service;
        addClassName("runs-view");
        status.setLabel(getTranslation("compliance.field.status"));
        status.setId("runs-status");
        status.setItems(RunStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("compliance.status." + s.name()));
        template.setLabel(getTranslation("compliance.field.template"));
        template.setId("runs-template");
        template.setItems(service.templateChoices());
        template.setItemLabelGenerator(TemplateRef::name);
        team.setLabel(getTranslation("compliance.field.team"));
        team.setId("runs-team");
        team.setItems(teamService.findTeams(null, PageRequest.of(0, 500)).getContent());
        team.setItemLabelGenerator(TeamRef::name);
        assignee.setLabel(getTranslation("compliance.field.assignee"));
        assignee.setId("runs-assignee");
        assignee.setItems(q -> userService.findUsers(q.getFilter().orElse(null), toSpringPageRequest(q)).stream());
        assignee.setItemLabelGenerator(UserRef::displayName);
        dueFrom.setLabel(getTranslation("compliance.field.due-from"));
        dueFrom.setId("runs-due-from");
        dueTo.setLabel(getTranslation("compliance.field.due-to"));
        dueTo.setId("runs-due-to");
        overdue.setLabel(getTranslation("compliance.flag.overdue"));
        overdue.setId("runs-overdue");
        for (var field : java.util.List.of(status, template, team, assignee)) {
            ((ComboBox<?>) field).setClearButtonVisible(true);
        }
        status.addValueChangeListener(e -> refresh());
        template.addValueChangeListener(e -> refresh());
        team.addValueChangeListener(e -> refresh());
        assignee.addValueChangeListener(e -> refresh());
        dueFrom.addValueChangeListener(e -> refresh());
        dueTo.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());

        grid.setId("runs-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(RunListItem::template).setHeader(getTranslation("compliance.field.template"))
                .setSortProperty("templateId").setFlexGrow(2);
        grid.addColumn(RunListItem::team).setHeader(getTranslation("compliance.field.team")).setSortProperty("teamId");
        grid.addColumn(RunListItem::assignee).setHeader(getTranslation("compliance.field.assignee"));
        grid.addColumn(r -> Labels.date(this, r.dueOn())).setHeader(getTranslation("compliance.field.due"))
                .setSortProperty("dueOn");
        grid.addColumn(r -> Labels.statusText(this, r)).setHeader(getTranslation("compliance.field.status"))
                .setSortProperty("status").setFlexGrow(2);
        grid.addColumn(r -> r.score() == null ? "" : r.score() + " %").setHeader(getTranslation("compliance.field.score"))
                .setSortProperty("score");
        grid.setItems(query -> service.list(filter(), toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("compliance.runs.empty"));
        GridNavigation.openRowsWith(grid, row -> ComplianceNavigation.openRun(row.id()));

        exports = new ExportMenu<>("compliance-runs", grid, this::filter, service::export);
        Div filters = new Div(status, template, team, assignee, dueFrom, dueTo, overdue, exports);
        filters.addClassName("filter-bar");
        add(new H2(getTranslation("nav.compliance.runs")), filters, grid);
        setSizeFull();
    }

    /**
     * Opens filtered by {@code ?status=MISSED}, {@code ?overdue=true} and {@code ?dueFrom=2026-06-01&dueTo=2026-06-07}
     * (ISO days), e.g. from the dashboard.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter("status").flatMap(name -> Arrays.stream(RunStatus.values())
                .filter(s -> s.name().equals(name)).findFirst()).ifPresent(status::setValue);
        day(query, "dueFrom").ifPresent(dueFrom::setValue);
        day(query, "dueTo").ifPresent(dueTo::setValue);
        if (query.getSingleParameter("overdue").filter("true"::equals).isPresent()) {
            overdue.setValue(true);
        }
    }

    private static Optional<LocalDate> day(QueryParameters query, String name) {
        try {
            return query.getSingleParameter(name).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    RunFilter filter() {
        return new RunFilter(status.getValue(), template.getValue() == null ? null : template.getValue().id(),
                team.getValue() == null ? null : team.getValue().id(),
                assignee.getValue() == null ? null : assignee.getValue().id(), dueFrom.getValue(), dueTo.getValue(),
                overdue.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.compliance.runs");
    }
}
