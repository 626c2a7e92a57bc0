package app.tandem.org;

import static app.tandem.org.UserServiceTest.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemServiceTest;
import app.tandem.base.DomainException;
import app.tandem.base.HistoryEntry;
import app.tandem.base.RecordNotFoundException;
import app.tandem.security.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;

@TandemServiceTest
@WithMockUser(username = "root-admin", roles = "ADMIN")
class TeamServiceTest {

    @Autowired
    TeamService teamService;

    @Autowired
    UserService userService;

    @Test
    void admin_creates_a_team_with_supervisor_and_members() {
        UserRef boss = user("boss", "Big Boss");
        UserRef ann = user("ann", "Ann");
        UserRef ben = user("ben", "Ben");

        TeamDraft saved = teamService.create(team("  Sales North ", TeamKind.SALES, boss, ann, ben));

        TeamDraft loaded = teamService.load(saved.getId());
        assertThat(loaded.getName()).isEqualTo("Sales North");
        assertThat(loaded.getKind()).isEqualTo(TeamKind.SALES);
        assertThat(loaded.getSupervisor()).isEqualTo(boss);
        assertThat(loaded.getMembers()).containsExactlyInAnyOrder(ann, ben);
        assertThat(teamService.membersOf(saved.getId())).containsExactly(ann, ben);
        assertThat(userService.load(ann.id()).getTeam()).extracting(TeamRef::name).isEqualTo("Sales North");
        assertThat(teamService.list(null, null, PageRequest.of(0, 10)))
                .singleElement().satisfies(item -> {
                    assertThat(item.supervisorName()).isEqualTo("Big Boss");
                    assertThat(item.memberCount()).isEqualTo(2);
                });
    }

    @Test
    void members_move_from_their_old_team() {
        UserRef ann = user("ann", "Ann");
        UserRef ben = user("ben", "Ben");
        TeamDraft north = teamService.create(team("North", TeamKind.SALES, null, ann, ben));

        TeamDraft south = teamService.create(team("South", TeamKind.SALES, null, ann));

        assertThat(teamService.membersOf(south.getId())).containsExactly(ann);
        assertThat(teamService.membersOf(north.getId())).containsExactly(ben);
        assertThat(userService.load(ann.id()).getTeam()).extracting(TeamRef::id).isEqualTo(south.getId());
    }

    @Test
    void removing_a_member_leaves_them_without_a_team() {
        UserRef ann = user("ann", "Ann");
        UserRef ben = user("ben", "Ben");
        TeamDraft north = teamService.create(team("North", TeamKind.SALES, null, ann, ben));

        north.setMembers(Set.of(ben));
        teamService.update(north);

        assertThat(teamService.membersOf(north.getId())).containsExactly(ben);
        assertThat(userService.load(ann.id()).getTeam()).isNull();
    }

    @Test
    void deleting_a_team_keeps_its_members_without_a_team() {
        UserRef ann = user("ann", "Ann");
        TeamDraft north = teamService.create(team("North", TeamKind.OPERATIONS, ann, ann));

        teamService.delete(north.getId(), north.getVersion());

        assertThat(userService.load(ann.id())).satisfies(loaded -> {
            assertThat(loaded.getTeam()).isNull();
            assertThat(loaded.isActive()).isTrue();
        });
        assertThatThrownBy(() -> teamService.load(north.getId())).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void a_team_whose_supervisor_is_gone_is_not_created_at_all() {
        UserRef ann = user("ann", "Ann");
        TeamDraft north = teamService.create(team("North", TeamKind.SALES, null, ann));
        UserRef gone = new UserRef(ann.id() + 1000, "gone", "Gone");

        assertThatThrownBy(() -> teamService.create(team("South", TeamKind.SALES, gone, ann)))
                .isInstanceOf(RecordNotFoundException.class);

        assertThat(teamService.findTeams(null, PageRequest.of(0, 10))).extracting(TeamRef::name)
                .containsExactly("North");
        assertThat(teamService.membersOf(north.getId())).containsExactly(ann);
    }

    @Test
    void team_names_are_unique() {
        teamService.create(team("Compliance", TeamKind.COMPLIANCE, null));

        assertThatThrownBy(() -> teamService.create(team("Compliance", TeamKind.OTHER, null)))
                .isInstanceOf(DomainException.class).hasMessage("team.name.taken");
        TeamDraft other = teamService.create(team("Other", TeamKind.OTHER, null));
        other.setName(" Compliance ");
        assertThatThrownBy(() -> teamService.update(other))
                .isInstanceOf(DomainException.class).hasMessage("team.name.taken");
        assertThat(teamService.load(other.getId()).getName()).isEqualTo("Other");
    }

    @Test
    void a_team_keeps_its_own_name_on_update() {
        TeamDraft saved = teamService.create(team("Ops", TeamKind.OPERATIONS, null));
        saved.setKind(TeamKind.OTHER);

        assertThat(teamService.update(saved).getKind()).isEqualTo(TeamKind.OTHER);
    }

    @Test
    void a_team_needs_a_name() {
        assertThatThrownBy(() -> teamService.create(team("   ", TeamKind.OTHER, null)))
                .isInstanceOf(DomainException.class).hasMessage("team.name.required");
    }

    @Test
    void saving_a_team_loaded_before_someone_elses_change_fails_and_changes_nothing() {
        UserRef ann = user("ann", "Ann");
        TeamDraft created = teamService.create(team("North", TeamKind.SALES, null));
        TeamDraft mine = teamService.load(created.getId());
        TeamDraft theirs = teamService.load(created.getId());
        theirs.setName("North East");
        teamService.update(theirs);

        mine.setName("North West");
        mine.setMembers(Set.of(ann));
        assertThatThrownBy(() -> teamService.update(mine)).isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(teamService.load(created.getId())).satisfies(stored -> {
            assertThat(stored.getName()).isEqualTo("North East");
            assertThat(stored.getMembers()).isEmpty();
        });
    }

    @Test
    void deleting_a_team_with_a_stale_version_fails() {
        TeamDraft created = teamService.create(team("North", TeamKind.SALES, null));
        created.setName("North East");
        teamService.update(created);

        assertThatThrownBy(() -> teamService.delete(created.getId(), created.getVersion()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(teamService.load(created.getId()).getName()).isEqualTo("North East");
    }

    @Test
    void teams_are_found_by_part_of_their_name() {
        teamService.create(team("Sales North", TeamKind.SALES, null));
        teamService.create(team("Sales South", TeamKind.SALES, null));
        teamService.create(team("Operations", TeamKind.OPERATIONS, null));

        assertThat(teamService.findTeams("sales", PageRequest.of(0, 10)))
                .extracting(TeamRef::name).containsExactly("Sales North", "Sales South");
        assertThat(teamService.list(null, TeamKind.OPERATIONS, PageRequest.of(0, 10)))
                .extracting(TeamListItem::name).containsExactly("Operations");
    }

    @Test
    void a_search_text_with_wildcards_matches_them_literally() {
        teamService.create(team("100% Sales", TeamKind.SALES, null));
        teamService.create(team("Sales_Ops", TeamKind.SALES, null));
        teamService.create(team("Sales North", TeamKind.SALES, null));

        assertThat(teamService.findTeams("%", PageRequest.of(0, 10))).extracting(TeamRef::name)
                .containsExactly("100% Sales");
        assertThat(teamService.findTeams("_", PageRequest.of(0, 10))).extracting(TeamRef::name)
                .containsExactly("Sales_Ops");
    }

    @Test
    void the_teams_list_sorts_by_every_column_of_the_grid() {
        UserRef zed = user("zed", "Zed");
        UserRef amy = user("amy", "Amy");
        teamService.create(team("Bravo", TeamKind.SALES, zed));
        teamService.create(team("Alpha", TeamKind.OPERATIONS, amy));
        teamService.create(team("Charlie", TeamKind.COMPLIANCE, null));

        assertThat(sortedNames(Sort.by("name"))).containsExactly("Alpha", "Bravo", "Charlie");
        assertThat(sortedNames(Sort.by(Sort.Direction.DESC, "kind"))).containsExactly("Bravo", "Alpha", "Charlie");
        assertThat(sortedNames(Sort.by(Sort.Direction.DESC, "s.displayName")))
                .containsExactly("Bravo", "Alpha", "Charlie");
    }

    @Test
    void team_history_names_the_changed_field() {
        TeamDraft created = teamService.create(team("North", TeamKind.SALES, null));
        created.setKind(TeamKind.OPERATIONS);
        teamService.update(created);

        List<HistoryEntry> history = teamService.history(created.getId());

        assertThat(history.getFirst())
                .extracting(HistoryEntry::kind, HistoryEntry::field, HistoryEntry::from, HistoryEntry::to,
                        HistoryEntry::changedBy)
                .containsExactly(HistoryEntry.Kind.CHANGED, "kind", "SALES", "OPERATIONS", "root-admin");
    }

    private List<String> sortedNames(Sort sort) {
        return teamService.list(null, null, PageRequest.of(0, 10, sort)).map(TeamListItem::name).getContent();
    }

    private UserRef user(String username, String displayName) {
        UserDraft saved = userService.create(draft(username, displayName, Role.STAFF), "a-long-password-1");
        return new UserRef(saved.getId(), saved.getUsername(), saved.getDisplayName());
    }

    private static TeamDraft team(String name, TeamKind kind, UserRef supervisor, UserRef... members) {
        TeamDraft draft = new TeamDraft();
        draft.setName(name);
        draft.setKind(kind);
        draft.setSupervisor(supervisor);
        draft.setMembers(Set.of(members));
        return draft;
    }
}
