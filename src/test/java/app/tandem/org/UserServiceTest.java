package app.tandem.org;

import static app.tandem.TestUsers.runAsAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.tandem.TandemServiceTest;
import app.tandem.base.DomainException;
import app.tandem.base.HistoryEntry;
import app.tandem.org.domain.UserRepository;
import app.tandem.security.Role;
import jakarta.validation.ConstraintViolationException;
import java.util.EnumSet;
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
class UserServiceTest {

    static final String PASSWORD = "a-long-password-1";

    @Autowired
    UserService userService;

    @Autowired
    TeamService teamService;

    @Autowired
    UserRepository userRepository;


    @Test
    void admin_creates_a_user_and_finds_them_in_the_list() {
        UserDraft saved = userService.create(draft("Grace.Hopper", "Grace Hopper", Role.STAFF), PASSWORD);

        assertThat(saved.getId()).isNotNull();
        assertThat(saved.getUsername()).isEqualTo("grace.hopper");
        assertThat(saved.isActive()).isTrue();
        assertThat(userService.list(new UserFilter("hopper", null, null, true), PageRequest.of(0, 10)).getContent())
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.username()).isEqualTo("grace.hopper");
                    assertThat(item.displayName()).isEqualTo("Grace Hopper");
                    assertThat(item.roles()).containsExactly(Role.STAFF);
                });
    }

    @Test
    void the_list_filters_by_role_and_status() {
        userService.create(draft("ada", "Ada Lovelace", Role.MANAGER), PASSWORD);
        UserDraft bob = userService.create(draft("bob", "Bob Staff", Role.STAFF), PASSWORD);
        userService.setActive(bob.getId(), bob.getVersion(), false);

        assertThat(userService.list(new UserFilter(null, Role.MANAGER, null, null), PageRequest.of(0, 10)))
                .extracting(UserListItem::username).containsExactly("ada");
        assertThat(userService.list(new UserFilter(null, null, null, false), PageRequest.of(0, 10)))
                .extracting(UserListItem::username).containsExactly("bob");
    }

    @Test
    void searching_for_an_underscore_matches_it_literally() {
        userService.create(draft("john_doe", "John Doe", Role.STAFF), PASSWORD);
        userService.create(draft("johnxdoe", "John X Doe", Role.STAFF), PASSWORD);

        assertThat(userService.list(new UserFilter("john_", null, null, null), PageRequest.of(0, 10)))
                .extracting(UserListItem::username).containsExactly("john_doe");
        assertThat(userService.findUsers("john_", PageRequest.of(0, 10)))
                .extracting(UserRef::username).containsExactly("john_doe");
    }

    @Test
    void the_users_list_sorts_by_every_column_of_the_grid() {
        TeamDraft alpha = teamService.create(team("Alpha"));
        TeamDraft beta = teamService.create(team("Beta"));
        create("carl", "Carl", "c@example.org", beta);
        create("anna", "Zoe Anna", "b@example.org", alpha);
        create("bert", "Bert", "a@example.org", null);

        assertThat(sortedUsernames(Sort.by("displayName"))).containsExactly("bert", "carl", "anna");
        assertThat(sortedUsernames(Sort.by(Sort.Direction.DESC, "username"))).containsExactly("carl", "bert", "anna");
        assertThat(sortedUsernames(Sort.by("email"))).containsExactly("bert", "anna", "carl");
        assertThat(sortedUsernames(Sort.by(Sort.Direction.DESC, "t.name"))).containsExactly("carl", "anna", "bert");
        assertThat(sortedUsernames(Sort.by("active", "username"))).containsExactly("anna", "bert", "carl");
    }

    @Test
    void the_users_list_is_read_in_slices_without_gaps_or_repeats() {
        for (String name : List.of("user.a", "user.b", "user.c", "user.d", "user.e")) {
            userService.create(draft(name, "Same Name", Role.STAFF), PASSWORD);
        }

        var first = userService.list(UserFilter.any(), PageRequest.of(0, 2));
        var second = userService.list(UserFilter.any(), PageRequest.of(1, 2));
        var third = userService.list(UserFilter.any(), PageRequest.of(2, 2));

        assertThat(first.hasNext()).isTrue();
        assertThat(third.hasNext()).isFalse();
        assertThat(java.util.stream.Stream.of(first, second, third).flatMap(s -> s.getContent().stream())
                .map(UserListItem::username))
                .containsExactly("user.a", "user.b", "user.c", "user.d", "user.e");
    }

    @Test
    void admin_updates_a_user() {
        UserDraft saved = userService.create(draft("linus", "Linus", Role.STAFF), PASSWORD);
        saved.setDisplayName("Linus Torvalds");
        saved.setEmail(" linus@example.org ");
        saved.setRoles(EnumSet.of(Role.STAFF, Role.SUPERVISOR));

        UserDraft updated = userService.update(saved);

        assertThat(updated.getVersion()).isGreaterThan(saved.getVersion());
        UserDraft reloaded = userService.load(saved.getId());
        assertThat(reloaded.getDisplayName()).isEqualTo("Linus Torvalds");
        assertThat(reloaded.getEmail()).isEqualTo("linus@example.org");
        assertThat(reloaded.getRoles()).containsExactlyInAnyOrder(Role.STAFF, Role.SUPERVISOR);
    }

    @Test
    void usernames_are_stored_in_lower_case_and_unique_regardless_of_case() {
        userService.create(draft("Ken.Thompson", "Ken Thompson", Role.STAFF), PASSWORD);

        assertThatThrownBy(() -> userService.create(draft("KEN.THOMPSON", "Another Ken", Role.STAFF), PASSWORD))
                .isInstanceOf(DomainException.class).hasMessage("user.username.taken");
        assertThat(userRepository.findByUsername("ken.thompson")).isPresent();
        assertThat(userRepository.count()).isEqualTo(1);
    }

    @Test
    void renaming_a_user_to_a_taken_username_is_refused() {
        userService.create(draft("dennis", "Dennis Ritchie", Role.STAFF), PASSWORD);
        UserDraft brian = userService.create(draft("brian", "Brian Kernighan", Role.STAFF), PASSWORD);
        brian.setUsername("Dennis");

        assertThatThrownBy(() -> userService.update(brian))
                .isInstanceOf(DomainException.class).hasMessage("user.username.taken");
        assertThat(userService.load(brian.getId()).getUsername()).isEqualTo("brian");
    }

    @Test
    void an_invalid_username_is_refused() {
        assertThatThrownBy(() -> userService.create(draft("no spaces allowed", "Spacey", Role.STAFF), PASSWORD))
                .isInstanceOf(DomainException.class).hasMessage("user.username.invalid");
    }

    @Test
    void a_user_needs_at_least_one_role() {
        assertThatThrownBy(() -> userService.create(draft("roleless", "Roleless"), PASSWORD))
                .isInstanceOf(DomainException.class).hasMessage("user.roles.required");
        assertThat(userRepository.count()).isZero();
    }

    @Test
    void an_invalid_email_address_or_an_overlong_name_is_refused_and_nothing_is_saved() {
        UserDraft badEmail = draft("bad.email", "Bad Email", Role.STAFF);
        badEmail.setEmail("not an address");
        UserDraft longName = draft("long.name", "x".repeat(101), Role.STAFF);

        assertThatThrownBy(() -> userService.create(badEmail, PASSWORD))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> userService.create(longName, PASSWORD))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(userRepository.count()).isZero();
    }

    @Test
    void a_password_shorter_than_twelve_characters_is_refused() {
        assertThatThrownBy(() -> userService.create(draft("shorty", "Shorty", Role.STAFF), "eleven-char"))
                .isInstanceOf(DomainException.class).hasMessage("password.too-short");
        assertThat(userService.create(draft("longer", "Longer", Role.STAFF), "twelve-chars")).isNotNull();
    }

    @Test
    void a_password_equal_to_the_username_is_refused() {
        assertThatThrownBy(() -> userService.create(
                draft("margaret.hamilton", "Margaret Hamilton", Role.STAFF), "Margaret.Hamilton"))
                .isInstanceOf(DomainException.class).hasMessage("password.equals-username");
        assertThat(userRepository.count()).isZero();
    }

    @Test
    void a_password_reset_follows_the_password_rules() {
        UserDraft user = userService.create(draft("barbara.liskov", "Barbara Liskov", Role.STAFF), PASSWORD);
        String hashBefore = userRepository.findById(user.getId()).orElseThrow().getPasswordHash();

        assertThatThrownBy(() -> userService.resetPassword(user.getId(), "short"))
                .isInstanceOf(DomainException.class).hasMessage("password.too-short");
        assertThatThrownBy(() -> userService.resetPassword(user.getId(), "BARBARA.LISKOV"))
                .isInstanceOf(DomainException.class).hasMessage("password.equals-username");
        assertThat(userRepository.findById(user.getId()).orElseThrow().getPasswordHash()).isEqualTo(hashBefore);

        userService.resetPassword(user.getId(), "a-new-long-password");
        assertThat(userRepository.findById(user.getId()).orElseThrow().getPasswordHash()).isNotEqualTo(hashBefore);
    }

    @Test
    void passwords_are_stored_hashed() {
        UserDraft user = userService.create(draft("hashed", "Hashed", Role.STAFF), PASSWORD);

        assertThat(userRepository.findById(user.getId()).orElseThrow().getPasswordHash())
                .doesNotContain(PASSWORD).startsWith("{");
    }

    @Test
    void the_last_active_admin_cannot_be_deactivated() {
        UserDraft admin = userService.create(draft("only.admin", "Only Admin", Role.ADMIN), PASSWORD);

        assertThatThrownBy(() -> userService.setActive(admin.getId(), admin.getVersion(), false))
                .isInstanceOf(DomainException.class).hasMessage("user.last-admin");
        assertThat(userService.load(admin.getId()).isActive()).isTrue();
    }

    @Test
    void the_last_active_admin_cannot_lose_the_admin_role() {
        UserDraft admin = userService.create(draft("only.admin", "Only Admin", Role.ADMIN, Role.STAFF), PASSWORD);
        admin.setRoles(EnumSet.of(Role.STAFF));

        assertThatThrownBy(() -> userService.update(admin))
                .isInstanceOf(DomainException.class).hasMessage("user.last-admin");
        assertThat(userService.load(admin.getId()).getRoles()).contains(Role.ADMIN);
    }

    @Test
    void an_inactive_admin_does_not_count_as_the_remaining_admin() {
        UserDraft first = userService.create(draft("first.admin", "First Admin", Role.ADMIN), PASSWORD);
        UserDraft second = userService.create(draft("second.admin", "Second Admin", Role.ADMIN), PASSWORD);
        userService.setActive(second.getId(), second.getVersion(), false);

        assertThatThrownBy(() -> userService.setActive(first.getId(), first.getVersion(), false))
                .isInstanceOf(DomainException.class).hasMessage("user.last-admin");
    }

    @Test
    void an_admin_can_be_deactivated_while_another_admin_stays_active() {
        UserDraft first = userService.create(draft("first.admin", "First Admin", Role.ADMIN), PASSWORD);
        userService.create(draft("second.admin", "Second Admin", Role.ADMIN), PASSWORD);

        userService.setActive(first.getId(), first.getVersion(), false);

        assertThat(userService.load(first.getId()).isActive()).isFalse();
    }

    @Test
    void saving_a_user_loaded_before_someone_elses_change_fails_and_changes_nothing() {
        UserDraft created = userService.create(draft("katherine", "Katherine", Role.STAFF), PASSWORD);
        UserDraft mine = userService.load(created.getId());
        UserDraft theirs = userService.load(created.getId());
        theirs.setDisplayName("Katherine Johnson");
        userService.update(theirs);

        mine.setDisplayName("Kathy");
        mine.setRoles(EnumSet.of(Role.MANAGER));
        assertThatThrownBy(() -> userService.update(mine)).isInstanceOf(OptimisticLockingFailureException.class);

        UserDraft stored = userService.load(created.getId());
        assertThat(stored.getDisplayName()).isEqualTo("Katherine Johnson");
        assertThat(stored.getRoles()).containsExactly(Role.STAFF);
    }

    @Test
    void deactivating_with_a_stale_version_fails() {
        UserDraft created = userService.create(draft("stale", "Stale", Role.STAFF), PASSWORD);
        created.setDisplayName("Fresh");
        userService.update(created);

        assertThatThrownBy(() -> userService.setActive(created.getId(), created.getVersion(), false))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(userService.load(created.getId()).isActive()).isTrue();
    }

    @Test
    void history_shows_changes_newest_first_with_field_values_and_who_changed_them() {
        UserDraft created = runAsAdmin("alice.admin",
                () -> userService.create(draft("history.user", "Before", Role.STAFF), PASSWORD));
        created.setDisplayName("After");
        runAsAdmin("bob.admin", () -> userService.update(created));

        List<HistoryEntry> history = userService.history(created.getId());

        assertThat(history.getFirst()).satisfies(latest -> {
            assertThat(latest.kind()).isEqualTo(HistoryEntry.Kind.CHANGED);
            assertThat(latest.field()).isEqualTo("displayName");
            assertThat(latest.from()).isEqualTo("Before");
            assertThat(latest.to()).isEqualTo("After");
            assertThat(latest.changedBy()).isEqualTo("bob.admin");
        });
        assertThat(history).filteredOn(e -> e.kind() == HistoryEntry.Kind.CHANGED).hasSize(1);
        assertThat(history).filteredOn(e -> e.kind() == HistoryEntry.Kind.CREATED)
                .extracting(HistoryEntry::field, HistoryEntry::to, HistoryEntry::changedBy)
                .contains(tuple("username", "history.user", "alice.admin"),
                        tuple("displayName", "Before", "alice.admin"));
        assertThat(history.getLast().kind()).isEqualTo(HistoryEntry.Kind.CREATED);
    }

    @Test
    void changing_only_the_roles_shows_in_the_history() {
        UserDraft created = userService.create(draft("role.changer", "Role Changer", Role.STAFF), PASSWORD);
        created.setRoles(EnumSet.of(Role.STAFF, Role.MANAGER));
        UserDraft updated = userService.update(created);

        assertThat(updated.getVersion()).isGreaterThan(created.getVersion());
        assertThat(userService.history(created.getId()).getFirst())
                .extracting(HistoryEntry::kind, HistoryEntry::field, HistoryEntry::from, HistoryEntry::to)
                .containsExactly(HistoryEntry.Kind.CHANGED, "roles", "STAFF", "MANAGER, STAFF");
    }

    private void create(String username, String displayName, String email, TeamDraft team) {
        UserDraft draft = draft(username, displayName, Role.STAFF);
        draft.setEmail(email);
        draft.setTeam(team == null ? null : new TeamRef(team.getId(), team.getName(), team.getKind()));
        userService.create(draft, PASSWORD);
    }

    private static TeamDraft team(String name) {
        TeamDraft team = new TeamDraft();
        team.setName(name);
        return team;
    }

    private List<String> sortedUsernames(Sort sort) {
        return userService.list(UserFilter.any(), PageRequest.of(0, 10, sort)).map(UserListItem::username)
                .getContent();
    }

    static UserDraft draft(String username, String displayName, Role... roles) {
        UserDraft draft = new UserDraft();
        draft.setUsername(username);
        draft.setDisplayName(displayName);
        draft.setRoles(roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
        return draft;
    }
}
