package app.tandem.org.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.ui.DetailPanel;
import app.tandem.base.ui.DetailRoute;
import app.tandem.base.ui.Failures;
import app.tandem.base.ui.GridNavigation;
import app.tandem.base.ui.MainLayout;
import app.tandem.base.ui.Notices;
import app.tandem.base.ui.SearchField;
import app.tandem.org.TeamDraft;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamListItem;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;

/** Administration of teams, with the same master-detail pattern as the users ({@code /admin/teams/7}). */
@Route(value = "admin/teams/:teamId?", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class TeamsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String TEAM_ID = "teamId";
    static final String NEW = "new";

    private final TeamService teamService;
    final Grid<TeamListItem> grid = new Grid<>();
    final SearchField search;
    final ComboBox<TeamKind> kindFilter = new ComboBox<>();
    final TeamForm form;
    private final DetailPanel detail;

    TeamsView(TeamService teamService, UserService userService) {
        this.teamService = teamService;
        this.form = new TeamForm(userService);
        addClassNames("master-detail", "teams-view");

        search = new SearchField("teams-search", getTranslation("teams.search"), this::refresh);
        kindFilter.setPlaceholder(getTranslation("team.kind"));
        kindFilter.setAriaLabel(getTranslation("team.kind"));
        kindFilter.setItems(TeamKind.values());
        kindFilter.setItemLabelGenerator(k -> getTranslation("team.kind." + k.name()));
        kindFilter.setClearButtonVisible(true);
        kindFilter.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("teams.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(TeamsView.class, parameters(NEW))));
        add.setId("teams-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(search, kindFilter, add);
        toolbar.addClassName("toolbar");
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("teams-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        var nameColumn = grid.addColumn(TeamListItem::name).setHeader(getTranslation("team.name"))
                .setSortProperty("name").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(t -> getTranslation("team.kind." + t.kind().name())).setHeader(getTranslation("team.kind"))
                .setSortProperty("kind").setAutoWidth(true);
        grid.addColumn(t -> t.supervisorName() == null ? "" : t.supervisorName())
                .setHeader(getTranslation("team.supervisor")).setSortProperty("s.displayName").setAutoWidth(true);
        grid.addColumn(TeamListItem::memberCount).setHeader(getTranslation("team.memberCount")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.sort(List.of(new GridSortOrder<>(nameColumn, SortDirection.ASCENDING)));
        grid.setItems(q -> teamService.list(search.getValue(), kindFilter.getValue(), toSpringPageRequest(q)).stream());
        grid.setEmptyStateText(getTranslation("teams.empty"));
        GridNavigation.openRowsWith(grid, row -> getUI().ifPresent(
                ui -> ui.navigate(TeamsView.class, parameters(Long.toString(row.id())))));
        Div master = new Div(toolbar, grid);
        master.addClassName("master");

        form.addSaveListener(e -> save(e.draft()));
        form.addDeleteListener(e -> confirmDelete(e.draft()));
        form.addCloseListener(e -> showList());
        detail = new DetailPanel("team-detail", form, "team.field", this::showList);
        add(master, detail);
    }

    static RouteParameters parameters(String teamId) {
        return new RouteParameters(TEAM_ID, teamId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DetailRoute.dispatch(event, TEAM_ID, () -> detail.close(), () -> openDetail(new TeamDraft()), id -> openDetail(teamService.load(id)));
    }

    private void openDetail(TeamDraft draft) {
        form.edit(draft);
        Long id = draft.getId();
        detail.open(draft.isNew() ? getTranslation("teams.new") : draft.getName(),
                id == null ? null : () -> teamService.history(id));
    }

    private void save(TeamDraft draft) {
        try {
            TeamDraft saved = draft.isNew() ? teamService.create(draft) : teamService.update(draft);
            Notices.success(getTranslation("teams.saved", saved.getName()));
            refresh();
            getUI().ifPresent(ui -> ui.navigate(TeamsView.class, parameters(Long.toString(saved.getId()))));
            openDetail(saved);
        } catch (OptimisticLockingFailureException e) {
            conflict();
        } catch (RuntimeException e) {
            Failures.show(e);
        }
    }

    private void confirmDelete(TeamDraft draft) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("teams.delete.confirm.title", draft.getName()));
        confirm.setText(getTranslation("teams.delete.confirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("action.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                teamService.delete(draft.getId(), draft.getVersion());
                Notices.success(getTranslation("teams.deleted", draft.getName()));
                refresh();
                showList();
            } catch (OptimisticLockingFailureException ex) {
                conflict();
            } catch (RuntimeException ex) {
                Failures.show(ex);
            }
        });
        confirm.open();
    }

    private void conflict() {
        Notices.errorWithAction(getTranslation("error.conflict"), getTranslation("action.reload"), "conflict-reload",
                () -> {
                    Long id = form.draft().getId();
                    if (id != null) {
                        openDetail(teamService.load(id));
                    }
                });
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void showList() {
        getUI().ifPresent(ui -> ui.navigate(TeamsView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.teams") + " | " + getTranslation("app.name");
    }
}
