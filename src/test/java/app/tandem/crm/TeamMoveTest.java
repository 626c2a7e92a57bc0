package app.tandem.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.base.DomainException;
import app.tandem.base.HistoryEntry;
import app.tandem.base.RecordNotFoundException;
import app.tandem.org.OpenRecords;
import app.tandem.org.RecordHandover;
import app.tandem.org.TeamDraft;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamRef;
import app.tandem.org.TeamService;
import app.tandem.org.UserDraft;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** An admin moves a salesperson to another team: their open CRM records follow the choice, and scope with them. */
@TandemServiceTest
class TeamMoveTest {

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    AccountService accountService;
    @Autowired
    DealService dealService;
    @Autowired
    ActivityService activityService;

    Person anna;
    Person ben;
    Person carl;
    Person adam;
    long east;
    long west;
    long account;
    long deal;
    long call;

    @BeforeEach
    void annaOwnsAnAccountADealAndACallInTeamEast() {
        TestOrg org = new TestOrg(userService, teamService);
        anna = org.person("anna", Role.STAFF);
        ben = org.person("ben", Role.STAFF);
        carl = org.person("carl", Role.STAFF);
        adam = org.person("adam", Role.ADMIN);
        east = org.team("East", TeamKind.SALES, null, anna, ben);
        west = org.team("West", TeamKind.SALES, null, carl);
        account = anna.run(() -> accountService.create(new AccountData(null, 0, "Acme", null, null, null, null, null,
                null, null, AccountStatus.PROSPECT, null, anna.id()))).id();
        StageInfo first = anna.run(() -> dealService.stages()).stream().filter(s -> !s.closed()).findFirst()
                .orElseThrow();
        deal = anna.run(() -> dealService.create(new DealData(null, 0, "Big order", account, null,
                new BigDecimal("100.00"), first.id(), first.probability(), false, LocalDate.of(2026, 12, 15), null,
                anna.id(), null))).id();
        call = anna.run(() -> activityService.create(new ActivityData(null, 0, ActivityType.CALL, "Call Acme", null,
                LocalDateTime.of(2026, 12, 1, 9, 0), 15, ActivityStatus.PLANNED, account, null, null, anna.id(),
                Recurrence.NONE, null))).id();
    }

    @Test
    void the_admin_sees_how_many_open_records_the_user_owns() {
        assertThat(adam.run(() -> userService.openRecordsOf(anna.id())))
                .extracting(OpenRecords::messageKey, OpenRecords::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("crm.team-move.accounts", 1L),
                        org.assertj.core.groups.Tuple.tuple("crm.team-move.deals", 1L),
                        org.assertj.core.groups.Tuple.tuple("crm.team-move.activities", 1L));
    }

    @Test
    void a_team_change_of_a_user_with_open_records_without_a_choice_is_refused_and_changes_nothing() {
        assertThatThrownBy(() -> adam.run(() -> userService.update(movedTo(anna, west))))
                .isInstanceOf(DomainException.class).hasMessage("user.team-move.choice-required");

        assertThat(adam.run(() -> userService.load(anna.id())).getTeam().id()).isEqualTo(east);
        assertThat(ben.run(() -> accountService.load(account)).name()).isEqualTo("Acme");
    }

    @Test
    void records_that_move_with_the_user_are_read_by_the_new_team_and_no_longer_by_the_old_one() {
        adam.run(() -> userService.update(movedTo(anna, west), RecordHandover.moveWithUser()));

        assertThatThrownBy(() -> ben.run(() -> accountService.load(account)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> ben.run(() -> dealService.load(deal))).isInstanceOf(RecordNotFoundException.class);
        assertThat(carl.run(() -> accountService.load(account)).ownerId()).isEqualTo(anna.id());
        assertThat(carl.run(() -> dealService.load(deal)).name()).isEqualTo("Big order");
        assertThat(carl.run(() -> activityService.timelineOfAccount(account, PageRequest.of(0, 10)).getContent()))
                .extracting(ActivityEntry::id, ActivityEntry::teamId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(call, west));
        assertThat(anna.run(() -> accountService.load(account)).name()).isEqualTo("Acme");
    }

    @Test
    void records_given_to_a_colleague_in_the_old_team_are_theirs_and_stay_out_of_the_new_teams_sight() {
        adam.run(() -> userService.update(movedTo(anna, west), RecordHandover.giveTo(ben.id())));

        assertThat(ben.run(() -> accountService.load(account)).ownerId()).isEqualTo(ben.id());
        assertThat(ben.run(() -> dealService.load(deal)).ownerId()).isEqualTo(ben.id());
        assertThat(ben.run(() -> activityService.timelineOfAccount(account, PageRequest.of(0, 10)).getContent()))
                .extracting(ActivityEntry::ownerId).containsExactly(ben.id());
        assertThat(ben.run(() -> accountService.mayEdit(account))).isTrue();
        assertThatThrownBy(() -> carl.run(() -> accountService.load(account)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> anna.run(() -> dealService.load(deal))).isInstanceOf(RecordNotFoundException.class);
        assertThat(ben.run(() -> accountService.history(account)))
                .anyMatch(e -> e.field().equals("owner") && e.kind() == HistoryEntry.Kind.CHANGED);
    }

    @Test
    void records_can_only_be_given_to_an_active_colleague_of_the_old_team() {
        assertThatThrownBy(() -> adam.run(() -> userService.update(movedTo(anna, west),
                RecordHandover.giveTo(carl.id())))).isInstanceOf(DomainException.class)
                .hasMessage("user.team-move.new-owner-invalid");
        assertThatThrownBy(() -> adam.run(() -> userService.update(movedTo(anna, west),
                RecordHandover.giveTo(anna.id())))).isInstanceOf(DomainException.class)
                .hasMessage("user.team-move.new-owner-invalid");

        assertThat(adam.run(() -> userService.load(anna.id())).getTeam().id()).isEqualTo(east);
        assertThat(ben.run(() -> accountService.load(account)).ownerId()).isEqualTo(anna.id());
    }

    @Test
    void the_colleagues_offered_are_the_other_active_members_of_the_old_team() {
        assertThat(adam.run(() -> userService.colleaguesOf(anna.id())))
                .extracting(app.tandem.org.UserRef::id).containsExactly(ben.id());
    }

    @Test
    void the_teams_screen_does_not_move_a_member_with_open_records_silently() {
        TeamDraft westDraft = adam.run(() -> teamService.load(west));
        westDraft.setMembers(java.util.Set.of(carl.ref(), anna.ref()));

        assertThatThrownBy(() -> adam.run(() -> teamService.update(westDraft))).isInstanceOf(DomainException.class)
                .hasMessage("team.members.open-records");
        assertThat(adam.run(() -> userService.load(anna.id())).getTeam().id()).isEqualTo(east);
    }

    @Test
    void a_team_whose_members_own_open_records_is_not_deleted_under_them() {
        long version = adam.run(() -> teamService.load(east)).getVersion();

        assertThatThrownBy(() -> adam.exec(() -> teamService.delete(east, version)))
                .isInstanceOf(DomainException.class).hasMessage("team.members.open-records");
        assertThat(ben.run(() -> accountService.load(account)).name()).isEqualTo("Acme");
    }

    private UserDraft movedTo(Person person, @Nullable Long teamId) {
        return adam.run(() -> {
            UserDraft draft = userService.load(person.id());
            draft.setTeam(teamId == null ? null : new TeamRef(teamId, "", TeamKind.SALES));
            return draft;
        });
    }
}
