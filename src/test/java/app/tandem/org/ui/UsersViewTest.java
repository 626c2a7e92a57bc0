package app.tandem.org.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.crm.AccountData;
import app.tandem.crm.AccountService;
import app.tandem.crm.AccountStatus;
import app.tandem.org.RecordHandover;
import app.tandem.org.TeamDraft;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamRef;
import app.tandem.org.TeamService;
import app.tandem.org.UserRef;
import app.tandem.org.UserDraft;
import app.tandem.org.UserFilter;
import app.tandem.org.UserListItem;
import app.tandem.org.UserService;
import app.tandem.org.domain.UserRepository;
import app.tandem.security.Role;
import app.tandem.security.WithTandemUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@WithTandemUser(roles = Role.ADMIN)
class UsersViewTest extends BrowserlessViewTest {

    @Autowired
    UserService userService;

    @Autowired
    UserRepository userRepository;

    @Autowired
    TeamService teamService;

    @Autowired
    AccountService accountService;

    @Test
    void typing_in_the_search_field_shows_only_the_matching_users() {
        String token = unique("zz");
        UserDraft first = createUser(token + "-one", "Matching One " + token);
        UserDraft second = createUser(token + "-two", "Matching Two " + token);
        createUser(unique("other"), "Someone Else");
        UsersView view = open("admin/users", UsersView.class);

        test(view.search).setValue(token);

        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(List.of(grid.getRow(0), grid.getRow(1))).extracting(UserListItem::id)
                .containsExactly(first.getId(), second.getId());
    }

    @Test
    void opening_a_users_address_shows_the_form_filled_with_that_user() {
        UserDraft user = createUser(unique("deep"), "Deep Link");

        UsersView view = open("admin/users/" + user.getId(), UsersView.class);

        assertThat(view.form.username.getValue()).isEqualTo(user.getUsername());
        assertThat(view.form.displayName.getValue()).isEqualTo("Deep Link");
        assertThat(view.form.email.getValue()).isEqualTo(user.getUsername() + "@test.example");
        assertThat(view.form.roles.getValue()).containsExactly(Role.STAFF);
        assertThat(view.form.active.getValue()).isTrue();
    }

    @Test
    void admin_creates_a_user_through_the_form() {
        String username = unique("new");
        UsersView view = open("admin/users/new", UsersView.class);

        test(view.form.username).setValue(username);
        test(view.form.displayName).setValue("Nora New");
        test(view.form.email).setValue(username + "@example.com");
        test(view.form.initialPassword).setValue("a-long-initial-password");
        test(view.form.roles).selectItem(UI.getCurrent().getTranslation("role.SUPERVISOR"));
        test(view.form.save).click();

        List<UserListItem> found = userService.list(new UserFilter(username, null, null, null), PageRequest.of(0, 5))
                .getContent();
        assertThat(found).singleElement().satisfies(user -> {
            assertThat(user.displayName()).isEqualTo("Nora New");
            assertThat(user.roles()).containsExactlyInAnyOrder(Role.STAFF, Role.SUPERVISOR);
        });
        assertThat(currentPath()).isEqualTo("admin/users/" + found.getFirst().id());
        assertThat(view.form.current().getId()).isEqualTo(found.getFirst().id());
    }

    @Test
    void saving_with_empty_required_fields_shows_their_messages_and_saves_nothing() {
        long usersBefore = userRepository.count();
        UsersView view = open("admin/users/new", UsersView.class);

        test(view.form.initialPassword).setValue("a-long-initial-password");
        test(view.form.roles).deselectAll();
        test(view.form.save).click();

        assertThat(view.form.username.isInvalid()).isTrue();
        assertThat(view.form.username.getErrorMessage()).isEqualTo(text("user.username.required"));
        assertThat(view.form.displayName.isInvalid()).isTrue();
        assertThat(view.form.displayName.getErrorMessage()).isEqualTo(text("user.display-name.required"));
        assertThat(view.form.roles.isInvalid()).isTrue();
        assertThat(view.form.roles.getErrorMessage()).isEqualTo(text("user.roles.required"));
        assertThat(userRepository.count()).isEqualTo(usersBefore);
        assertThat(currentPath()).isEqualTo("admin/users/new");
    }

    @Test
    void saving_over_someone_elses_change_reports_a_conflict_and_keeps_the_typed_input() {
        UserDraft user = createUser(unique("conflict"), "Before Anyone");
        UsersView view = open("admin/users/" + user.getId(), UsersView.class);
        test(view.form.displayName).setValue("Typed In The Form");

        UserDraft meanwhile = userService.load(user.getId());
        meanwhile.setDisplayName("Changed Meanwhile");
        userService.update(meanwhile);
        test(view.form.save).click();

        assertThat($(Span.class).withText(text("error.conflict")).exists()).isTrue();
        assertThat(view.form.displayName.getValue()).isEqualTo("Typed In The Form");
        assertThat(userService.load(user.getId()).getDisplayName()).isEqualTo("Changed Meanwhile");
    }

    @Test
    void deactivating_a_user_asks_for_confirmation_and_then_marks_them_inactive() {
        UserDraft user = createUser(unique("leaver"), "Lea Leaver");
        open("admin/users/" + user.getId(), UsersView.class);

        test($(Button.class).id("user-toggle-active")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo(text("users.deactivate.confirm.title", "Lea Leaver"));
        assertThat(userService.load(user.getId()).isActive()).as("active until confirmed").isTrue();

        test(confirm).confirm();

        assertThat(userService.load(user.getId()).isActive()).isFalse();
    }

    @Test
    void moving_a_user_with_open_records_asks_what_happens_to_them_and_gives_them_to_the_chosen_colleague() {
        UserDraft mover = createUser(unique("mover"), "Mia Mover");
        UserDraft colleague = createUser(unique("stayer"), "Sam Stayer");
        TeamRef oldTeam = team(unique("Old"), mover, colleague);
        TeamRef newTeam = team(unique("New"));
        long account = accountService.create(new AccountData(null, 0, unique("Acme"), null, null, null, null, null,
                null, null, AccountStatus.PROSPECT, null, mover.getId())).id();
        UsersView view = open("admin/users/" + mover.getId(), UsersView.class);

        view.form.team.setValue(newTeam);
        test(view.form.save).click();

        TeamMoveDialog dialog = $(TeamMoveDialog.class).single();
        assertThat(dialog.summary.getText()).isEqualTo(text("users.team-move.summary", "Mia Mover", oldTeam.name(),
                text("crm.team-move.accounts.one")));
        assertThat(userService.load(mover.getId()).getTeam().id()).as("nothing moves before the choice")
                .isEqualTo(oldTeam.id());
        test(dialog.confirm).click();
        assertThat(dialog.choice.isInvalid()).isTrue();
        dialog.choice.setValue(RecordHandover.Choice.GIVE_TO_COLLEAGUE);
        test(dialog.confirm).click();
        assertThat(dialog.colleague.isInvalid()).isTrue();
        assertThat(userService.load(mover.getId()).getTeam().id()).isEqualTo(oldTeam.id());

        test(dialog.colleague).selectItem("Sam Stayer");
        test(dialog.confirm).click();

        assertThat(userService.load(mover.getId()).getTeam().id()).isEqualTo(newTeam.id());
        assertThat(accountService.load(account).ownerId()).isEqualTo(colleague.getId());
    }

    private TeamRef team(String name, UserDraft... members) {
        TeamDraft draft = new TeamDraft();
        draft.setName(name);
        draft.setKind(TeamKind.SALES);
        draft.setMembers(java.util.Arrays.stream(members)
                .map(m -> new UserRef(m.getId(), m.getUsername(), m.getDisplayName()))
                .collect(java.util.stream.Collectors.toSet()));
        TeamDraft saved = teamService.create(draft);
        return new TeamRef(saved.getId(), name, TeamKind.SALES);
    }

    private UserDraft createUser(String username, String displayName) {
        UserDraft draft = new UserDraft();
        draft.setUsername(username);
        draft.setDisplayName(displayName);
        draft.setEmail(username + "@test.example");
        draft.setRoles(EnumSet.of(Role.STAFF));
        return userService.create(draft, "a-long-password-1");
    }

    static String unique(String prefix) {
        return prefix + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000000, 0xfffffff));
    }

    static String text(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
