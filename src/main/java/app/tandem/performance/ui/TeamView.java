package app.tandem.performance.ui;

import app.tandem.org.TeamKind;
import app.tandem.org.TeamRef;
import app.tandem.performance.ForecastRow;
import app.tandem.performance.KpiService;
import app.tandem.performance.MemberScores;
import app.tandem.performance.MetricRef;
import app.tandem.performance.PerformanceService;
import app.tandem.performance.PeriodType;
import app.tandem.performance.TeamPerformance;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import app.tandem.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;

/**
 * A team's performance in a period: each member's actual, target and attainment per metric with the team's
 * roll-up as the last row, and forecast vs target per person. Supervisors see their teams, managers and admins
 * all. Address: {@code performance/team?team=3&period=MONTH:2026-03-01}.
 */
@Route("performance/team")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.SUPERVISOR})
class TeamView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final PerformanceService performanceService;
    private final KpiService kpiService;
    private final Figures figures;
    final Select<TeamRef> team = new Select<>();
    final PeriodPicker period;
    final Grid<MemberScores> members = new Grid<>();
    final Grid<ForecastRow> forecast = new Grid<>();
    final Button enterKpi = new Button();
    final Span empty = new Span();
    private final Div content = new Div();
    private final Div forecastSection;
    private TeamPerformance shown;

    TeamView(PerformanceService performanceService, KpiService kpiService, CurrentUser currentUser,
            @Value("${tandem.currency:${tandem.crm.currency:EUR}}") String currency) {
        this.performanceService = performanceService;
        this.kpiService = kpiService;
        this.figures = new Figures(this, currency);
        addClassNames("perf-view", "team-performance-view");
        team.setId("team-picker");
        team.setLabel(getTranslation("perf.team"));
        team.setItems(performanceService.teams());
        team.setItemLabelGenerator(TeamRef::name);
        team.addValueChangeListener(e -> {
            refresh();
            updateAddress();
        });
        period = new PeriodPicker(this, performanceService.currentPeriod(PeriodType.MONTH), "team");
        period.addPeriodListener(p -> {
            refresh();
            updateAddress();
        });
        enterKpi.setText(getTranslation("perf.actual.enter"));
        enterKpi.setIcon(VaadinIcon.EDIT.create());
        enterKpi.setId("team-enter-kpi");
        enterKpi.addClickListener(e -> openKpiDialog());

        members.setId("team-members");
        members.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        members.setAllRowsVisible(true);
        members.setPartNameGenerator(row -> row.userId() == null ? "perf-rollup" : null);
        forecast.setId("team-forecast");
        forecast.setAllRowsVisible(true);
        forecast.setPartNameGenerator(row -> row.userId() == null ? "perf-rollup" : null);
        forecast.addComponentColumn(r -> nameCell(r.userId(), r.name())).setHeader(getTranslation("perf.person"))
                .setAutoWidth(true).setFlexGrow(1).setFrozen(true);
        ForecastColumns.add(forecast, this, figures);

        empty.setText(getTranslation("perf.team.none"));
        empty.setId("team-empty");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.perf.team")), team, period);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        Span note = new Span(getTranslation("perf.team.note"));
        note.addClassName("perf-note");
        Span forecastNote = new Span(getTranslation("perf.forecast.note"));
        forecastNote.addClassName("perf-note");
        Div membersSection = new Div(sectionHeader("perf.section.members", enterKpi), note, members);
        membersSection.addClassNames("card-section", "perf-section");
        Div forecastPart = new Div(new H3(getTranslation("perf.section.forecast")), forecastNote,
                forecast);
        forecastPart.addClassNames("card-section", "perf-section");
        this.forecastSection = forecastPart;
        content.add(membersSection, forecastPart, peopleSection(currentUser));
        content.addClassName("perf-sections");
        add(header, empty, content);
        enterKpi.setVisible(kpiService.mayEnterActuals() && !kpiService.active().isEmpty());
        // a sales team first: the forecast only means something there
        team.getListDataView().getItems().filter(t -> t.kind() == TeamKind.SALES).findFirst()
                .or(() -> team.getListDataView().getItems().findFirst()).ifPresent(team::setValue);
        refresh();
    }

    /** Feedback and 1:1s for the team: the log (supervisors and managers), giving feedback, the 1:1 meetings. */
    private Div peopleSection(CurrentUser currentUser) {
        HorizontalLayout links = new HorizontalLayout();
        links.setWrap(true);
        links.setId("team-people-links");
        if (currentUser.hasRole(Role.SUPERVISOR) || currentUser.hasRole(Role.MANAGER)) {
            links.add(new RouterLink(getTranslation("feedback.nav.log"), FeedbackLogView.class));
        }
        links.add(new RouterLink(getTranslation("perf.team.give-feedback"), FeedbackView.class),
                new RouterLink(getTranslation("oneonone.nav.title"), OneOnOnesView.class));
        Div section = new Div(new H3(getTranslation("perf.section.people")), links);
        section.addClassNames("card-section", "perf-section");
        return section;
    }

    private static HorizontalLayout sectionHeader(String titleKey, Component action) {
        H3 title = new H3();
        HorizontalLayout header = new HorizontalLayout(title, action);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setWidthFull();
        header.setWrap(true);
        title.setText(action.getTranslation(titleKey));
        return header;
    }

    private Component nameCell(Long userId, String name) {
        if (userId == null) {
            return new Span(getTranslation("perf.team.rollup", name));
        }
        return new Anchor("performance/scorecard/" + userId + "?period=" + PeriodPicker.key(period.getValue()), name);
    }

    void refresh() {
        TeamRef selected = team.getValue();
        empty.setVisible(selected == null);
        content.setVisible(selected != null);
        if (selected == null) {
            return;
        }
        shown = performanceService.team(selected.id(), period.getValue());
        members.removeAllColumns();
        members.addComponentColumn(r -> nameCell(r.userId(), r.name())).setHeader(getTranslation("perf.person"))
                .setAutoWidth(true).setFlexGrow(1).setFrozen(true);
        for (MetricRef metric : shown.metrics()) {
            members.addComponentColumn(row -> cell(row, metric)).setHeader(figures.nameWithUnit(metric))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey(metric.key());
        }
        List<MemberScores> rows = new ArrayList<>(shown.members());
        rows.add(shown.team());
        members.setItems(rows);
        forecastSection.setVisible(selected.kind() == TeamKind.SALES);
        if (selected.kind() == TeamKind.SALES) {
            forecast.setItems(performanceService.teamForecast(selected.id(), period.getValue()));
        }
    }

    private Component cell(MemberScores row, MetricRef metric) {
        return row.score(metric).map(score -> {
            Div cell = new Div(new Span(figures.actualOfTarget(score)));
            if (score.target() != null) {
                cell.add(new Span(" "), figures.attainment(score));
            }
            cell.addClassName("perf-cell");
            return (Component) cell;
        }).orElseGet(Span::new);
    }

    private void openKpiDialog() {
        TeamRef selected = team.getValue();
        if (selected == null) {
            return;
        }
        new KpiActualDialog(kpiService, performanceService.members(selected.id()), selected, period.getValue(),
                this::refresh).open();
    }

    private void updateAddress() {
        TeamRef selected = team.getValue();
        Map<String, String> parameters = selected == null ? Map.of("period", PeriodPicker.key(period.getValue()))
                : Map.of("team", Long.toString(selected.id()), "period", PeriodPicker.key(period.getValue()));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("performance/team", QueryParameters.simple(parameters))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter("period").flatMap(PeriodPicker::parse).ifPresent(period::setValue);
        query.getSingleParameter("team").flatMap(id -> team.getListDataView().getItems()
                .filter(t -> Long.toString(t.id()).equals(id)).findFirst()).ifPresent(team::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.perf.team") + " | " + getTranslation("app.name");
    }
}
