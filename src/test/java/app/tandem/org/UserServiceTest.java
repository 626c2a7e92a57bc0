package app.tandem.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.base.DomainException;
import app.tandem.security.Role;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class UserServiceTest {

    @Autowired
    UserService userService;

    @Test
    @WithMockUser(username = "root-admin", roles = "ADMIN")
    void admin_creates_a_user_and_finds_them_in_the_list() {
        UserDraft draft = new UserDraft();
        draft.setUsername("Grace.Hopper");
        draft.setDisplayName("Grace Hopper");
        draft.setRoles(EnumSet.of(Role.STAFF));
        UserDraft saved = userService.create(draft, "a-long-password-1");

        assertThat(saved.getUsername()).isEqualTo("grace.hopper");
        assertThat(userService.list(new UserFilter("hopper", null, null, true), PageRequest.of(0, 10)).getContent())
                .extracting(UserListItem::username).containsExactly("grace.hopper");
    }

    @Test
    @WithMockUser(username = "root-admin", roles = "ADMIN")
    void a_password_shorter_than_twelve_characters_is_refused() {
        UserDraft draft = new UserDraft();
        draft.setUsername("shorty");
        draft.setDisplayName("Shorty");
        draft.setRoles(EnumSet.of(Role.STAFF));
        assertThatThrownBy(() -> userService.create(draft, "too-short"))
                .isInstanceOf(DomainException.class).hasMessage("password.too-short");
    }

    @Test
    @WithMockUser(username = "someone", roles = "STAFF")
    void staff_cannot_list_users() {
        assertThatThrownBy(() -> userService.list(UserFilter.any(), PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
