package app.tandem.org.ui;

import app.tandem.base.ui.ListDetailView;
import app.tandem.base.ui.SearchField;
import app.tandem.org.TeamDraft;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamListItem;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Roles;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/** Administration of teams on the record-page kit ({@code /admin/teams/7}); a team can be deleted. */
@Route("admin/teams/:teamId?")
@RolesAllowed(Roles.ADMIN)
class TeamsView extends ListDetailView<TeamDraft, TeamListItem, TeamsView.Filter> {

    static final String TEAM_ID = "teamId";
    static final String NEW = "new";
    private static final Screen SCREEN = new Screen(TEAM_ID, "teams", "team-detail", "teams", "team.field",
            "nav.teams");

    /** The list's filter: a name and a kind. */
    record Filter(String text, @Nullable TeamKind kind) {
    }

    private final TeamService teamService;
    final Grid<TeamListItem> grid;
    final SearchField search;
    final ComboBox<TeamKind> kindFilter = new ComboBox<>();
    final TeamForm form;

    TeamsView(TeamService teamService, UserService userService) {
        TeamForm teamForm = new TeamForm(userService);
        // only admins reach this screen, and they may change every team
        super(SCREEN, teamForm, new Calls<>(teamService::load, teamService::create, teamService::update,
                teamService::history, id -> true));
        this.form = teamForm;
        this.teamService = teamService;
        this.grid = list.grid;
        addClassName("teams-view");

        search = new SearchField("teams-search", getTranslation("teams.search"), () -> { });
        list.filters.text("q", search);
        list.filterField(kindFilter, null, getTranslation("team.kind"));
        kindFilter.setItems(TeamKind.values());
        kindFilter.setItemLabelGenerator(k -> getTranslation("team.kind." + k.name()));
        list.filters.choice("kind", kindFilter, TeamKind.class);
        list.addToToolbar(search, kindFilter);
        list.addNewButton("teams-new", getTranslation("teams.new"), true, this::openNew);

        var nameColumn = grid.addColumn(TeamListItem::name).setHeader(getTranslation("team.name"))
                .setSortProperty("name").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(t -> getTranslation("team.kind." + t.kind().name())).setHeader(getTranslation("team.kind"))
                .setSortProperty("kind").setAutoWidth(true);
        grid.addColumn(t -> t.supervisorName() == null ? "" : t.supervisorName())
                .setHeader(getTranslation("team.supervisor")).setSortProperty("s.displayName").setAutoWidth(true);
        grid.addColumn(TeamListItem::memberCount).setHeader(getTranslation("team.memberCount")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.sort(List.of(new GridSortOrder<>(nameColumn, SortDirection.ASCENDING)));
    }

    static RouteParameters parameters(String teamId) {
        return new RouteParameters(TEAM_ID, teamId);
    }

    @Override
    protected Filter filter() {
        return new Filter(search.getValue(), kindFilter.getValue());
    }

    @Override
    protected Stream<TeamListItem> rows(Filter filter, Pageable page) {
        return teamService.list(filter.text(), filter.kind(), page).stream();
    }

    @Override
    protected long rowId(TeamListItem row) {
        return row.id();
    }

    @Override
    public TeamDraft blank(QueryParameters query) {
        return new TeamDraft();
    }

    @Override
    public @Nullable Long id(TeamDraft team) {
        return team.getId();
    }

    @Override
    public String title(TeamDraft team) {
        return team.getName();
    }

    @Override
    protected boolean mayDelete(TeamDraft team) {
        return true;
    }

    @Override
    protected void delete(TeamDraft team) {
        Long id = team.getId();
        if (id != null) {
            teamService.delete(id, team.getVersion());
        }
    }
}
