package app.tandem.org.ui;

import static app.tandem.org.ui.UsersViewTest.currentPath;
import static app.tandem.org.ui.UsersViewTest.text;
import static app.tandem.org.ui.UsersViewTest.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.BrowserlessViewTest;
import app.tandem.base.RecordNotFoundException;
import app.tandem.org.TeamDraft;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamListItem;
import app.tandem.org.TeamService;
import app.tandem.security.Role;
import app.tandem.security.WithTandemUser;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@WithTandemUser(roles = Role.ADMIN)
class TeamsViewTest extends BrowserlessViewTest {

    @Autowired
    TeamService teamService;

    @Test
    void admin_creates_a_team_through_the_form() {
        String name = unique("Night Shift");
        TeamsView view = open("admin/teams/new", TeamsView.class);

        test(view.form.name).setValue(name);
        test(view.form.kind).selectItem(text("team.kind.OPERATIONS"));
        test(view.form.save).click();

        List<TeamListItem> found = teamService.list(name, null, PageRequest.of(0, 5)).getContent();
        assertThat(found).singleElement().satisfies(team -> {
            assertThat(team.name()).isEqualTo(name);
            assertThat(team.kind()).isEqualTo(TeamKind.OPERATIONS);
        });
        assertThat(currentPath()).isEqualTo("admin/teams/" + found.getFirst().id());
    }

    @Test
    void deleting_a_team_asks_for_confirmation_and_cancelling_keeps_it() {
        TeamDraft team = createTeam(unique("Keepers"));
        TeamsView view = open("admin/teams/" + team.getId(), TeamsView.class);

        test(view.form.delete).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo(text("teams.delete.confirm.title", team.getName()));
        test(confirm).cancel();

        assertThat(teamService.load(team.getId()).getName()).isEqualTo(team.getName());
    }

    @Test
    void a_confirmed_delete_removes_the_team() {
        TeamDraft team = createTeam(unique("Leavers"));
        TeamsView view = open("admin/teams/" + team.getId(), TeamsView.class);

        test(view.form.delete).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThatThrownBy(() -> teamService.load(team.getId())).isInstanceOf(RecordNotFoundException.class);
        assertThat(currentPath()).isEqualTo("admin/teams");
    }

    private TeamDraft createTeam(String name) {
        TeamDraft draft = new TeamDraft();
        draft.setName(name);
        draft.setKind(TeamKind.SALES);
        return teamService.create(draft);
    }
}
