package app.tandem.performance.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.ui.Notices;
import app.tandem.org.TeamRef;
import app.tandem.org.UserRef;
import app.tandem.performance.CopyResult;
import app.tandem.performance.MetricRef;
import app.tandem.performance.Period;
import app.tandem.performance.PeriodType;
import app.tandem.performance.PerformanceService;
import app.tandem.performance.TargetFilter;
import app.tandem.performance.TargetRow;
import app.tandem.performance.TargetService;
import app.tandem.performance.TargetStatus;
import app.tandem.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;

/**
 * Targets: a lazy list filtered by metric, period, team, person and status; create and edit, create in bulk for a
 * team, and copy a period's targets to the next. Managers and admins set targets; supervisors see their teams'
 * targets and propose new ones, which a manager accepts here. Address: {@code performance/targets?period=...}.
 */
@Route("performance/targets")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.SUPERVISOR})
class TargetsView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    /** Query parameter with a target status that filters the list, e.g. from "My work". */
    static final String STATUS = "status";

    private final TargetService targetService;
    private final Figures figures;
    private final List<MetricRef> metrics;
    private final Period current;
    final ComboBox<MetricRef> metric = new ComboBox<>();
    final ComboBox<Period> period = new ComboBox<>();
    final ComboBox<TeamRef> team = new ComboBox<>();
    final ComboBox<UserRef> person = new ComboBox<>();
    final ComboBox<TargetStatus> status = new ComboBox<>();
    final Grid<TargetRow> grid = new Grid<>();
    final Button add = new Button();
    final Button bulk = new Button();
    final Button copy = new Button();

    TargetsView(TargetService targetService, PerformanceService performanceService,
            @Value("${tandem.currency:${tandem.crm.currency:EUR}}") String currency) {
        this.targetService = targetService;
        this.figures = new Figures(this, currency);
        this.metrics = performanceService.metrics();
        this.current = performanceService.currentPeriod(PeriodType.MONTH);
        addClassNames("perf-view", "targets-view");

        metric.setLabel(getTranslation("perf.metric"));
        metric.setId("targets-metric");
        metric.setItems(metrics);
        metric.setItemLabelGenerator(figures::name);
        metric.setClearButtonVisible(true);
        period.setLabel(getTranslation("perf.period"));
        period.setId("targets-period");
        period.setItems(periods());
        period.setItemLabelGenerator(Period::label);
        period.setClearButtonVisible(true);
        period.setValue(current);
        team.setLabel(getTranslation("perf.team"));
        team.setId("targets-team");
        team.setItems(targetService.teams());
        team.setItemLabelGenerator(TeamRef::name);
        team.setClearButtonVisible(true);
        person.setLabel(getTranslation("perf.person"));
        person.setId("targets-person");
        person.setItemLabelGenerator(UserRef::displayName);
        person.setClearButtonVisible(true);
        person.setEnabled(false);
        status.setLabel(getTranslation("perf.target.status"));
        status.setId("targets-status");
        status.setItems(TargetStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("perf.target.status." + s.name()));
        status.setClearButtonVisible(true);
        team.addValueChangeListener(e -> {
            person.clear();
            person.setItems(e.getValue() == null ? List.of() : targetService.members(e.getValue().id()));
            person.setEnabled(e.getValue() != null);
        });
        for (ComboBox<?> filter : List.of(metric, period, team, person, status)) {
            filter.setWidth("10rem");
            filter.addValueChangeListener(e -> refresh());
        }

        add.setText(getTranslation(targetService.managesTargets() ? "perf.target.new" : "perf.target.propose"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("targets-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> new TargetDialog(targetService, metrics, figures, selectedOrCurrent(), null, "",
                this::refresh).open());
        bulk.setText(getTranslation("perf.bulk.title"));
        bulk.setIcon(VaadinIcon.GROUP.create());
        bulk.setId("targets-bulk");
        bulk.addClickListener(e -> new BulkTargetsDialog(targetService, metrics, figures, selectedOrCurrent(),
                this::refresh).open());
        copy.setText(getTranslation("perf.copy"));
        copy.setIcon(VaadinIcon.COPY.create());
        copy.setId("targets-copy");
        copy.addClickListener(e -> confirmCopy());

        grid.setId("targets-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> r.period().label()).setHeader(getTranslation("perf.period")).setAutoWidth(true)
                .setFlexGrow(0).setSortProperty("period");
        grid.addColumn(TargetRow::teamName).setHeader(getTranslation("perf.team")).setAutoWidth(true)
                .setSortProperty("team");
        grid.addColumn(r -> r.teamTarget() ? getTranslation("perf.target.whole-team") : r.subjectName())
                .setHeader(getTranslation("perf.target.for")).setAutoWidth(true).setSortProperty("subject");
        grid.addColumn(r -> figures.nameWithUnit(r.metric())).setHeader(getTranslation("perf.metric"))
                .setAutoWidth(true).setSortProperty("metric");
        grid.addColumn(r -> figures.value(r.metric(), r.value())).setHeader(getTranslation("perf.target.value"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setSortProperty("value");
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("perf.target.status")).setAutoWidth(true)
                .setSortProperty("status");
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("perf.targets.empty"));
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));

        HorizontalLayout actions = new HorizontalLayout(add, bulk, copy);
        actions.setWrap(true);
        HorizontalLayout filters = new HorizontalLayout(metric, period, team, person, status);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("perf-filters");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.perf.targets")), actions);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setWrap(true);
        header.setWidthFull();
        Span note = new Span(getTranslation(targetService.managesTargets() ? "perf.targets.note.manager"
                : "perf.targets.note.supervisor"));
        note.addClassName("perf-note");
        add(header, note, filters, grid);
        refresh();
    }

    private List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        for (PeriodType type : PeriodType.values()) {
            Period now = Period.containing(type, current.start());
            int back = type == PeriodType.MONTH ? PeriodPicker.BACK : type == PeriodType.QUARTER ? 8 : 3;
            for (int i = -PeriodPicker.AHEAD; i <= back; i++) {
                Period p = now.minus(i);
                if (type == PeriodType.MONTH || i <= 1) {
                    periods.add(p);
                }
            }
        }
        return periods;
    }

    private Period selectedOrCurrent() {
        return period.getValue() != null ? period.getValue() : current;
    }

    TargetFilter filter() {
        return new TargetFilter(metric.getValue(), period.getValue(),
                team.getValue() == null ? null : team.getValue().id(),
                person.getValue() == null ? null : person.getValue().id(), status.getValue());
    }

    void refresh() {
        TargetFilter filter = filter();
        grid.setItems(query -> targetService.list(filter, toSpringPageRequest(query)).stream());
    }

    private Component statusBadge(TargetRow row) {
        Span badge = new Span(getTranslation("perf.target.status." + row.status().name()));
        badge.addClassNames("status-badge", row.status() == TargetStatus.ACTIVE ? "status-active" : "status-inactive");
        return badge;
    }

    private Component actions(TargetRow row) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(row));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("perf.target.edit"));
        edit.setTooltipText(getTranslation("perf.target.edit"));
        edit.setId("target-edit-" + row.id());
        actions.add(edit);
        if (row.status() == TargetStatus.PROPOSED && targetService.managesTargets()) {
            Button accept = new Button(VaadinIcon.CHECK.create(), e -> run(() -> targetService.accept(row.id(),
                    row.version()), "perf.target.accepted.done"));
            accept.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SUCCESS);
            accept.setAriaLabel(getTranslation("perf.target.accept"));
            accept.setTooltipText(getTranslation("perf.target.accept"));
            accept.setId("target-accept-" + row.id());
            actions.add(accept);
        }
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(row));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("action.delete"));
        delete.setTooltipText(getTranslation("action.delete"));
        delete.setId("target-delete-" + row.id());
        actions.add(delete);
        return actions;
    }

    private void edit(TargetRow row) {
        new TargetDialog(targetService, metrics, figures, row.period(), targetService.load(row.id()),
                (row.teamTarget() ? getTranslation("perf.target.whole-team") + " " : "") + row.subjectName()
                        + " · " + row.period().label(), this::refresh).open();
    }

    private void confirmDelete(TargetRow row) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("target-delete-confirm");
        confirm.setHeader(getTranslation("perf.target.delete.title"));
        confirm.setText(getTranslation("perf.target.delete.text", figures.name(row.metric()), row.subjectName(),
                row.period().label()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("action.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> run(() -> targetService.delete(row.id(), row.version()),
                "perf.target.deleted"));
        confirm.open();
    }

    private void confirmCopy() {
        Period from = period.getValue();
        if (from == null) {
            period.setErrorMessage(getTranslation("perf.copy.period-required"));
            period.setInvalid(true);
            return;
        }
        period.setInvalid(false);
        TeamRef selectedTeam = team.getValue();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("targets-copy-confirm");
        confirm.setHeader(getTranslation("perf.copy"));
        confirm.setText(getTranslation("perf.copy.text", from.label(), from.next().label(),
                selectedTeam == null ? getTranslation("perf.copy.all-teams") : selectedTeam.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("perf.copy.confirm"));
        confirm.addConfirmListener(e -> {
            CopyResult result = targetService.copyToNextPeriod(from,
                    selectedTeam == null ? null : selectedTeam.id());
            Notices.success(getTranslation("perf.copy.done", result.created(), result.skipped(),
                    result.to().label()));
            period.setValue(result.to());
        });
        confirm.open();
    }

    /** Makes a change, then shows the targets as they now stand; a refusal reaches the error handler. */
    private void run(Runnable action, String successKey) {
        try {
            action.run();
            Notices.success(getTranslation(successKey));
        } finally {
            refresh();
        }
    }

    private static Optional<TargetStatus> statusOf(String text) {
        return Arrays.stream(TargetStatus.values()).filter(s -> s.name().equals(text)).findFirst();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("period").flatMap(PeriodPicker::parse)
                .ifPresent(period::setValue);
        event.getLocation().getQueryParameters().getSingleParameter(STATUS).flatMap(TargetsView::statusOf)
                .ifPresent(status::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.perf.targets") + " | " + getTranslation("app.name");
    }
}
