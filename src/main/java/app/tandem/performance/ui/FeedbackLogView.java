package app.tandem.performance.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.ui.GridNavigation;
import app.tandem.org.TeamRef;
import app.tandem.org.UserRef;
import app.tandem.performance.FeedbackListItem;
import app.tandem.performance.FeedbackLogFilter;
import app.tandem.performance.FeedbackService;
import app.tandem.performance.FeedbackType;
import app.tandem.security.Roles;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The team feedback log: supervisors see the feedback about the teams they supervise, managers all of it,
 * each only what the visibility rules let them read; filtered by type, person, team and period.
 */
@Route("performance/feedback-log")
@RolesAllowed({Roles.MANAGER, Roles.SUPERVISOR})
class FeedbackLogView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final FeedbackService service;
    final Select<FeedbackType> type = new Select<>();
    final ComboBox<UserRef> person = new ComboBox<>();
    final ComboBox<TeamRef> team = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<FeedbackListItem> grid = new Grid<>();

    FeedbackLogView(FeedbackService service) {
        this.service = service;
        addClassName("feedback-log-view");
        type.setId("feedback-log-type");
        type.setAriaLabel(getTranslation("feedback.field.type"));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("feedback.log.any-type"));
        type.setItems(FeedbackType.values());
        type.setItemLabelGenerator(t -> t == null ? getTranslation("feedback.log.any-type")
                : getTranslation("feedback.type." + t.name()));
        type.addValueChangeListener(e -> refresh());
        person.setId("feedback-log-person");
        person.setPlaceholder(getTranslation("feedback.log.person"));
        person.setAriaLabel(getTranslation("feedback.log.person"));
        person.setItems(query -> service.colleagues(query.getFilter().orElse(null), toSpringPageRequest(query))
                .stream());
        person.setItemLabelGenerator(UserRef::displayName);
        person.setClearButtonVisible(true);
        person.addValueChangeListener(e -> refresh());
        List<TeamRef> teams = service.logTeams();
        team.setId("feedback-log-team");
        team.setPlaceholder(getTranslation("feedback.log.team"));
        team.setAriaLabel(getTranslation("feedback.log.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(TeamRef::name);
        team.setClearButtonVisible(true);
        team.addValueChangeListener(e -> refresh());
        from.setId("feedback-log-from");
        from.setPlaceholder(getTranslation("feedback.log.from"));
        from.setAriaLabel(getTranslation("feedback.log.from"));
        from.setClearButtonVisible(true);
        from.addValueChangeListener(e -> refresh());
        to.setId("feedback-log-to");
        to.setPlaceholder(getTranslation("feedback.log.to"));
        to.setAriaLabel(getTranslation("feedback.log.to"));
        to.setClearButtonVisible(true);
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(type, person, team, from, to);
        toolbar.addClassName("toolbar");
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("feedback-log-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        var given = grid.addColumn(f -> FeedbackTexts.day(getLocale(), f.givenAt()))
                .setHeader(getTranslation("feedback.field.givenAt")).setSortProperty("givenAt").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(f -> FeedbackTexts.typeBadge(this, f.type())).setHeader(getTranslation("feedback.field.type"))
                .setSortProperty("type").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(FeedbackListItem::recipientName).setHeader(getTranslation("feedback.field.recipient"))
                .setSortProperty("r.displayName").setAutoWidth(true).setFlexGrow(0);
        var teamColumn = grid.addColumn(f -> f.teamName() == null ? "" : f.teamName()).setHeader(getTranslation("feedback.log.team"))
                .setSortProperty("t.name").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(FeedbackListItem::giverName).setHeader(getTranslation("feedback.field.giver"))
                .setSortProperty("g.displayName").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(f -> FeedbackTexts.excerpt(f.text())).setHeader(getTranslation("feedback.field.text"))
                .setTooltipGenerator(FeedbackListItem::text).setFlexGrow(1).setWidth("12rem");
        var readers = grid.addColumn(f -> FeedbackTexts.visibility(this, f.type(), f.visibility()))
                .setHeader(getTranslation("feedback.field.visibility")).setAutoWidth(true).setFlexGrow(0);
        FeedbackTexts.hideOnPhone(grid, teamColumn, readers);
        grid.sort(List.of(new GridSortOrder<>(given, SortDirection.DESCENDING)));
        grid.setItems(query -> service.log(filter(), toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("feedback.log.empty"));
        grid.setSizeFull();
        GridNavigation.openRowsWith(grid, row -> FeedbackNavigation.openFeedback(row.id()));
        add(toolbar, grid);
    }

    /** Opens filtered by {@code ?from=2026-06-01&to=2026-06-30} (ISO days), e.g. from the dashboard. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        day(query, "from").ifPresent(from::setValue);
        day(query, "to").ifPresent(to::setValue);
    }

    private static Optional<LocalDate> day(QueryParameters query, String name) {
        try {
            return query.getSingleParameter(name).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    FeedbackLogFilter filter() {
        UserRef who = person.getValue();
        TeamRef which = team.getValue();
        return new FeedbackLogFilter(type.getValue(), who == null ? null : who.id(),
                which == null ? null : which.id(), from.getValue(), to.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.nav.log") + " | " + getTranslation("app.name");
    }
}
